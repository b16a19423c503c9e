// Times as the files write them ("2015", "31.12.2015", "2024-12-31", a year with "Januar" or
// "1. Quartal") in one sortable form: "2015", "2015-12-31", "1950-01", "2022-Q1".
import { readTime } from '../../../shared/profile/time';

const monthNames = [
  'januar',
  'februar',
  'märz',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'dezember',
];

/** "Januar" → 1 … "Dezember" → 12 (also "Maerz"); null for anything else. */
export function monthNumber(raw: string): number | null {
  const index = monthNames.indexOf(raw.trim().toLowerCase().replace('maerz', 'märz'));
  return index === -1 ? null : index + 1;
}

/** "1. Quartal", "Quartal 1", "1. Vierteljahr" → 1; null for anything else. */
export function quarterNumber(raw: string): number | null {
  const match = /^(?:([1-4])\.\s*(?:Quartal|Vierteljahr)|Quartal\s*([1-4]))$/i.exec(raw.trim());
  return match ? Number(match[1] ?? match[2]) : null;
}

/** A year narrowed to a month or a quarter; a time that is no bare year stays as it is. */
export function narrowTime(time: string, month: number | null, quarter: number | null): string {
  if (!/^\d{4}$/.test(time)) return time;
  if (month !== null) return `${time}-${String(month).padStart(2, '0')}`;
  if (quarter !== null) return `${time}-Q${quarter}`;
  return time;
}

/**
 * The time a title block names for the whole table: "Stichtag 31.12.2015", "Jahr 2015", or a
 * line that is only a year or a date. "Gebietsstand 15.05.2022" and ranges are not it.
 */
export function titleTime(lines: string[]): string | null {
  for (const line of lines) {
    const alone = readTime(line);
    if (alone) return alone;
    const dated = /\bStichtag:?\s*(?:am\s+)?(\d{1,2}\.\d{1,2}\.\d{4})\b/i.exec(line);
    if (dated) return readTime(dated[1] as string);
    const year =
      /\b(?:Berichts|Erhebungs|Kalender|Schul)?jahre?:?\s+(\d{4}(?:\/\d{2})?)\b(?!\s*[-–]\s*\d)/i.exec(
        line,
      );
    if (year) return readTime(year[1] as string);
  }
  return null;
}
