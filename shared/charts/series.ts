// Time series as the charts read them: missing and non-finite values are gaps (never zero), points
// in time order, and lines that break at every gap.
import { marker, polyline } from './svg';
import type { SeriesStyle } from './theme';
import { isDatable } from './time';
import type { TimePoint } from './data';

/** A point that has a value. */
export interface Observation {
  time: string;
  value: number;
}

export const hasValue = (value: number | null | undefined): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** Points sorted by time when every time is a year or date; a NaN or Infinity becomes a gap. */
export function normalisePoints(points: TimePoint[]): TimePoint[] {
  const cleaned = points.map(({ time, value }) => ({
    time,
    value: hasValue(value) ? value : null,
  }));
  return cleaned.every(({ time }) => isDatable(time))
    ? cleaned.sort((a, b) => a.time.trim().localeCompare(b.time.trim()))
    : cleaned;
}

export const observations = (points: TimePoint[]): Observation[] =>
  points.flatMap(({ time, value }) => (hasValue(value) ? [{ time, value }] : []));

/** The line through each run of values without a gap, and a marker on every value. */
export function seriesParts(
  values: (number | null)[],
  xs: number[],
  y: (value: number) => number,
  style: SeriesStyle,
): string[] {
  const runs: [number, number][][] = [[]];
  values.forEach((value, i) => {
    if (hasValue(value)) runs[runs.length - 1]?.push([xs[i] ?? 0, y(value)]);
    else runs.push([]);
  });
  const lines = runs.filter((run) => run.length > 1).map((run) => polyline(run, style));
  const markers = runs
    .flat()
    .map(([x, at]) => marker(style.marker, x, at, style.color, style.hollow));
  return [...lines, ...markers];
}
