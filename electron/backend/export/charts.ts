// The Kommunalprofil's charts as the Word export embeds them: the shared chart module's SVG,
// rendered to PNG with the bundled font (charts/png.ts), with the title and the data in words.
import { chartSvg, describeChart } from '../../../shared/charts';
import type { PlanChart } from '../../../shared/plan';
import { printWidth, renderChartPng } from '../charts/png';

export interface ChartImage {
  png: Buffer;
  title: string;
  /** The alt text: what the chart shows, stated in words. */
  description: string;
}

export function renderChartImages(charts: readonly PlanChart[]): ChartImage[] {
  return charts.map(({ spec }) => ({
    png: renderChartPng(chartSvg(spec), { width: printWidth }).png,
    title: spec.title,
    description: describeChart(spec),
  }));
}
