// Classic table CSVs, cell by cell and as files: special values, German numbers and quality marks,
// region codes of every length, encodings and line endings, footnotes with line breaks, cut files.
import { describe, expect, it } from 'vitest';
import { parseStatisticsFile } from '../../electron/backend/statistics/parse';
import { chooseRegion } from '../../shared/statistics';
import { classicFooter, expectRefusal, joinLines, parseText, valueAt } from '../support/statistics';

const regionalHead = [
  'GENESIS-Tabelle: 12411-01-01-4',
  'Bevölkerungsstand: Bevölkerung nach Geschlecht;;;;',
  'Fortschreibung des Bevölkerungsstandes;;;;',
  'Bevölkerungsstand (Anzahl);;;;',
];

describe('cells', () => {
  const withCells = (...cells: string[]) =>
    parseText([
      ...regionalHead,
      `;;${cells.map((_, index) => 2010 + index).join(';')}`,
      `14521;Erzgebirgskreis;${cells.join(';')}`,
      ...classicFooter,
    ]);

  it('turns each special value into its flag, and only "-" into 0', () => {
    const table = withCells('-', '.', '...', '/', 'x', '()', '(12,5)');
    const values = table.series[0]?.values.map(({ value, flag }) => ({ value, flag }));
    expect(values).toEqual([
      { value: 0, flag: 'nichts' },
      { value: null, flag: 'unbekannt' },
      { value: null, flag: 'spaeter' },
      { value: null, flag: 'unsicher' },
      { value: null, flag: 'gesperrt' },
      { value: null, flag: 'eingeschraenkt' },
      { value: 12.5, flag: 'eingeschraenkt' },
    ]);
  });

  it('reads German numbers and keeps quality marks p, r, s, e', () => {
    const table = withCells(
      '1.234,5',
      '-12,3',
      '1.234.567',
      '12.5',
      '347665p',
      '1.234,5 r',
      '7s',
      '(8)e',
    );
    expect(table.series[0]?.values.map(({ value, quality }) => [value, quality])).toEqual([
      [1234.5, null],
      [-12.3, null],
      [1234567, null],
      [12.5, null],
      [347665, 'p'],
      [1234.5, 'r'],
      [7, 's'],
      [8, 'e'],
    ]);
  });

  it('leaves an empty cell out instead of making it a value', () => {
    expect(withCells('5', '', '7').series[0]?.values.map((value) => value.time)).toEqual([
      '2010',
      '2012',
    ]);
  });

  it('refuses text in a value cell, naming its line', () => {
    expectRefusal(
      () => withCells('5', 'fünf', '7'),
      'STATISTICS_DAMAGED',
      /^Zeile 6: „fünf“ ist weder/,
    );
  });

  it('refuses a second, different value for the same place and time', () => {
    expectRefusal(
      () =>
        parseText([
          ...regionalHead,
          ';;2023',
          '14521;Erzgebirgskreis;318394',
          '14521;Erzgebirgskreis;318000',
          ...classicFooter,
        ]),
      'STATISTICS_DAMAGED',
      /^Zeile 7: .*zweiter, anderer Wert/,
    );
  });
});

describe('regions', () => {
  it('keeps leading zeros and takes 8-digit AGS and 12-digit ARS as they are', () => {
    const table = parseText([
      ...regionalHead,
      ';;2023',
      '01;  Schleswig-Holstein;2953270',
      '01001000;      Flensburg, Stadt;92550',
      '145210160160;      Annaberg-Buchholz, Stadt;19384',
      ...classicFooter,
    ]);
    expect(table.regions.map((region) => region.code)).toEqual(['01', '01001000', '145210160160']);
    expect(chooseRegion(table.regions, { ags: '14521160' })).toBe('145210160160');
    expect(chooseRegion(table.regions, { ags: '01001000' })).toBe('01001000');
  });

  it('reads a region code and its label from one cell', () => {
    const table = parseText([
      ...regionalHead,
      ';2023',
      '14521 Erzgebirgskreis;318394',
      '14522 Mittelsachsen, Landkreis;301234',
      ...classicFooter,
    ]);
    expect(table.regions).toEqual([
      { code: '14521', label: 'Erzgebirgskreis' },
      { code: '14522', label: 'Mittelsachsen, Landkreis' },
    ]);
  });

  it('reads an attribute code column with its label (CPA08-01) and the region from the title', () => {
    const table = parseText([
      'GENESIS-Tabelle: 85111-0001',
      'Luftemissionen: Deutschland, Jahre, Luftemissionsart, Produktionsbereiche;;;;',
      'Luftemissionsrechnung;;;;',
      'Deutschland;;;;',
      'Luftemissionen (t);;;;',
      ';;;1995;1996',
      'Kohlendioxid (CO2);CPA08-01;Erz.d. Landwirtschaft u. Jagd;16801097;17666353',
      'Kohlendioxid (CO2);CPA08-02;Forstwirtschaftl. Erzeugnisse;492779;462774',
      ...classicFooter,
    ]);
    const forestry = table.series.find((series) =>
      series.attributes.some((attribute) => attribute.code === 'CPA08-02'),
    );
    expect(forestry?.attributes).toEqual([
      { dimension: '', label: 'Kohlendioxid (CO2)' },
      { dimension: '', code: 'CPA08-02', label: 'Forstwirtschaftl. Erzeugnisse' },
    ]);
    expect(forestry?.values.map((value) => [value.regionCode, value.time, value.value])).toEqual([
      ['DG', '1995', 492779],
      ['DG', '1996', 462774],
    ]);
    expect(forestry?.unit).toBe('t');
  });
});

describe('file forms', () => {
  const lines = [
    'GENESIS-Tabelle: 12411-01-01-4',
    'Bevölkerungsstand: Bevölkerung nach Geschlecht;;',
    'Bevölkerungsstand (Anzahl);;',
    ';;31.12.2023',
    '12066;      Oberspreewald-Lausitz, Landkreis;108102',
    '12066112;        Großräschen, Stadt;8640',
    '__________',
    '"Fußnote: Angaben in Personen;',
    'Einwohnerzahl „vorläufig“ (Stand 2024) – siehe ""Methodik"""',
    '"© Statistische Ämter des Bundes und der Länder, Deutschland, 2025.',
    'Dieses Werk ist lizenziert unter der Datenlizenz Deutschland – Namensnennung – Version 2.0."',
    'Stand: 05.02.2025 / 09:08:07',
  ];

  it.each([
    ['UTF-8', { encoding: 'utf8' }],
    ['UTF-8 with BOM and CRLF', { encoding: 'utf8bom', ending: '\r\n' }],
    ['Windows-1252 with CRLF', { encoding: 'windows1252', ending: '\r\n' }],
    ['Windows-1252 with CR only', { encoding: 'windows1252', ending: '\r' }],
  ] as const)(
    'reads %s alike, umlauts, „“ and footnotes with line breaks included',
    (_, options) => {
      const table = parseText(lines, options);
      expect(table.title).toBe('Bevölkerungsstand: Bevölkerung nach Geschlecht');
      expect(table.regions).toContainEqual({ code: '12066112', label: 'Großräschen, Stadt' });
      expect(valueAt(table, { region: '12066112', time: '2023-12-31' }).value).toBe(8640);
      expect(table.notes).toEqual([
        'Fußnote: Angaben in Personen;\nEinwohnerzahl „vorläufig“ (Stand 2024) – siehe "Methodik"',
        'Dieses Werk ist lizenziert unter der Datenlizenz Deutschland – Namensnennung – Version 2.0.',
      ]);
      expect(table.source).toBe('Statistische Ämter des Bundes und der Länder, Deutschland, 2025');
      expect(table.stand).toBe('2025-02-05T09:08:07');
    },
  );

  it('reads a table saved as UTF-16 with its BOM (Excel "Unicode-Text")', () => {
    const utf16 = Buffer.from(`\uFEFF${joinLines(lines)}`, 'utf16le');
    const table = parseStatisticsFile(new Uint8Array(utf16), 'tabelle.csv');
    expect(valueAt(table, { region: '12066112', time: '2023-12-31' }).value).toBe(8640);
  });

  it('takes the code from the file name when the table is "Temporär" (rearranged by the user)', () => {
    const table = parseText(['GENESIS-Tabelle: Temporär', ...lines.slice(1)], {
      fileName: '12411-0015_$F.csv',
    });
    expect(table.code).toBe('12411-0015');
  });

  it('refuses a table cut off before its footer, naming the last line it has', () => {
    expectRefusal(
      () => parseText(lines.slice(0, 6)),
      'STATISTICS_DAMAGED',
      /^Zeile 6: Hier endet die Datei ohne den Abschluss der Tabelle/,
    );
  });

  it('refuses a footnote whose quote never closes', () => {
    expectRefusal(
      () => parseText([...lines.slice(0, 7), '"Fußnote ohne Ende', 'Stand: 05.02.2025']),
      'STATISTICS_DAMAGED',
      /^Zeile 8: Ein Anführungszeichen/,
    );
  });

  it('refuses a table that has a head and a footer but no data row', () => {
    expectRefusal(
      () => parseText([...lines.slice(0, 4), ...classicFooter]),
      'STATISTICS_EMPTY',
      /keine Datenzeilen/,
    );
  });
});
