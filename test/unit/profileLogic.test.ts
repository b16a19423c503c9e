// The Kommunalprofil's pure rules: times read and shown in German, values with the offices' symbols,
// the Kennzahlen by year, names of imported series, chart data built from indicators, the charts the
// data suggests, and the sentences an import report reads as.
import { describe, expect, it } from 'vitest';
import { chartSpec, chartTimes } from '../../shared/profile/chartSpec';
import { chartTitle, suggestCharts } from '../../shared/profile/chartSuggestions';
import { citation, formatIndicatorValue, valueLegend } from '../../shared/profile/format';
import { describeImport } from '../../shared/profile/importReport';
import { distinctLabels, respell, seriesName } from '../../shared/profile/names';
import { formatTime, readTimeInput, sortTimes } from '../../shared/profile/time';
import type { Indicator, IndicatorValue, ProfileChart } from '../../shared/profile/types';
import { stichtagNote, valueInYear, yearColumns } from '../../shared/profile/years';
import { readCell } from '../../shared/profile/values';
import { readRows, rowsOf } from '../../renderer/profile/valueRows';

const value = (time: string, number: number | null, extra: Partial<IndicatorValue> = {}) => ({
  time,
  value: number,
  flag: null,
  quality: null,
  ...extra,
});

let nextId = 1;
function indicator(fields: Partial<Indicator> & { name: string }): Indicator {
  return {
    id: nextId++,
    unit: 'Anzahl',
    source: 'Amt',
    tableCode: '',
    tableTitle: '',
    seriesKey: '',
    regionCode: '',
    regionLabel: '',
    inPlan: true,
    values: [],
    ...fields,
  };
}

const chart = (fields: Partial<ProfileChart> & Pick<ProfileChart, 'kind' | 'indicatorIds'>) => ({
  id: 1,
  title: 'Titel',
  time: '',
  comparisonTime: '',
  inPlan: true,
  ...fields,
});

describe('times', () => {
  it('reads what people type and writes it back as they read it', () => {
    expect(readTimeInput('2024')).toBe('2024');
    expect(readTimeInput(' 31.12.2024 ')).toBe('2024-12-31');
    expect(readTimeInput('3/2024')).toBe('2024-03');
    expect(readTimeInput('2024-Q2')).toBe('2024-Q2');
    expect(readTimeInput('2. Quartal 2024')).toBe('2024-Q2');
    expect(readTimeInput('2024/25')).toBe('2024/25');
    for (const wrong of ['31.02.2024', 'letztes Jahr', '20245', '13/2024']) {
      expect(readTimeInput(wrong), wrong).toBeNull();
    }
    for (const time of ['2024', '2024-12-31', '2024-03', '2024-Q2', '2024/25']) {
      expect(readTimeInput(formatTime(time))).toBe(time);
    }
    expect(formatTime('Zensus 2011')).toBe('Zensus 2011');
    expect(sortTimes(['2016', '2015-12-31', '2015', '2015-12-31'])).toEqual([
      '2015',
      '2015-12-31',
      '2016',
    ]);
  });
});

describe('values', () => {
  it('show German numbers, the offices’ symbols and quality marks, and explain each once', () => {
    expect(formatIndicatorValue(value('2024', 318394))).toBe('318.394');
    expect(formatIndicatorValue(value('2024', 31.9))).toBe('31,9');
    expect(formatIndicatorValue(value('2024', -96))).toBe('-96');
    expect(formatIndicatorValue(value('2024', null, { flag: 'spaeter' }))).toBe('...');
    expect(formatIndicatorValue(value('2024', 0, { flag: 'nichts' }))).toBe('-');
    expect(formatIndicatorValue(value('2024', 1234, { flag: 'eingeschraenkt' }))).toBe('(1.234)');
    expect(formatIndicatorValue(value('2024', 11790, { quality: 'p' }))).toBe('11.790\u00a0p');
    const legend = valueLegend([
      value('2024', 11790, { quality: 'p' }),
      value('2023', null, { flag: 'gesperrt' }),
      value('2022', null, { flag: 'spaeter' }),
      value('2021', null, { flag: 'spaeter' }),
    ]);
    expect(legend).toEqual([
      '... = Angabe fällt später an',
      'x = Tabellenfach gesperrt, weil Aussage nicht sinnvoll',
      'p = vorläufige Zahl',
    ]);
    expect(citation({ source: 'Destatis', tableCode: '12411-0001' })).toBe(
      'Destatis, Tabelle 12411-0001',
    );
    expect(citation({ source: ' Melderegister ', tableCode: '' })).toBe('Melderegister');
  });

  it('read typed values back: what formatIndicatorValue writes, readCell reads', () => {
    for (const shown of [
      value('2024', 318394),
      value('2024', 31.9),
      value('2024', 1234, { flag: 'eingeschraenkt' }),
      value('2024', 11790, { quality: 'p' }),
      value('2024', null, { flag: 'unsicher' }),
    ]) {
      const { value: number, flag, quality } = shown;
      expect(readCell(formatIndicatorValue(shown), true)).toEqual({ value: number, flag, quality });
    }
    expect(readCell('zwölf', true)).toBe('invalid');
  });
});

describe('the Kennzahlen by year', () => {
  const population = indicator({
    name: 'Bevölkerung',
    values: [value('2014-12-31', 13120), value('2024-12-31', 11790)],
  });
  const births = indicator({ name: 'Geburten', values: [value('2014', 91), value('2024', 67)] });
  const monthly = indicator({
    name: 'Arbeitslose',
    values: [value('2024-01', 120), value('2024-12', 98), value('2024-06', 101)],
  });

  it('puts Stichtage, years and months into their year’s column, the latest value of a year', () => {
    expect(yearColumns([population, births, monthly])).toEqual(['2014', '2024']);
    expect(valueInYear(monthly.values, '2024')?.value).toBe(98);
    expect(valueInYear(population.values, '2024')?.time).toBe('2024-12-31');
    expect(valueInYear(births.values, '2020')).toBeUndefined();
  });

  it('says "Stichtag jeweils 31.12." only when every value shown is that day', () => {
    expect(stichtagNote(population.values)).toBe('Stichtag jeweils 31.12.');
    expect(stichtagNote([...population.values, ...births.values])).toBeNull();
    expect(stichtagNote([])).toBeNull();
  });
});

describe('names', () => {
  it('name a series by its variable and attributes, leaving out "Insgesamt"', () => {
    const attributes = [{ label: 'Insgesamt' }, { label: 'unter 3 Jahre' }];
    expect(seriesName({ variableLabel: 'Bevölkerungsstand', attributes })).toBe(
      'Bevölkerungsstand: unter 3 Jahre',
    );
    expect(seriesName({ variableLabel: 'Bevölkerungsstand', attributes: [] })).toBe(
      'Bevölkerungsstand',
    );
  });

  it('spell written-out umlauts as the table’s title spells them', () => {
    expect(respell('Bevoelkerungsstand', 'Fortschreibung des Bevölkerungsstandes')).toBe(
      'Bevölkerungsstand',
    );
    expect(respell('Zuzuege ueber die Grenze', 'Zuzüge über die Grenzen Deutschlands')).toBe(
      'Zuzüge über die Grenze',
    );
    expect(respell('Steuer und Quelle', 'Einnahmen')).toBe('Steuer und Quelle');
  });

  it('label a chart’s series by what tells them apart', () => {
    expect(
      distinctLabels([
        'Bevölkerungsstand: unter 6 Jahre, weiblich',
        'Bevölkerungsstand: 6 bis unter 18 Jahre, weiblich',
      ]),
    ).toEqual(['unter 6 Jahre', '6 bis unter 18 Jahre']);
    expect(distinctLabels(['Geburten', 'Geburten'])).toEqual(['Geburten', 'Geburten']);
  });
});

describe('charts from indicators', () => {
  const kommune = indicator({
    name: 'Bevölkerungsstand',
    tableCode: '12411-01-01-5',
    seriesKey: 'bevoelkerungsstand|anzahl',
    regionCode: '15099999',
    regionLabel: 'Musterstadt',
    values: [value('2014-12-31', 13120), value('2024-12-31', 11790)],
  });
  const land = indicator({
    ...kommune,
    id: nextId++,
    regionCode: '15',
    regionLabel: 'Sachsen-Anhalt',
    values: [value('2014-12-31', 2235550), value('2024-12-31', null, { flag: 'spaeter' })],
  });
  const ages = ['unter 18 Jahre', '18 bis unter 65 Jahre', '65 Jahre und mehr'].map((label, i) =>
    indicator({
      name: `Bevölkerungsstand: ${label}`,
      tableCode: '12411-02-03-5',
      seriesKey: `alter-${i}`,
      regionCode: '15099999',
      regionLabel: 'Musterstadt',
      values: [value('2014-12-31', 1000 + i), value('2024-12-31', 900 + i)],
    }),
  );
  const all = [kommune, land, ...ages];
  const byId = new Map(all.map((entry) => [entry.id, entry]));

  it('draw an index of the regions with their labels and the sources cited', () => {
    const spec = chartSpec(
      chart({ kind: 'indexComparison', indicatorIds: [kommune.id, land.id] }),
      byId,
    );
    expect(spec).toMatchObject({
      kind: 'indexComparison',
      measure: 'die Einwohnerzahl',
      source: 'Amt, Tabelle 12411-01-01-5',
      series: [
        {
          label: 'Musterstadt',
          points: [
            { time: '2014-12-31', value: 13120 },
            { time: '2024-12-31', value: 11790 },
          ],
        },
        {
          label: 'Sachsen-Anhalt',
          points: [
            { time: '2014-12-31', value: 2235550 },
            { time: '2024-12-31', value: null },
          ],
        },
      ],
    });
  });

  it('draw an age structure at the latest time beside an earlier one, labelled by age', () => {
    const spec = chartSpec(
      chart({
        kind: 'ageStructure',
        indicatorIds: ages.map((a) => a.id),
        comparisonTime: '2014-12-31',
      }),
      byId,
    );
    expect(spec).toMatchObject({
      kind: 'ageStructure',
      label: '31.12.2024',
      groups: [
        { label: 'unter 18 Jahre', value: 900 },
        { label: '18 bis unter 65 Jahre', value: 901 },
        { label: '65 Jahre und mehr', value: 902 },
      ],
      comparison: {
        label: '31.12.2014',
        groups: [{ label: 'unter 18 Jahre', value: 1000 }, {}, {}],
      },
    });
    expect(chartTimes(ages)).toEqual(['2014-12-31', '2024-12-31']);
  });

  it('leave out indicators that are gone, and draw nothing without any', () => {
    const spec = chartSpec(chart({ kind: 'population', indicatorIds: [999, kommune.id] }), byId);
    expect(spec).toMatchObject({ kind: 'population', subject: 'Die Einwohnerzahl' });
    expect(chartSpec(chart({ kind: 'population', indicatorIds: [999] }), byId)).toBeNull();
  });

  it('suggest the comparison, the age structure and the population line no chart shows yet', () => {
    const suggestions = suggestCharts(all, []);
    expect(suggestions.map((s) => [s.kind, s.title])).toEqual([
      ['indexComparison', 'Bevölkerungsstand im Vergleich'],
      ['ageStructure', 'Altersstruktur – Musterstadt'],
      // The Land has a value for one year only; the age groups come as their group.
      ['population', 'Bevölkerungsstand – Musterstadt'],
    ]);
    expect(suggestions[0]?.indicatorIds).toEqual([kommune.id, land.id]);
    expect(suggestions[1]?.comparisonTime).toBe('2014-12-31');
    const taken = suggestCharts(all, [
      chart({ kind: 'indexComparison', indicatorIds: [land.id, kommune.id] }),
    ]);
    expect(taken.map((s) => s.kind)).not.toContain('indexComparison');
    expect(chartTitle('migrationBalance', [ages[0] as Indicator])).toBe(
      'Wanderungssaldo nach Altersgruppen – Musterstadt',
    );
  });
});

describe('the import report', () => {
  it('says what is new and, for a newer download, what changed from what to what', () => {
    expect(
      describeImport({
        tableCode: '12411-01-01-4',
        created: [{ indicatorId: 1, name: 'Bevölkerungsstand', regionLabel: 'Sachsen', values: 3 }],
        updated: [
          {
            indicatorId: 2,
            name: 'Bevölkerungsstand',
            regionLabel: 'Erzgebirgskreis',
            added: ['2024-12-31'],
            changed: [
              {
                time: '2022-12-31',
                before: value('2022-12-31', 328850),
                after: value('2022-12-31', 328900),
              },
            ],
            unchanged: 1,
          },
          {
            indicatorId: 3,
            name: 'Geburten',
            regionLabel: '',
            added: [],
            changed: [],
            unchanged: 4,
          },
        ],
      }),
    ).toEqual([
      'Tabelle 12411-01-01-4: 1 Kennzahl neu, 1 Kennzahl aktualisiert, 1 Kennzahl unverändert.',
      'Neu: Bevölkerungsstand (Sachsen) mit 3 Werten',
      'Aktualisiert: Bevölkerungsstand (Erzgebirgskreis) – neu 31.12.2024; geändert 31.12.2022: 328.850 → 328.900',
    ]);
  });
});

describe('the indicator dialog’s value rows', () => {
  it('read German times and values, keep a stored time shown unchanged, skip empty rows', () => {
    const rows = [
      ...rowsOf([value('Zensus 2011', 80219695), value('2024-12-31', 11790, { quality: 'p' })]),
      { key: 900, time: '2025', value: '...' },
      { key: 901, time: '', value: '' },
    ];
    expect(readRows(rows)).toEqual({
      values: [
        value('Zensus 2011', 80219695),
        value('2024-12-31', 11790, { quality: 'p' }),
        value('2025', null, { flag: 'spaeter' }),
      ],
    });
  });

  it('name the field of each row that is no time or value, and a time given twice', () => {
    const read = readRows([
      { key: 1, time: 'gestern', value: '12' },
      { key: 2, time: '2024', value: 'zwölf' },
      { key: 3, time: '31.12.2024', value: '1' },
      { key: 4, time: '2024-12-31', value: '2' },
    ]);
    expect('errors' in read && Object.fromEntries(read.errors)).toEqual({
      1: { time: expect.stringMatching(/^Bitte ein Jahr \(2024\), einen Stichtag/) },
      2: { value: expect.stringMatching(/^Bitte eine Zahl/) },
      4: { time: '31.12.2024 steht schon in der Liste.' },
    });
  });
});
