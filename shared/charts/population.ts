// Population (or any count) over time: a line with markers, or bars when there are only a few
// points (a census every ten years does not make a trend line).
import { baseline, gridlinesY, tickLabelWidth } from './axes';
import { chartFrame, emptyNotice } from './frame';
import { commonDecimals, formatDecimal } from './numbers';
import { barTicks, lineTicks, linear } from './scale';
import { hasValue, normalisePoints, observations, seriesParts } from './series';
import type { PopulationChartData, TimePoint } from './data';
import { rect, svgDocument, text } from './svg';
import { fitText } from './text';
import { chartHeight, chartWidth, fontSizes, palette, seriesStyle } from './theme';
import { timeAxisLabels, timeLabels, timePositions } from './time';
import { describePopulation } from './describe/population';

/** Up to this many points are drawn as bars. */
const maxBarPoints = 4;

const valueText = { size: fontSizes.value, fill: palette.text, anchor: 'middle' } as const;
const missingText = { size: fontSizes.value, fill: palette.muted, anchor: 'middle' } as const;

interface Plot {
  left: number;
  right: number;
  bottom: number;
  y: (value: number) => number;
}

function barParts(points: TimePoint[], labels: string[], plot: Plot): string[] {
  const band = (plot.right - plot.left) / points.length;
  const width = Math.min(band * 0.55, 72);
  const decimals = commonDecimals(points.map(({ value }) => value).filter(hasValue));
  return points.flatMap(({ value }, i) => {
    const center = plot.left + band * (i + 0.5);
    const label = fitText(labels[i] ?? '', band - 8, { fontSize: fontSizes.value });
    const axisLabel = text(center, plot.bottom + 16, label, valueText);
    if (!hasValue(value)) return [axisLabel, text(center, plot.y(0) - 6, 'k. A.', missingText)];
    const top = Math.min(plot.y(value), plot.y(0));
    const labelY = value < 0 ? plot.y(value) + 13 : plot.y(value) - 5;
    return [
      rect(center - width / 2, top, width, Math.abs(plot.y(0) - plot.y(value)), palette.primary),
      text(center, labelY, formatDecimal(value, decimals), valueText),
      axisLabel,
    ];
  });
}

/**
 * The first and the last value written out (the two numbers a reader compares), on the side of the
 * marker away from its neighbour, so the line never crosses its number.
 */
function endLabels(values: (number | null)[], xs: number[], plot: Plot): string[] {
  const known = values.flatMap((value, i) => (hasValue(value) ? [{ value, x: xs[i] ?? 0 }] : []));
  const decimals = commonDecimals(known.map(({ value }) => value));
  const label = (point: { value: number; x: number }, neighbour = point) => {
    const at = plot.y(point.value);
    const below = neighbour.value > point.value && at + 19 < plot.bottom;
    const x = Math.min(Math.max(point.x, plot.left + 20), plot.right - 20);
    const written = formatDecimal(point.value, decimals);
    return text(x, below ? at + 19 : at - 10, written, { ...valueText, weight: 'bold' });
  };
  const [first, second] = known;
  const [last, beforeLast] = [known.at(-1), known.at(-2)];
  if (!first || !last) return [];
  return known.length === 1 ? [label(first)] : [label(first, second), label(last, beforeLast)];
}

function lineParts(points: TimePoint[], labels: string[], plot: Plot): string[] {
  const xs = timePositions(
    points.map(({ time }) => time),
    plot.left,
    plot.right,
  );
  const values = points.map(({ value }) => value);
  return [
    ...seriesParts(values, xs, plot.y, seriesStyle(0)),
    ...endLabels(values, xs, plot),
    ...timeAxisLabels(labels, xs, plot.bottom + 16, [plot.left, plot.right]),
  ];
}

export function populationChart(data: PopulationChartData): string {
  const points = normalisePoints(data.points);
  const values = observations(points).map(({ value }) => value);
  const asBars = points.length <= maxBarPoints;
  const frame = chartFrame({
    ...data,
    width: chartWidth,
    height: chartHeight,
    subtitle: data.unit,
  });
  const ticks = asBars ? barTicks(values) : lineTicks(values);
  const left = frame.left + tickLabelWidth(ticks);
  const bottom = frame.bottom - 22;
  const y = linear(ticks.min, ticks.max, bottom, frame.top);
  const plot = { left, right: frame.right, bottom, y };
  const labels = timeLabels(points.map(({ time }) => time));
  const body = [
    ...frame.parts,
    ...gridlinesY(ticks, y, left, frame.right),
    baseline(left, frame.right, y(Math.max(0, ticks.min))),
    ...(asBars ? barParts : lineParts)(points, labels, plot),
    ...(values.length ? [] : [emptyNotice(left, frame.right, frame.top, bottom)]),
  ];
  return svgDocument({
    width: chartWidth,
    height: chartHeight,
    title: data.title,
    description: describePopulation(data),
    body,
  });
}
