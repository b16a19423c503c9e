// The real downloads: one table (12411-01-01-4) in its three layouts makes one series for the
// Erzgebirgskreis, "..." stays "später", and a file that lost its umlauts is refused.
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseStatisticsFile } from '../../electron/backend/statistics/parse';
import { chooseRegion } from '../../shared/statistics';
import type { StatisticsTable } from '../../shared/statistics';
import { expectRefusal, fixtures, readFixture, valueAt } from '../support/statistics';

const parseFixture = (name: string): StatisticsTable =>
  parseStatisticsFile(readFixture(name), name);

/** The 2025 download as it arrives: the flat CSV inside a ZIP. */
const flatZip = (): StatisticsTable =>
  parseStatisticsFile(
    zipSync({ '12411-01-01-4_flat.csv': readFixture(fixtures.flatNew2024) }),
    '12411-01-01-4_flat.zip',
  );

const erzgebirge = [
  {
    layout: 'classic',
    parse: () => parseFixture(fixtures.classic2015),
    time: '2015-12-31',
    total: 347665,
    male: 170364,
    female: 177301,
  },
  {
    layout: 'flat',
    parse: () => parseFixture(fixtures.flatOld2022),
    time: '2022-12-31',
    total: 328850,
    male: 160991,
    female: 167859,
  },
  {
    layout: 'flatZip',
    parse: flatZip,
    time: '2024-12-31',
    total: 318394,
    male: 155744,
    female: 162650,
  },
] as const;

describe('12411-01-01-4 in all three layouts', () => {
  it.each(erzgebirge)(
    '$layout: Erzgebirgskreis (14521) on $time has $total inhabitants, $male men, $female women',
    ({ layout, parse, time, total, male, female }) => {
      const table = parse();
      expect(table.layout).toBe(layout);
      expect(table.code).toBe('12411-01-01-4');
      expect(table.times).toEqual([time]);
      const at = (attributes: string[]) => valueAt(table, { region: '14521', time, attributes });
      expect(at(['Insgesamt'])).toMatchObject({ value: total, flag: null, quality: null });
      expect(at(['männlich']).value).toBe(male);
      expect(at(['weiblich']).value).toBe(female);
      expect(table.regions).toContainEqual({ code: '14521', label: 'Erzgebirgskreis' });
    },
  );

  it('gives the same series keys in every layout, so the downloads join into one series', () => {
    const keys = erzgebirge.map(({ parse }) =>
      parse()
        .series.map((series) => series.key)
        .sort(),
    );
    expect(keys[0]).toHaveLength(3);
    expect(keys[1]).toEqual(keys[0]);
    expect(keys[2]).toEqual(keys[0]);
  });

  it('keeps region codes with leading zeros, "DG" for Deutschland and the Länder', () => {
    const table = parseFixture(fixtures.flatOld2022);
    expect(table.regions.slice(0, 3)).toEqual([
      { code: 'DG', label: 'Deutschland' },
      { code: '01', label: 'Schleswig-Holstein' },
      { code: '01001', label: 'Flensburg, kreisfreie Stadt' },
    ]);
  });

  it('chooses the Kreis for a Gemeinde of the Erzgebirgskreis, as every layout lists Kreise only', () => {
    for (const { parse } of erzgebirge) {
      expect(chooseRegion(parse().regions, { ags: '14521160' })).toBe('14521');
    }
  });

  it('reads the classic footer: notes with their line breaks, the © line as source, Stand', () => {
    const table = parseFixture(fixtures.classic2015);
    expect(table.source).toBe('Statistische Ämter des Bundes und der Länder, Deutschland, 2017');
    expect(table.stand).toBe('2017-12-14T15:51:18');
    expect(table.notes[0]).toContain('ab dem Berichtsjahr 2011: nach dem Zensus 2011\n');
    expect(table.notes[0]).toContain('Baden-Württemberg (ab Berichtsjahr 2011): Gebietsstand');
    expect(table.notes[1]).toMatch(/^Dieses Werk ist lizensiert unter der Datenlizenz Deutschland/);
    expect(table.title).toBe('Bevölkerungsstand: Bevölkerung nach Geschlecht');
  });

  it('names the publisher of the flat files from the table code (they carry no © line)', () => {
    expect(parseFixture(fixtures.flatOld2022).source).toMatch(/Regionalstatistik/);
    expect(flatZip().source).toMatch(/Regionalstatistik/);
  });
});

describe('12612-0002 (births by month, GENESIS-Online)', () => {
  const table = parseFixture(fixtures.ellipsis);

  it('gives "..." as no number with the flag "später", never 0', () => {
    const may2022 = valueAt(table, { time: '2022-05', attributes: ['Insgesamt'] });
    expect(may2022).toMatchObject({ value: null, flag: 'spaeter' });
    const flagged = table.series.flatMap((series) => series.values).filter((v) => v.flag);
    expect(flagged).toHaveLength(8 * 3);
    expect(flagged.every((value) => value.value === null && value.flag === 'spaeter')).toBe(true);
  });

  it('joins the year column and the month column into one time', () => {
    expect(valueAt(table, { time: '1950-01', attributes: ['männlich'] }).value).toBe(49505);
    expect(valueAt(table, { time: '2022-04', attributes: ['Insgesamt'] }).value).toBe(55994);
    expect(table.times[0]).toBe('1950-01');
    expect(table.times.at(-1)).toBe('2022-12');
  });

  it('takes Deutschland from the title block, as the table has no region column', () => {
    expect(table.regions).toEqual([{ code: 'DG', label: 'Deutschland' }]);
    expect(table.source).toBe('Statistisches Bundesamt (Destatis), 2022');
    expect(table.series.map((series) => series.unit)).toEqual(['Anzahl', 'Anzahl', 'Anzahl']);
  });
});

describe('the damaged download 12411-0006', () => {
  it('is refused as damaged, naming the first line with a replacement character', () => {
    expectRefusal(
      () => parseFixture(fixtures.mojibake),
      'STATISTICS_DAMAGED',
      /^Zeile 2: .*Ersatzzeichen/,
    );
  });

  it('is left as it was: the parser does not touch the bytes it is given', () => {
    const bytes = readFixture(fixtures.mojibake);
    const copy = bytes.slice();
    expectRefusal(() => parseStatisticsFile(bytes, fixtures.mojibake), 'STATISTICS_DAMAGED');
    expect(Buffer.compare(bytes, copy)).toBe(0);
  });
});
