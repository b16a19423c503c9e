// Whatever the bytes, the parser returns a sound table or refuses with an AppFailure carrying a
// German message — never another exception: arbitrary bytes, text built from the pieces statistics
// files are made of, and real downloads cut, flipped, shuffled and zipped.
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseStatisticsFile } from '../../electron/backend/statistics/parse';
import { AppFailure, errorMessages } from '../../shared/errors';
import type { StatisticsTable } from '../../shared/statistics';
import { encode, fixtures, readFixture } from '../support/statistics';

/** What a returned table promises: every value placed, no special value turned into a number. */
function expectSound(table: StatisticsTable): void {
  const times = new Set(table.times);
  const regions = new Set(table.regions.map((region) => region.code));
  expect([...times].sort()).toEqual(table.times);
  expect(table.series.length).toBeGreaterThan(0);
  for (const { values } of table.series) {
    for (const value of values) {
      expect(times.has(value.time)).toBe(true);
      if (value.regionCode !== null) expect(regions.has(value.regionCode)).toBe(true);
      if (value.value !== null) expect(Number.isFinite(value.value)).toBe(true);
      if (value.flag === 'nichts') expect(value.value).toBe(0);
      if (value.flag && !['nichts', 'eingeschraenkt'].includes(value.flag)) {
        expect(value.value).toBeNull();
      }
    }
  }
}

function expectTableOrRefusal(bytes: Uint8Array, fileName: string): void {
  let table: StatisticsTable;
  try {
    table = parseStatisticsFile(bytes, fileName);
  } catch (error) {
    if (!(error instanceof AppFailure)) throw error;
    expect(error.code).toMatch(/^STATISTICS_/);
    expect(error.message.endsWith(errorMessages[error.code])).toBe(true);
    return;
  }
  expectSound(table);
}

/** The first and last lines of a download: every part of its layout, small enough to run often. */
function excerpt(name: string, head: number, tail: number): Uint8Array {
  const lines = Buffer.from(readFixture(name)).toString('latin1').split('\n');
  const kept = [...lines.slice(0, head), ...lines.slice(-tail - 1)].join('\n');
  return new Uint8Array(Buffer.from(kept, 'latin1'));
}

const samples = [
  { name: fixtures.classic2015, bytes: excerpt(fixtures.classic2015, 30, 14) },
  { name: fixtures.flatOld2022, bytes: excerpt(fixtures.flatOld2022, 40, 0) },
  { name: fixtures.flatNew2024, bytes: excerpt(fixtures.flatNew2024, 40, 0) },
  { name: fixtures.ellipsis, bytes: excerpt(fixtures.ellipsis, 12, 14) },
];

type Mutation = (bytes: Uint8Array) => Uint8Array;

const at = (bytes: Uint8Array, share: number) => Math.floor(share * bytes.length);
// Unbiased: fast-check favours the ends of a range, which would make most cuts empty files.
const share = fc.noBias(fc.integer({ min: 0, max: 1000 })).map((permille) => permille / 1000);
const join = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));
const piece = fc.constantFrom(
  ...[';', '"', '\n', '\r\n', '...', '-', 'x', '()', '(1,5)', '1.234,5', 'p', '__________\n'].map(
    (text) => encode(text),
  ),
  encode('ä', 'windows1252'),
  new Uint8Array([0xc3]),
  new Uint8Array([0]),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  share.map(
    (where): Mutation =>
      (bytes) =>
        bytes.slice(0, at(bytes, where)),
  ),
  fc.tuple(share, fc.integer({ min: 0, max: 255 })).map(([where, byte]): Mutation => (bytes) => {
    const changed = bytes.slice();
    if (changed.length > 0) changed[Math.min(at(bytes, where), changed.length - 1)] = byte;
    return changed;
  }),
  fc.tuple(share, share).map(([from, to]): Mutation => (bytes) => {
    const [start, end] = [at(bytes, Math.min(from, to)), at(bytes, Math.max(from, to))];
    return join(bytes.subarray(0, start), bytes.subarray(end));
  }),
  fc.tuple(share, piece).map(
    ([where, inserted]): Mutation =>
      (bytes) =>
        join(bytes.subarray(0, at(bytes, where)), inserted, bytes.subarray(at(bytes, where))),
  ),
  fc.tuple(share, share).map(
    ([from, to]): Mutation =>
      (bytes) =>
        // A stretch repeated: duplicated rows and values, or a header in the middle.
        join(
          bytes.subarray(0, at(bytes, to)),
          bytes.subarray(at(bytes, from), at(bytes, to)),
          bytes.subarray(at(bytes, to)),
        ),
  ),
);

const mutated = fc
  .tuple(fc.constantFrom(...samples), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([sample, mutations]) => ({
    name: sample.name,
    bytes: mutations.reduce((bytes, mutate) => mutate(bytes), sample.bytes),
  }));

const token = fc.constantFrom(
  '',
  ' ',
  '14521',
  'DG',
  '01',
  '      Erzgebirgskreis',
  'Sachsen',
  '2015',
  '31.12.2015',
  '2024-12-31',
  'Januar',
  '1. Quartal',
  '347665',
  '1.234,5',
  '-12,3',
  '12.5',
  '-',
  '.',
  '...',
  '/',
  'x',
  '()',
  '(12)',
  '5p',
  'Insgesamt',
  'männlich',
  'Anzahl',
  'Geschlecht',
  '"',
  '"a;b"',
  '"zwei\nZeilen"',
  '__________',
  '© Destatis',
  'Stand: 01.01.2020',
  'KREISE',
  'GES',
  'GESM',
  'MONAT',
  'MONAT07',
  'BEVSTD__Bevoelkerungsstand__Anzahl',
  'BEVSTD__Bevoelkerungsstand__q',
);

const flatHead = (names: string) =>
  fc.constant({ head: `${names}\n`, width: fc.constant(names.split(';').length) });

/** A head, then rows as wide as the head wants (the mutations above cover misaligned rows). */
const tableLike = fc
  .oneof(
    fc.constant({ head: '', width: fc.integer({ min: 1, max: 6 }) }),
    fc.constant({
      head: 'GENESIS-Tabelle: 12411-0001\nBevölkerung: Kreise, Stichtag\nBevölkerungsstand (Anzahl)\n',
      width: fc.integer({ min: 2, max: 6 }),
    }),
    flatHead(
      'Statistik_Code;Statistik_Label;Zeit_Code;Zeit_Label;Zeit;1_Merkmal_Code;1_Merkmal_Label;' +
        '1_Auspraegung_Code;1_Auspraegung_Label;BEVSTD__Bevoelkerungsstand__Anzahl',
    ),
    flatHead(
      'statistics_code;statistics_label;time_code;time_label;time;1_variable_code;' +
        '1_variable_label;1_variable_attribute_code;1_variable_attribute_label;value;value_unit;' +
        'value_variable_code;value_variable_label;value_q',
    ),
  )
  .chain(({ head, width }) =>
    fc.tuple(
      fc.constant(head),
      width.chain((cells) =>
        fc.array(fc.array(token, { minLength: cells, maxLength: cells }), { maxLength: 25 }),
      ),
      fc.constantFrom('\n', '\r\n', '\r'),
      fc.boolean(),
    ),
  )
  .map(([head, rows, ending, footer]) => {
    const body = rows.map((cells) => cells.join(';')).join(ending);
    return encode(`${head}${body}${ending}${footer ? '__________\n© X\nStand: 01.02.2025\n' : ''}`);
  });

describe('the parser on any input', () => {
  it('returns a table or an AppFailure for arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        expectTableOrRefusal(bytes, 'zufall.csv');
      }),
      { numRuns: 250 },
    );
  });

  it('does so for text made of the pieces of statistics files', () => {
    fc.assert(
      fc.property(tableLike, (bytes) => expectTableOrRefusal(bytes, '12411-0001_$F.csv')),
      { numRuns: 300 },
    );
  });

  it('does so for real downloads cut, flipped and shuffled', () => {
    fc.assert(
      fc.property(mutated, ({ bytes, name }) => expectTableOrRefusal(bytes, name)),
      { numRuns: 350 },
    );
  });

  it('does so for those downloads zipped, and for the ZIP itself damaged', () => {
    fc.assert(
      fc.property(mutated, fc.option(mutation, { nil: undefined }), ({ bytes, name }, damage) => {
        const zip = zipSync({ [name.replace(/\.csv$/, '_flat.csv')]: bytes });
        expectTableOrRefusal(damage ? damage(zip) : zip, 'download.zip');
      }),
      { numRuns: 100 },
    );
  });
});
