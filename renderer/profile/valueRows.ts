// The value list of the indicator dialog: one row per time as the user types it ("31.12.2024",
// "1.234,5", "..."), read into values, or a German reason per field that is not a time or value.
import { formatIndicatorValue } from '../../shared/profile/format';
import { formatTime, readTimeInput } from '../../shared/profile/time';
import type { IndicatorValue } from '../../shared/profile/types';
import { readCell } from '../../shared/profile/values';

export interface ValueRow {
  key: number;
  time: string;
  value: string;
  /** The stored time the row was shown from: kept as it is when its text was not changed. */
  stored?: string;
}

export interface RowErrors {
  time?: string;
  value?: string;
}

let nextKey = 1;
export const emptyRow = (): ValueRow => ({ key: nextKey++, time: '', value: '' });

export const rowsOf = (values: readonly IndicatorValue[]): ValueRow[] =>
  values.map((value) => ({
    key: nextKey++,
    time: formatTime(value.time),
    value: formatIndicatorValue(value),
    stored: value.time,
  }));

const timeHint =
  'Bitte ein Jahr (2024), einen Stichtag (31.12.2024), einen Monat (03/2024) oder ein Schuljahr (2024/25) angeben.';
const valueHint =
  'Bitte eine Zahl (z. B. 1.234,5) oder ein Zeichen der Statistik angeben: - . ... / x ()';

/** The rows' values, or the errors by row key; rows left empty are skipped. */
export function readRows(
  rows: readonly ValueRow[],
): { values: IndicatorValue[] } | { errors: Map<number, RowErrors> } {
  const errors = new Map<number, RowErrors>();
  const values: IndicatorValue[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    if (row.time.trim() === '' && row.value.trim() === '') continue;
    const unchanged = row.stored !== undefined && row.time === formatTime(row.stored);
    const time = unchanged ? row.stored : readTimeInput(row.time);
    const cell = readCell(row.value, true);
    const badValue = cell === 'empty' || cell === 'invalid';
    if (!time || seen.has(time) || badValue) {
      errors.set(row.key, {
        ...(!time
          ? { time: timeHint }
          : seen.has(time)
            ? { time: `${formatTime(time)} steht schon in der Liste.` }
            : {}),
        ...(badValue ? { value: valueHint } : {}),
      });
      continue;
    }
    seen.add(time);
    values.push({ time, ...cell });
  }
  return errors.size > 0 ? { errors } : { values };
}
