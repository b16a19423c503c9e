// The age structure: one bar per age group, optionally beside an earlier year's bar.
import { describeAgeStructure } from './describe/ageStructure';
import { comparisonValues } from './data';
import type { AgeStructureData } from './data';
import { chartFrame } from './frame';
import { barChartHeight, horizontalBars } from './horizontalBars';
import { svgDocument } from './svg';
import { chartWidth, palette, seriesStyle } from './theme';

const comparisonStyle = { ...seriesStyle(0), color: palette.primaryLight };

export function ageStructureChart(data: AgeStructureData): string {
  const compared = comparisonValues(data);
  const legend = data.comparison
    ? [
        { label: data.comparison.label, style: comparisonStyle, kind: 'swatch' as const },
        { label: data.label ?? 'aktuell', style: seriesStyle(0), kind: 'swatch' as const },
      ]
    : [];
  const height = barChartHeight(data.groups.length, compared ? 2 : 1);
  const frame = chartFrame({ ...data, width: chartWidth, height, subtitle: data.unit, legend });
  const rows = data.groups.map(({ label, value }, i) => ({
    label,
    bars: [
      ...(compared ? [{ value: compared[i] ?? null, color: comparisonStyle.color }] : []),
      { value, color: palette.primary },
    ],
  }));
  return svgDocument({
    width: chartWidth,
    height,
    title: data.title,
    description: describeAgeStructure(data),
    body: [...frame.parts, ...horizontalBars(rows, frame)],
  });
}
