// Kommune, Kreis and Land as an index (first common time = 100): one line per series, told apart by
// colour, dash pattern and marker shape, around a reference line at 100.
import { gridlinesY, tickLabelWidth } from './axes';
import { describeIndexComparison } from './describe/indexComparison';
import { chartFrame, emptyNotice } from './frame';
import { indexSeries } from './indexSeries';
import type { IndexComparisonData } from './data';
import { lineTicks, linear } from './scale';
import { hasValue, seriesParts } from './series';
import { line, svgDocument } from './svg';
import { chartHeight, chartWidth, palette, seriesStyle } from './theme';
import { timeAxisLabels, timeLabels, timePositions } from './time';

export function indexComparisonChart(data: IndexComparisonData): string {
  const indexed = indexSeries(data.series);
  const labels = timeLabels(indexed.times);
  const baseLabel = labels[indexed.times.indexOf(indexed.baseTime ?? '')];
  const legend = data.series.map(({ label }, i) => ({
    label,
    style: seriesStyle(i),
    kind: 'line' as const,
  }));
  const subtitle = baseLabel ? `Index, ${baseLabel} = 100` : 'Index';
  const frame = chartFrame({ ...data, width: chartWidth, height: chartHeight, subtitle, legend });
  const values = indexed.series.flatMap((series) => series.values).filter(hasValue);
  const ticks = lineTicks(values.length ? [...values, 100] : []);
  const left = frame.left + tickLabelWidth(ticks);
  const bottom = frame.bottom - 22;
  const y = linear(ticks.min, ticks.max, bottom, frame.top);
  const xs = timePositions(indexed.times, left, frame.right);
  const body = [...frame.parts, ...gridlinesY(ticks, y, left, frame.right)];
  if (values.length) {
    body.push(line(left, y(100), frame.right, y(100), { color: palette.reference, width: 1.25 }));
    // The first series (the Kommune) is drawn last, on top of the others.
    indexed.series
      .map((series, i) => seriesParts(series.values, xs, y, seriesStyle(i)))
      .reverse()
      .forEach((parts) => body.push(...parts));
  } else {
    const message = indexed.hasValues ? 'Kein gemeinsames Jahr – kein Index möglich' : undefined;
    body.push(emptyNotice(left, frame.right, frame.top, bottom, message));
  }
  body.push(...timeAxisLabels(labels, xs, bottom + 16, [left, frame.right]));
  return svgDocument({
    width: chartWidth,
    height: chartHeight,
    title: data.title,
    description: describeIndexComparison(data),
    body,
  });
}
