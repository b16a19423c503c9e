// Times of indicator values in one sortable form ("2015", "2015-12-31", "1950-01", "2022-Q1",
// "2024/25"): read from what files and users write, and shown as a German reader expects them.

const pad = (number: number): string => String(number).padStart(2, '0');

function validDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** A year, a date, a month or a school year; null for anything else. */
export function readTime(raw: string): string | null {
  const text = raw.trim();
  if (/^(1[6-9]|2[01])\d\d$/.test(text)) return text;
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (german) {
    const [day, month, year] = german.slice(1).map(Number) as [number, number, number];
    return validDate(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : null;
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) {
    const [year, month, day] = iso.slice(1).map(Number) as [number, number, number];
    return validDate(year, month, day) ? text : null;
  }
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(text) || /^\d{4}\/\d{2}$/.test(text)) return text;
  return null;
}

/**
 * What a person types for a value's time: a year, a date ("31.12.2024"), a month ("03/2024" or
 * "2024-03"), a quarter ("2024-Q1", "1. Quartal 2024") or a school year ("2024/25"); null for
 * anything else. Reads back everything formatTime writes.
 */
export function readTimeInput(raw: string): string | null {
  const text = raw.trim();
  const month = /^(\d{1,2})\/(\d{4})$/.exec(text);
  if (month) return readTime(`${month[2]}-${pad(Number(month[1]))}`);
  const quarter = /^(\d{4})-Q([1-4])$/i.exec(text);
  if (quarter) return `${quarter[1]}-Q${quarter[2]}`;
  const spoken = /^([1-4])\.\s*Quartal\s+(\d{4})$/i.exec(text);
  if (spoken) return `${spoken[2]}-Q${spoken[1]}`;
  return readTime(text);
}

/** "2024-12-31" → "31.12.2024", "2024-03" → "03/2024", "2022-Q1" → "1. Quartal 2022". */
export function formatTime(time: string): string {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(time);
  if (date) return `${date[3]}.${date[2]}.${date[1]}`;
  const month = /^(\d{4})-(\d{2})$/.exec(time);
  if (month) return `${month[2]}/${month[1]}`;
  const quarter = /^(\d{4})-Q([1-4])$/.exec(time);
  if (quarter) return `${quarter[2]}. Quartal ${quarter[1]}`;
  return time;
}

/** Times in order: the sortable form sorts as text ("2015" < "2015-12-31" < "2016"). */
export const sortTimes = (times: Iterable<string>): string[] =>
  [...new Set(times)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
