// The shared chart module: complete, strictly well-formed SVG with German numbers, source line,
// gaps for missing values and hostile titles made harmless; and the data stated in words.
import { describe, expect, it } from 'vitest';
import {
  ageStructureChart,
  chartSvg,
  describeAgeStructure,
  describeChart,
  describeIndexComparison,
  describeMigrationBalance,
  describePopulation,
  indexComparisonChart,
  migrationBalanceChart,
  populationChart,
} from '../../shared/charts';
import type { ChartSpec, IndexComparisonData, PopulationChartData } from '../../shared/charts';
import { textWidth } from '../../shared/charts/metrics';
import { formatDecimal, formatPercentChange, formatQuantity } from '../../shared/charts/numbers';
import { niceTicks } from '../../shared/charts/scale';
import { timeLabels } from '../../shared/charts/time';
import {
  ageStructure,
  drawnTexts,
  indexComparison,
  migration,
  population,
  readSvg,
} from '../support/charts';

const nbsp = '\u00a0';
const minus = '\u2212';

const pointsOf = (values: Record<string, number | null>) =>
  Object.entries(values).map(([time, value]) => ({ time, value }));

const series = (values: Record<string, number | null>): PopulationChartData => ({
  title: 'Bevölkerung',
  unit: 'Personen',
  source: 'Melderegister',
  points: pointsOf(values),
});

const indexed = (bySeries: Record<string, Record<string, number | null>>): IndexComparisonData => ({
  title: 'Index',
  source: 'Amt',
  series: Object.entries(bySeries).map(([label, values]) => ({ label, points: pointsOf(values) })),
});

const everyChart: ChartSpec[] = [
  { kind: 'population', ...population },
  { kind: 'ageStructure', ...ageStructure },
  { kind: 'migrationBalance', ...migration },
  { kind: 'indexComparison', ...indexComparison },
];

describe('German numbers', () => {
  it('groups thousands with a point, uses a decimal comma and a real minus sign', () => {
    expect(formatDecimal(17210)).toBe('17.210');
    expect(formatDecimal(12.5, 1)).toBe('12,5');
    expect(formatDecimal(1, 1)).toBe('1,0');
    expect(formatDecimal(-1234567.891, 2)).toBe(`${minus}1.234.567,89`);
    expect(formatDecimal(-0.04, 1)).toBe('0,0');
    expect(formatPercentChange(-7.66)).toBe(`${minus}7,7${nbsp}%`);
    expect(formatPercentChange(4.6)).toBe(`+4,6${nbsp}%`);
    expect(formatPercentChange(0.01)).toBe(`±0,0${nbsp}%`);
    expect(formatQuantity(12.5, '%')).toBe(`12,5${nbsp}%`);
    expect(formatQuantity(45.25, 'Jahre')).toBe(`45,25${nbsp}Jahre`);
    expect(formatQuantity(17210, 'Personen')).toBe('17.210');
  });

  it('picks round tick steps with the same decimals on every tick', () => {
    expect(niceTicks(15890, 17210, 3).values).toEqual([15500, 16000, 16500, 17000, 17500]);
    const small = niceTicks(0.3, 2.1);
    expect(small.values).toEqual([0, 0.5, 1, 1.5, 2, 2.5]);
    expect(small.decimals).toBe(1);
    expect(niceTicks(-238, 85).values).toEqual([-250, -200, -150, -100, -50, 0, 50, 100]);
  });

  it('labels Stichtage as years and other dates in full', () => {
    expect(timeLabels(['2015-12-31', '2024-12-31'])).toEqual(['2015', '2024']);
    expect(timeLabels(['2024-06-30', '2024-12-31'])).toEqual(['30.06.2024', '31.12.2024']);
    expect(timeLabels(['2024', '2024-03'])).toEqual(['2024', '03/2024']);
  });
});

describe('chart SVG', () => {
  it.each(everyChart)(
    '$kind is a complete, strictly well-formed SVG with title, alt text and source',
    (spec) => {
      const svg = chartSvg(spec);
      const elements = readSvg(svg);
      const root = elements[0];
      expect(root?.name).toBe('svg');
      expect(root?.attributes).toMatchObject({
        xmlns: 'http://www.w3.org/2000/svg',
        role: 'img',
        width: '640',
      });
      expect(root?.attributes.viewBox).toMatch(/^0 0 640 \d+$/);
      expect(root?.attributes['font-family']).toMatch(
        /^'Liberation Sans', Arial, Helvetica, sans-serif$/,
      );
      expect(elements.find(({ name }) => name === 'title')?.text).toBe(spec.title);
      expect(elements.find(({ name }) => name === 'desc')?.text).toBe(describeChart(spec));
      const texts = drawnTexts(svg);
      expect(texts).toContain(spec.title);
      expect(texts).toContain(`Quelle: ${spec.source}`);
    },
  );

  it('writes axis ticks and values in German format', () => {
    expect(drawnTexts(populationChart(population))).toEqual(
      expect.arrayContaining([
        '17.500',
        '17.000',
        '16.500',
        '16.000',
        '17.210',
        '15.890',
        '2015',
        '2024',
      ]),
    );
    expect(drawnTexts(migrationBalanceChart(migration))).toEqual(
      expect.arrayContaining([`${minus}250`, `${minus}200`, '0', '100', `${minus}238`, '+85']),
    );
    const index = drawnTexts(indexComparisonChart(indexComparison));
    expect(index).toEqual(
      expect.arrayContaining(['Index, 2015 = 100', '100', '92', '90', 'Musterstadt', 'Sachsen']),
    );
  });

  it('draws a missing value as a gap in the line, not as a zero', () => {
    const svg = populationChart(
      series({ 2018: 100, 2019: 110, 2020: null, 2021: 120, 2022: 125, 2023: 130 }),
    );
    const elements = readSvg(svg);
    const lines = elements.filter(
      ({ name, attributes }) => name === 'path' && attributes.fill === 'none',
    );
    expect(lines).toHaveLength(2);
    expect(lines.map(({ attributes }) => attributes.d?.match(/[ML]/g)?.length)).toEqual([2, 3]);
    expect(elements.filter(({ name }) => name === 'circle')).toHaveLength(5);
    expect(drawnTexts(svg)).not.toContain('0');
  });

  it('marks a missing bar as "k. A." instead of drawing it at zero', () => {
    const bars = drawnTexts(populationChart(series({ 2011: 17900, 2022: null, 2024: 15890 })));
    expect(bars).toEqual(expect.arrayContaining(['17.900', 'k. A.', '15.890']));
    const ages = ageStructureChart({
      ...ageStructure,
      groups: [{ label: 'unter 6', value: null }],
      comparison: undefined,
    });
    expect(drawnTexts(ages)).toContain('k. A.');
  });

  it('escapes hostile titles and labels and cuts long ones with an ellipsis', () => {
    const hostile = `<script>alert("x")</script> & 'Ärger' 🏘️ \u0007\ufffe${' sehr lang'.repeat(30)}`;
    const svg = indexComparisonChart({
      ...indexComparison,
      title: hostile,
      source: '<b>Amt</b> & "Co"',
      series: indexComparison.series.map((one, i) => ({
        ...one,
        label: i === 0 ? `${hostile}]]>` : one.label,
      })),
    });
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('\ufffe');
    const elements = readSvg(svg);
    const cleaned = hostile.replace('\u0007', '').replace('\ufffe', '');
    expect(elements.find(({ name }) => name === 'title')?.text).toBe(cleaned);
    const drawnTitle = drawnTexts(svg)[0] ?? '';
    expect(drawnTitle.startsWith(`<script>alert("x")</script> & 'Ärger' 🏘️`)).toBe(true);
    expect(drawnTitle.endsWith('…')).toBe(true);
    expect(textWidth(drawnTitle, 15, 'bold')).toBeLessThanOrEqual(608);
    expect(drawnTexts(svg)).toContain('Quelle: <b>Amt</b> & "Co"');
  });

  it('leaves out time labels that would overlap, but keeps the first and the last', () => {
    const years = Object.fromEntries(Array.from({ length: 45 }, (_, i) => [1980 + i, 1000 + i]));
    const labels = drawnTexts(populationChart(series(years))).filter((text) =>
      /^\d{4}$/.test(text),
    );
    expect(labels.length).toBeLessThan(45);
    expect(labels.length).toBeGreaterThan(8);
    expect(labels[0]).toBe('1980');
    expect(labels.at(-1)).toBe('2024');
  });

  it('writes the source line once, and says when the source is missing', () => {
    expect(
      drawnTexts(populationChart({ ...population, source: ' Quelle: Melderegister ' })),
    ).toContain('Quelle: Melderegister');
    expect(drawnTexts(populationChart({ ...population, source: '' }))).toContain(
      'Quelle: nicht angegeben',
    );
  });

  it('says so when there is nothing to draw', () => {
    for (const svg of [
      populationChart(series({})),
      indexComparisonChart({ ...indexComparison, series: [] }),
      migrationBalanceChart({ ...migration, groups: [{ label: 'alle', value: null }] }),
    ]) {
      readSvg(svg);
      expect(drawnTexts(svg)).toContain('Keine Werte vorhanden');
    }
  });

  it('keeps a fifth series apart from the first by hollow markers', () => {
    const five = Array.from({ length: 5 }, (_, i) => ({
      label: `Reihe ${i + 1}`,
      points: [
        { time: '2020', value: 10 + i },
        { time: '2024', value: 12 },
      ],
    }));
    const circles = readSvg(indexComparisonChart({ ...indexComparison, series: five })).filter(
      ({ name }) => name === 'circle',
    );
    expect(circles.some(({ attributes }) => attributes.fill === '#ffffff')).toBe(true);
    expect(circles.some(({ attributes }) => attributes.fill === '#1f4e79')).toBe(true);
  });
});

describe('alt text', () => {
  it('states a falling series with both ends and the change', () => {
    expect(describePopulation(population)).toBe(
      `Die Einwohnerzahl sank von 17.210 (2015) auf 15.890 (2024), ${minus}7,7${nbsp}%.`,
    );
  });

  it('states a rising series, and a peak between the ends', () => {
    expect(describePopulation(series({ 2020: 100, 2022: 130, 2024: 120 }))).toBe(
      `Die Einwohnerzahl stieg von 100 (2020) auf 120 (2024), +20,0${nbsp}%. Höchster Wert: 130 (2022).`,
    );
  });

  it('states a flat and a nearly flat series as such', () => {
    expect(describePopulation(series({ 2020: 500, 2024: 500 }))).toBe(
      'Die Einwohnerzahl lag 2020 und 2024 bei 500.',
    );
    expect(describePopulation(series({ 2020: 10000, 2024: 10002 }))).toBe(
      'Die Einwohnerzahl blieb nahezu unverändert: 10.000 (2020) und 10.002 (2024).',
    );
  });

  it('states a single value, and says when there is none', () => {
    expect(describePopulation(series({ 2024: 15890 }))).toBe(
      'Die Einwohnerzahl betrug 15.890 (2024).',
    );
    expect(describePopulation(series({ 2024: null }))).toBe(
      'Für dieses Diagramm liegen keine Werte vor.',
    );
  });

  it('compares the ends that have values and names the missing years', () => {
    expect(
      describePopulation(series({ 2018: null, 2019: 200, 2020: null, 2021: 150, 2022: null })),
    ).toBe(
      `Die Einwohnerzahl sank von 200 (2019) auf 150 (2021), ${minus}25,0${nbsp}%. Keine Werte für 2018, 2020 und 2022.`,
    );
  });

  it('gives shares in percentage points', () => {
    const shares = {
      ...series({ 2015: 22.4, 2024: 27.9 }),
      unit: '%',
      subject: 'Der Anteil der über 65-Jährigen',
    };
    expect(describePopulation(shares)).toBe(
      `Der Anteil der über 65-Jährigen stieg von 22,4${nbsp}% (2015) auf 27,9${nbsp}% (2024), +5,5 Prozentpunkte.`,
    );
  });

  it('compares the series of an index chart since their common base year', () => {
    expect(describeIndexComparison(indexComparison)).toBe(
      `Von 2015 bis 2024 (Index 2015 = 100) veränderte sich die Einwohnerzahl für Musterstadt um ${minus}7,7${nbsp}%, für Erzgebirgskreis um ${minus}8,4${nbsp}% und für Sachsen um ${minus}1,0${nbsp}%. Am stärksten sank die Einwohnerzahl für Erzgebirgskreis.`,
    );
    const late = indexed({ A: { 2015: null, 2018: 50, 2020: 55 }, B: { 2018: 10, 2020: 9 } });
    expect(describeIndexComparison(late)).toMatch(
      /^Von 2018 bis 2020 \(Index 2018 = 100\) veränderte sich der Wert für A um \+10,0\u00a0% und für B um −10,0\u00a0%\.$/,
    );
  });

  it('marks a series that ends early, and says when the series share no year', () => {
    const shorter = indexed({ Stadt: { 2015: 100, 2024: 90 }, Kreis: { 2015: 50, 2022: 55 } });
    expect(describeIndexComparison(shorter)).toBe(
      `Von 2015 bis 2024 (Index 2015 = 100) veränderte sich der Wert für Stadt um ${minus}10,0${nbsp}% und für Kreis um +10,0${nbsp}% (bis 2022).`,
    );
    const apart = indexed({ Stadt: { 2015: 100 }, Kreis: { 2022: 55 } });
    expect(describeIndexComparison(apart)).toMatch(/keinen gemeinsamen Zeitpunkt/);
    expect(drawnTexts(indexComparisonChart(apart))).toContain(
      'Kein gemeinsames Jahr – kein Index möglich',
    );
  });

  it('reads points in time order whatever order they come in', () => {
    expect(
      describePopulation({
        ...population,
        points: [
          { time: '2024', value: 15890 },
          { time: '2015', value: 17210 },
        ],
      }),
    ).toMatch(/^Die Einwohnerzahl sank von 17\.210 \(2015\) auf 15\.890 \(2024\)/);
  });

  it('names the largest and smallest age group and the strongest changes', () => {
    expect(describeAgeStructure(ageStructure)).toBe(
      `2024: Die größte Altersgruppe ist „50 bis unter 65“ mit 4.010 (25,2${nbsp}%), die kleinste „unter 6“ mit 720 (4,5${nbsp}%). Gegenüber 2015 wuchs „80 und älter“ am stärksten (+230) und schrumpfte „18 bis unter 30“ am stärksten (${minus}610).`,
    );
  });

  it('names the age groups with the largest migration gains and losses', () => {
    expect(describeMigrationBalance(migration)).toBe(
      `Der Wanderungssaldo ist insgesamt negativ (${minus}187). Die größten Gewinne haben „30 bis unter 50“ (+85) und „unter 18“ (+42). Die größten Verluste haben „18 bis unter 25“ (${minus}238) und „25 bis unter 30“ (${minus}61).`,
    );
  });
});
