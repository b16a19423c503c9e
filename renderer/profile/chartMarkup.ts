// A Kommunalprofil chart on screen: the chart module's SVG, placed inline so it draws with the
// bundled font (styles/profile.css) exactly as the Word export does; it names itself (role img,
// title, and the data in words as its description). Every text in it is escaped by the module.
import { chartSvg } from '../../shared/charts';
import { chartSpec } from '../../shared/profile/chartSpec';
import type { Indicator, ProfileChart } from '../../shared/profile/types';

/** The chart's SVG markup; null when it has no indicator left. */
export function chartMarkup(
  chart: ProfileChart,
  indicators: ReadonlyMap<number, Indicator>,
): string | null {
  const spec = chartSpec(chart, indicators);
  return spec ? chartSvg(spec) : null;
}
