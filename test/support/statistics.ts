// Statistics files for tests: the real downloads in test/fixtures, tables written as the
// offices write them (in any encoding and line ending), and short ways to ask a parsed table.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { parseStatisticsFile } from '../../electron/backend/statistics/parse';
import { AppFailure, errorMessages } from '../../shared/errors';
import type { ErrorCode } from '../../shared/errors';
import type { StatisticsTable, StatisticsValue } from '../../shared/statistics';

/** Real downloads, byte for byte, kept in the repository (licence and origin: its README). */
export const fixtureDir = path.resolve(import.meta.dirname, '..', 'fixtures', 'statistik');

export const fixtures = {
  classic2015: '12411-01-01-4_classic_iso8859.csv',
  flatOld2022: '12411-01-01-4_ffcsv_old.csv',
  flatNew2024: '12411-01-01-4_flat_new.csv',
  ellipsis: '12612-0002_classic_ellipsis.csv',
  mojibake: '12411-0006_broken_mojibake.csv',
} as const;

export const readFixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(path.join(fixtureDir, name)));

const windows1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export type Encoding = 'utf8' | 'utf8bom' | 'windows1252';

/** Text as bytes the way an office or an editor saves it. */
export function encode(text: string, encoding: Encoding = 'utf8'): Uint8Array {
  if (encoding === 'windows1252') {
    return Uint8Array.from(text, (char) => {
      const high = windows1252High.indexOf(char);
      const code = high === -1 ? char.charCodeAt(0) : 0x80 + high;
      if (code > 0xff) throw new Error(`${char} gibt es in Windows-1252 nicht`);
      return code;
    });
  }
  const bytes = new TextEncoder().encode(text);
  return encoding === 'utf8bom' ? Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]) : bytes;
}

/** Lines joined with the line ending of the tool that saved them, ending with one too. */
export const joinLines = (lines: string[], ending: '\n' | '\r\n' | '\r' = '\n'): string =>
  lines.join(ending) + ending;

/** The footer every classic download ends with. */
export const classicFooter = [
  '__________',
  '© Statistisches Bundesamt (Destatis), 2025',
  'Stand: 03.02.2025 / 10:11:12',
];

export function parseText(
  lines: string[],
  options: { fileName?: string; encoding?: Encoding; ending?: '\n' | '\r\n' | '\r' } = {},
): StatisticsTable {
  const bytes = encode(joinLines(lines, options.ending), options.encoding);
  return parseStatisticsFile(bytes, options.fileName ?? 'tabelle.csv');
}

/** The refusal a parse ends in; fails the test when it returns a table or throws anything else. */
export function refusalOf(parse: () => unknown): AppFailure {
  try {
    parse();
  } catch (error) {
    if (error instanceof AppFailure) return error;
    throw error;
  }
  throw new Error('Die Datei wurde nicht abgelehnt.');
}

export function expectRefusal(parse: () => unknown, code: ErrorCode, reason?: RegExp): void {
  const failure = refusalOf(parse);
  expect(failure.code).toBe(code);
  expect(failure.message.endsWith(errorMessages[code])).toBe(true);
  if (reason) expect(failure.message).toMatch(reason);
}

export interface ValueQuery {
  region?: string | null;
  time: string;
  /** Attribute labels the series must carry, e.g. ["männlich"]; [] for the series without any. */
  attributes?: string[];
  variable?: string;
}

/** The one value matching the query; fails when none or several match. */
export function valueAt(table: StatisticsTable, query: ValueQuery): StatisticsValue {
  const found = table.series
    .filter((series) => query.variable === undefined || series.variableLabel === query.variable)
    .filter(
      (series) =>
        query.attributes === undefined ||
        (series.attributes.length === query.attributes.length &&
          query.attributes.every((label) => series.attributes.some((a) => a.label === label))),
    )
    .flatMap((series) => series.values)
    .filter((value) => value.time === query.time)
    .filter((value) => query.region === undefined || value.regionCode === query.region);
  expect(found, JSON.stringify(query)).toHaveLength(1);
  return found[0] as StatisticsValue;
}
