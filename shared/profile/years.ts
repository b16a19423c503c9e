// The Kennzahlen table by year, as the screen and the plan show it: a Stichtag (31.12.2024), a year
// (2024), a month or a school year all fall into their year's column; an indicator with several
// values in a year shows the latest of them.
import type { IndicatorValue } from './types';
import { sortTimes } from './time';

/** "2024" for "2024", "2024-12-31", "2024-03", "2024-Q1", "2024/25"; other times stay whole. */
export const yearOf = (time: string): string => /^\d{4}/.exec(time)?.[0] ?? time;

/** The years (or other times) the indicators have values for, in order. */
export function yearColumns(
  indicators: readonly { values: readonly IndicatorValue[] }[],
): string[] {
  return sortTimes(indicators.flatMap((indicator) => indicator.values.map((v) => yearOf(v.time))));
}

/** The latest value within `year`; undefined when there is none. */
export function valueInYear(
  values: readonly IndicatorValue[],
  year: string,
): IndicatorValue | undefined {
  let latest: IndicatorValue | undefined;
  for (const value of values) {
    if (yearOf(value.time) === year && (!latest || value.time > latest.time)) latest = value;
  }
  return latest;
}

/** "Stichtag jeweils 31.12." when every value shown is a date on the same day of the year. */
export function stichtagNote(shown: readonly IndicatorValue[]): string | null {
  const days = new Set(
    shown.map((value) => /^\d{4}-(\d{2})-(\d{2})$/.exec(value.time)?.[0].slice(5)),
  );
  const [day] = [...days];
  if (shown.length === 0 || days.size !== 1 || day === undefined) return null;
  const [month, date] = day.split('-');
  return `Stichtag jeweils ${date}.${month}.`;
}
