// Classic table CSVs as GENESIS-Online, the Regionalstatistik and the state offices write them,
// constructed for each layout variation DESIGN §4a names: 1–4 header rows, one or several
// variables, the time in the title block, a column or a header row.
import { describe, expect, it } from 'vitest';
import { classicFooter, expectRefusal, parseText, valueAt } from '../support/statistics';

const regionalHead = [
  'GENESIS-Tabelle: 12411-01-01-4',
  'Bevölkerungsstand: Bevölkerung nach Geschlecht;;;;',
  'Fortschreibung des Bevölkerungsstandes;;;;',
  'Bevölkerungsstand (Anzahl);;;;',
];

describe('header rows', () => {
  it('reads one header row holding the dates', () => {
    const table = parseText([
      ...regionalHead,
      ';;31.12.2022;31.12.2023',
      'DG;Deutschland;84358845;84669326',
      '14;  Sachsen;4086152;4089467',
      ...classicFooter,
    ]);
    expect(table.times).toEqual(['2022-12-31', '2023-12-31']);
    expect(valueAt(table, { region: '14', time: '2023-12-31' })).toMatchObject({ value: 4089467 });
    expect(table.series).toHaveLength(1);
    expect(table.series[0]).toMatchObject({ variableLabel: 'Bevölkerungsstand', unit: 'Anzahl' });
  });

  it('reads two rows: years above attributes', () => {
    const table = parseText([
      ...regionalHead,
      ';;2022;2022;2023;2023',
      ';;männlich;weiblich;männlich;weiblich',
      '14521;      Erzgebirgskreis;160991;167859;158217;165081',
      ...classicFooter,
    ]);
    const women2023 = valueAt(table, { region: '14521', time: '2023', attributes: ['weiblich'] });
    expect(women2023.value).toBe(165081);
    expect(table.series.map((series) => series.attributes)).toEqual([
      [{ dimension: '', label: 'männlich' }],
      [{ dimension: '', label: 'weiblich' }],
    ]);
  });

  it('reads three rows: the dimension, its attributes and the unit, with the year in a column', () => {
    const table = parseText([
      'GENESIS-Tabelle: 12411-02-03-4',
      'Bevölkerung: Kreise, Stichtag, Geschlecht;;;;',
      'Bevölkerungsstand (Anzahl);;;;',
      ';;;Geschlecht;Geschlecht',
      ';;;männlich;weiblich',
      ';;;Anzahl;Anzahl',
      '2023;14521;      Erzgebirgskreis;158217;165081',
      '2023;14522;      Mittelsachsen, Landkreis;148202;152155',
      ...classicFooter,
    ]);
    expect(valueAt(table, { region: '14522', time: '2023', attributes: ['männlich'] }).value).toBe(
      148202,
    );
    expect(table.series[0]?.attributes).toEqual([{ dimension: 'Geschlecht', label: 'männlich' }]);
    expect(table.regions.map((region) => region.label)).toEqual([
      'Erzgebirgskreis',
      'Mittelsachsen, Landkreis',
    ]);
  });

  it('reads four rows: variable, dimension, attributes and unit (Regionalstatistik, KBA)', () => {
    const table = parseText([
      'Tabelle: 46251-02-01-4-B',
      'Personenkraftwagen nach Kraftstoffarten - Stichtag 01.01. -;;;;;',
      'regionale Ebenen;;;;;',
      'Statistik des Kraftfahrzeug- und Anhängerbestandes;;;;;',
      ';;;Pkw;Pkw;Pkw',
      ';;;Art;Art;Art',
      ';;;Insgesamt;Benzin;Diesel',
      ';;;Anzahl;Anzahl;Anzahl',
      '01.01.2025;03101;Braunschweig, kreisfreie Stadt;143274;83528;40505',
      '01.01.2025;03152;Göttingen alt;-;-;-',
      ...classicFooter,
    ]);
    expect(table.code).toBe('46251-02-01-4-B');
    const petrol = table.series.find((series) => series.attributes[0]?.label === 'Benzin');
    expect(petrol).toMatchObject({
      variableLabel: 'Pkw',
      unit: 'Anzahl',
      attributes: [{ dimension: 'Art', label: 'Benzin' }],
    });
    expect(
      valueAt(table, { region: '03101', time: '2025-01-01', attributes: ['Diesel'] }).value,
    ).toBe(40505);
    expect(valueAt(table, { region: '03152', time: '2025-01-01', attributes: ['Benzin'] })).toEqual(
      expect.objectContaining({ value: 0, flag: 'nichts' }),
    );
  });

  it('reads several variables with their own units, a year column and a month column', () => {
    const table = parseText([
      'GENESIS-Tabelle: 13211-0002',
      'Arbeitslose, Arbeitslosenquoten: Deutschland, Monate;;;;',
      'Arbeitsmarktstatistik der Bundesagentur für Arbeit;;;;',
      ';;;Arbeitslose;Arbeitslosenquote aller zivilen Erwerbspersonen',
      ';;;Anzahl;Prozent',
      'Insgesamt;2026;April;3008161;6,4',
      'Insgesamt;2026;Mai;2950456;6,3',
      'Insgesamt;2026;Juni;...;...',
      ...classicFooter,
    ]);
    expect(table.times).toEqual(['2026-04', '2026-05', '2026-06']);
    const rate = valueAt(table, {
      time: '2026-05',
      variable: 'Arbeitslosenquote aller zivilen Erwerbspersonen',
    });
    expect(rate.value).toBe(6.3);
    expect(table.series.map((series) => [series.variableLabel, series.unit])).toEqual([
      ['Arbeitslose', 'Anzahl'],
      ['Arbeitslosenquote aller zivilen Erwerbspersonen', 'Prozent'],
    ]);
    expect(valueAt(table, { time: '2026-06', variable: 'Arbeitslose' }).flag).toBe('spaeter');
  });
});

describe('the head', () => {
  it('finds the table line below a line a state office puts above it', () => {
    const table = parseText([
      'Statistisches Landesamt des Freistaates Sachsen',
      'Landesdatenbank Sachsen - Tabelle: 12411-001Z',
      'Bevölkerung: Gemeinden, Stichtag;;',
      'Bevölkerungsstand (Anzahl);;',
      ';;31.12.2024',
      '14521160;Annaberg-Buchholz, Stadt;19109',
      ...classicFooter,
    ]);
    expect(table).toMatchObject({ code: '12411-001Z', title: 'Bevölkerung: Gemeinden, Stichtag' });
    expect(valueAt(table, { region: '14521160', time: '2024-12-31' }).value).toBe(19109);
  });
});

describe('the time', () => {
  it('may stand in the title block ("Stichtag 31.12.2015")', () => {
    const table = parseText([
      'GENESIS-Tabelle: 12411-01-01-4',
      'Bevölkerung nach Geschlecht - Stichtag 31.12.2015 -;;;',
      'regionale Tiefe: Kreise und krfr. Städte;;;',
      'Bevölkerungsstand (Anzahl);;;',
      ';;Insgesamt;männlich',
      '14521;      Erzgebirgskreis;347665;170364',
      ...classicFooter,
    ]);
    expect(table.times).toEqual(['2015-12-31']);
    expect(
      valueAt(table, { region: '14521', time: '2015-12-31', attributes: ['Insgesamt'] }).value,
    ).toBe(347665);
  });

  it('may stand in a date column, beside a Stichtag row naming it in the header', () => {
    const table = parseText([
      'GENESIS-Tabelle: 11111-0001',
      'Gebietsfläche: Bundesländer, Stichtag;;',
      'Gebietsfläche (qkm);;',
      ';Stichtag;Stichtag',
      ';31.12.1995;31.12.2022',
      'Baden-Württemberg;35752,50;35747,85',
      'Bayern;70550,87;70541,58',
      ...classicFooter,
    ]);
    // The Länder come without codes here; their names give them.
    expect(table.regions).toEqual([
      { code: '08', label: 'Baden-Württemberg' },
      { code: '09', label: 'Bayern' },
    ]);
    expect(valueAt(table, { region: '09', time: '2022-12-31' }).value).toBe(70541.58);
  });

  it('is required: a table naming no year or Stichtag anywhere is refused', () => {
    expectRefusal(
      () =>
        parseText([
          'GENESIS-Tabelle: 12411-9999',
          'Bevölkerung: Kreise;;',
          'Bevölkerungsstand (Anzahl);;',
          ';;Insgesamt',
          '14521;Erzgebirgskreis;318394',
          ...classicFooter,
        ]),
      'STATISTICS_UNREADABLE',
      /keinen Zeitpunkt/,
    );
  });
});
