// Flat files constructed as GENESIS, the Regionalstatistik and the Zensus database write them:
// before 2025 (German names, a column per variable, "__q" quality columns), since 2025 (English
// names, one value per row, value_q), with 12-digit ARS, months, decimals, encodings, cut files.
import { describe, expect, it } from 'vitest';
import { parseStatisticsFile } from '../../electron/backend/statistics/parse';
import { chooseRegion } from '../../shared/statistics';
import { encode, expectRefusal, parseText, valueAt } from '../support/statistics';

const oldHeader =
  'Statistik_Code;Statistik_Label;Zeit_Code;Zeit_Label;Zeit;1_Merkmal_Code;1_Merkmal_Label;' +
  '1_Auspraegung_Code;1_Auspraegung_Label;2_Merkmal_Code;2_Merkmal_Label;2_Auspraegung_Code;' +
  '2_Auspraegung_Label;BEVSTD__Bevoelkerungsstand__Anzahl;BEVSTD__Bevoelkerungsstand__q';

/** A row of 12411-01-01-4 before 2025: Kreis, Geschlecht, value and quality mark. */
const oldRow = (kreis: string, name: string, sex: string, value: string, quality = '') => {
  const [code, label] =
    sex === 'm' ? ['GESM', 'männlich'] : sex === 'w' ? ['GESW', 'weiblich'] : ['', 'Insgesamt'];
  return (
    `12411;Fortschreibung des Bevölkerungsstandes;STAG;Stichtag;31.12.2022;KREISE;` +
    `Kreise und kreisfreie Städte;${kreis};      ${name};GES;Geschlecht;${code};${label};` +
    `${value};${quality}`
  );
};

const newHeader =
  'statistics_code;statistics_label;time_code;time_label;time;1_variable_code;1_variable_label;' +
  '1_variable_attribute_code;1_variable_attribute_label;2_variable_code;2_variable_label;' +
  '2_variable_attribute_code;2_variable_attribute_label;value;value_unit;value_variable_code;' +
  'value_variable_label;value_q';

describe('flat files before 2025', () => {
  it('reads the value with its quality column: marks and special values', () => {
    const table = parseText(
      [
        oldHeader,
        oldRow('14521', 'Erzgebirgskreis', '', '328850', 'p'),
        oldRow('14521', 'Erzgebirgskreis', 'm', '...'),
        oldRow('14521', 'Erzgebirgskreis', 'w', '', '.'),
        oldRow('14522', 'Mittelsachsen, Landkreis', '', '-', 'e'),
        oldRow('14522', 'Mittelsachsen, Landkreis', 'm', '(150123)', 'r'),
        oldRow('14522', 'Mittelsachsen, Landkreis', 'w', '151000', '/'),
      ],
      { fileName: '12411-01-01-4_flat.csv' },
    );
    const at = (region: string, attribute: string) =>
      valueAt(table, { region, time: '2022-12-31', attributes: [attribute] });
    expect(at('14521', 'Insgesamt')).toMatchObject({ value: 328850, flag: null, quality: 'p' });
    expect(at('14521', 'männlich')).toMatchObject({ value: null, flag: 'spaeter' });
    expect(at('14521', 'weiblich')).toMatchObject({ value: null, flag: 'unbekannt' });
    expect(at('14522', 'Insgesamt')).toMatchObject({ value: 0, flag: 'nichts', quality: 'e' });
    expect(at('14522', 'männlich')).toMatchObject({
      value: 150123,
      flag: 'eingeschraenkt',
      quality: 'r',
    });
    // A special value in the quality column replaces the number beside it.
    expect(at('14522', 'weiblich')).toMatchObject({ value: null, flag: 'unsicher' });
    expect(table.series[0]).toMatchObject({
      variableCode: 'BEVSTD',
      variableLabel: 'Bevoelkerungsstand',
      unit: 'Anzahl',
    });
  });

  it('reads one column per variable, German decimals, and the Länder total as Deutschland', () => {
    const table = parseText([
      'Statistik_Code;Statistik_Label;Zeit_Code;Zeit_Label;Zeit;1_Merkmal_Code;1_Merkmal_Label;' +
        '1_Auspraegung_Code;1_Auspraegung_Label;     FLC006__Gebietsflaeche__qkm;' +
        'BEV036__Bevoelkerung_in_Hauptwohnsitzhaushalten__1000',
      '11111;Feststellung des Gebietsstands;STAG;Stichtag;31.12.2022;DLAND;Bundesländer;08;' +
        'Baden-Württemberg;35747,85;11280,3',
      '11111;Feststellung des Gebietsstands;STAG;Stichtag;31.12.2022;DLAND;Bundesländer;;' +
        'Insgesamt;357595,99;83237,1',
    ]);
    expect(table.regions).toEqual([
      { code: '08', label: 'Baden-Württemberg' },
      { code: 'DG', label: 'Deutschland' },
    ]);
    expect(table.series.map((series) => [series.variableLabel, series.unit])).toEqual([
      ['Gebietsflaeche', 'qkm'],
      ['Bevoelkerung in Hauptwohnsitzhaushalten', '1000'],
    ]);
    expect(
      valueAt(table, { region: 'DG', time: '2022-12-31', variable: 'Gebietsflaeche' }).value,
    ).toBe(357595.99);
  });

  it('reads Windows-1252 with CRLF', () => {
    const table = parseText([oldHeader, oldRow('12066112', 'Großräschen, Stadt', '', '8640')], {
      encoding: 'windows1252',
      ending: '\r\n',
    });
    expect(table.regions).toEqual([{ code: '12066112', label: 'Großräschen, Stadt' }]);
    expect(table.title).toBe('Fortschreibung des Bevölkerungsstandes');
  });
});

describe('flat files in English before 2025', () => {
  it('reads "Time", "1_Variable_Code" and a column per variable', () => {
    const table = parseText([
      'Statistics_Code;Statistics_Label;Time_Code;Time_Label;Time;1_Variable_Code;1_Variable_Label;' +
        '1_Variable_Attribute_Code;1_Variable_Attribute_Label;BEVSTD__Population__number',
      '12411;Current population survey;STAG;Reference date;31.12.2022;DLAND;Länder;14;Saxony;4086152',
    ]);
    expect(table).toMatchObject({ layout: 'flat', title: 'Current population survey' });
    expect(valueAt(table, { region: '14', time: '2022-12-31' }).value).toBe(4086152);
  });
});

describe('flat files since 2025', () => {
  it('reads 12-digit ARS, German decimals, value_q, and one variable in two units as two series', () => {
    const row = (ars: string, name: string, value: string, unit: string) =>
      `1000A;Bevölkerung kompakt (Gebietsstand 15.05.2022);STAG;Stichtag;2022-05-15;GEOGM4;` +
      `Gemeinden (Gebietsstand 15.05.2022);${ars};${name};RELZG2;Religion;REL-RK-OR;` +
      `Römisch-katholische Kirche;${value};${unit};PRS018;Personen;e`;
    const table = parseText(
      [
        newHeader,
        row('092760130130', 'Lindberg', '3,1', '%'),
        row('092760130130', 'Lindberg', '71', 'Anzahl'),
        row('145210160160', 'Annaberg-Buchholz, Stadt', '4,5', '%'),
      ],
      { fileName: '1000A-1018_de_flat.csv', encoding: 'utf8bom', ending: '\r\n' },
    );
    expect(table.layout).toBe('flatZip');
    expect(table.source).toBe('Statistische Ämter des Bundes und der Länder, Zensus 2022');
    expect(table.series.map((series) => series.unit)).toEqual(['%', 'Anzahl']);
    expect(table.series[0]?.values[0]).toMatchObject({
      regionCode: '092760130130',
      regionLabel: 'Lindberg',
      value: 3.1,
      quality: 'e',
    });
    expect(table.series[0]?.attributes).toEqual([
      { dimension: 'Religion', code: 'REL-RK-OR', label: 'Römisch-katholische Kirche' },
    ]);
    expect(chooseRegion(table.regions, { ags: '14521160' })).toBe('145210160160');
  });

  it('reads decimal points and folds months (MONAT07) and quarters (QUART3) into the time', () => {
    const row = (period: string, label: string, value: string) =>
      `42191;Lkw-Maut;JAHR;Jahr;2026;DINSG;Deutschland;DG;Deutschland;` +
      `${period.slice(0, 5)};Zeitraum;${period};${label};${value};2015=100;LKW001;Index;`;
    const table = parseText([
      newHeader,
      row('MONAT07', 'Juli', '101.2'),
      row('MONAT08', 'August', '99.8'),
      row('QUART3', '3. Quartal', '100.4'),
    ]);
    expect(table.times).toEqual(['2026-07', '2026-08', '2026-Q3']);
    expect(valueAt(table, { region: 'DG', time: '2026-07' })).toMatchObject({ value: 101.2 });
    expect(table.series).toHaveLength(1);
    expect(table.series[0]?.unit).toBe('2015=100');
  });
});

describe('damaged flat files', () => {
  const rows = [oldHeader, oldRow('14521', 'Erzgebirgskreis', '', '328850')];

  it('refuses a row with fewer columns, naming the line', () => {
    const cut = oldRow('14522', 'Mittelsachsen, Landkreis', '', '301234').split(';');
    expectRefusal(
      () => parseText([...rows, cut.slice(0, 9).join(';'), rows[1] as string]),
      'STATISTICS_DAMAGED',
      /^Zeile 3: Die Zeile hat 9 statt 15 Spalten/,
    );
  });

  it('refuses a file that ends inside its last value, without a line break', () => {
    const withoutQuality = (line: string) => line.slice(0, line.lastIndexOf(';'));
    const text = [oldHeader, oldRow('14521', 'Erzgebirgskreis', '', '328850')]
      .map(withoutQuality)
      .join('\n');
    expectRefusal(
      () => parseStatisticsFile(encode(text.slice(0, -2)), '12411-01-01-4_flat.csv'),
      'STATISTICS_DAMAGED',
      /^Zeile 2: Die Datei endet mitten in dieser Zeile/,
    );
  });

  it('refuses text where a value belongs, naming the line', () => {
    expectRefusal(
      () => parseText([...rows, oldRow('14522', 'Mittelsachsen', '', 'k. A.')]),
      'STATISTICS_DAMAGED',
      /^Zeile 3: „k\. A\.“ ist weder eine Zahl/,
    );
  });

  it('refuses a header without rows as empty', () => {
    expectRefusal(() => parseText([oldHeader]), 'STATISTICS_EMPTY');
  });
});
