// The time axis: German labels for "2024", "2024-06" and "2024-12-31", positions that keep real
// distances between years (2011, 2022, 2024 are not evenly spaced), and labels that never overlap.
import { textWidth } from './metrics';
import { text } from './svg';
import { fitText } from './text';
import { fontSizes } from './theme';

const timePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
/** A time that is not a date ("Zensus 2011 (vorläufig)") is cut to this width on the axis. */
const maxTimeLabel = 120;

/** A year or an ISO date, which the axis can place by its distance in time. */
export const isDatable = (time: string): boolean => timePattern.test(time.trim());

/** Fractional years, or null when a time is not a year or date (then the axis is evenly spaced). */
function numericTimes(times: string[]): number[] | null {
  const values: number[] = [];
  for (const time of times) {
    const match = timePattern.exec(time.trim());
    if (!match) return null;
    const [, year, month = '01', day = '01'] = match;
    values.push(Number(year) + (Number(month) - 1) / 12 + (Number(day) - 1) / 365);
  }
  return values;
}

/**
 * Labels as a German reader expects them. When every date falls on the same day of the year
 * (a Stichtag such as 31 December) the year alone says it.
 */
export function timeLabels(times: string[]): string[] {
  const matches = times.map((time) => timePattern.exec(time.trim()));
  const days = new Set(matches.map((match) => (match?.[3] ? `${match[2]}-${match[3]}` : '')));
  const sameDay = days.size === 1;
  return matches.map((match, i) => {
    if (!match) return times[i]?.trim() ?? '';
    const [, year, month, day] = match;
    if (day && !sameDay) return `${day}.${month}.${year}`;
    if (month && !day) return `${month}/${year}`;
    return year ?? '';
  });
}

/** x of each time between left and right (inset so markers clear the edges). */
export function timePositions(times: string[], left: number, right: number, inset = 24): number[] {
  const from = left + inset;
  const to = right - inset;
  const numeric = numericTimes(times);
  if (times.length === 1) return [(from + to) / 2];
  if (!numeric) return times.map((_, i) => from + (i / (times.length - 1)) * (to - from));
  const first = Math.min(...numeric);
  const span = Math.max(...numeric) - first || 1;
  return numeric.map((value) => from + ((value - first) / span) * (to - from));
}

/**
 * Labels under the axis at y, kept within `bounds` (a long date at the edge moves inward); one that
 * would touch its left neighbour is left out (never the last).
 */
export function timeAxisLabels(
  times: string[],
  positions: number[],
  y: number,
  bounds: [number, number],
): string[] {
  const size = fontSizes.axis;
  const labels = times.map((label) => fitText(label, maxTimeLabel, { fontSize: size }));
  const half = (i: number) => textWidth(labels[i] ?? '', size) / 2 + 4;
  const xs = positions.map((x, i) =>
    Math.min(Math.max(x, bounds[0] + half(i)), bounds[1] - half(i)),
  );
  const shown: number[] = [];
  const fitsAfterShown = (i: number) => {
    const previous = shown[shown.length - 1];
    return previous === undefined || (xs[previous] ?? 0) + half(previous) <= (xs[i] ?? 0) - half(i);
  };
  labels.forEach((_, i) => {
    if (i === labels.length - 1) while (!fitsAfterShown(i)) shown.pop();
    if (fitsAfterShown(i)) shown.push(i);
  });
  return shown.map((i) => text(xs[i] ?? 0, y, labels[i] ?? '', { size, anchor: 'middle' }));
}
