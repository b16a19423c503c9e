// Several series on one footing: each divided by its own value at the first time all of them have
// a value (that time = 100), so a Kommune, its Kreis and its Land compare despite their sizes.
import { hasValue, normalisePoints } from './series';
import type { IndexSeriesInput, TimePoint } from './data';
import { isDatable } from './time';

export interface IndexedSeries {
  label: string;
  /** The index per time of `Indexed.times`; null where the series has no value. */
  values: (number | null)[];
}

export interface Indexed {
  times: string[];
  /** The first time every series has a value other than zero; null when there is none. */
  baseTime: string | null;
  series: IndexedSeries[];
  /** Whether any series has a value at all (without a base there are values but no index). */
  hasValues: boolean;
}

function unionOfTimes(series: TimePoint[][]): string[] {
  const times = [...new Set(series.flat().map(({ time }) => time.trim()))];
  return times.every(isDatable) ? times.sort() : times;
}

export function indexSeries(input: IndexSeriesInput[]): Indexed {
  const normalised = input.map(({ points }) => normalisePoints(points));
  const times = unionOfTimes(normalised);
  const byTime = normalised.map(
    (points) => new Map(points.map(({ time, value }) => [time.trim(), value])),
  );
  const baseTime =
    input.length === 0
      ? null
      : (times.find((time) => byTime.every((values) => !!values.get(time))) ?? null);
  const series = input.map(({ label }, i) => {
    const values = byTime[i] ?? new Map<string, number | null>();
    const base = baseTime === null ? undefined : values.get(baseTime);
    return {
      label,
      values: times.map((time) => {
        const value = values.get(time);
        return hasValue(value) && hasValue(base) ? (value / base) * 100 : null;
      }),
    };
  });
  const hasValues = normalised.some((points) => points.some(({ value }) => hasValue(value)));
  return { times, baseTime, series, hasValues };
}
