// Chart data as a Kommunalprofil holds it (Musterstadt beside the Erzgebirgskreis and Sachsen), and
// a strict reader of the SVG the chart module writes.
import { SaxesParser } from 'saxes';
import type {
  AgeStructureData,
  IndexComparisonData,
  MigrationBalanceData,
  PopulationChartData,
} from '../../shared/charts';

const years = (from: number, values: (number | null)[]) =>
  values.map((value, i) => ({ time: String(from + i), value }));

export const population: PopulationChartData = {
  title: 'Bevölkerung der Stadt Musterstadt 2015–2024',
  unit: 'Personen',
  points: years(2015, [17210, 17105, 16980, 16890, 16760, 16655, 16480, 16390, 16120, 15890]),
  source: 'Statistisches Landesamt Sachsen, Bevölkerungsfortschreibung',
};

const ageGroups = [
  'unter 6',
  '6 bis unter 18',
  '18 bis unter 30',
  '30 bis unter 50',
  '50 bis unter 65',
  '65 bis unter 80',
  '80 und älter',
];
const byAge = (values: number[]) =>
  ageGroups.map((label, i) => ({ label, value: values[i] ?? null }));

export const ageStructure: AgeStructureData = {
  title: 'Altersstruktur der Bevölkerung 2015 und 2024',
  unit: 'Personen',
  label: '2024',
  groups: byAge([720, 1510, 1480, 3420, 4010, 3150, 1600]),
  comparison: { label: '2015', groups: byAge([810, 1590, 2090, 3900, 4220, 3230, 1370]) },
  source: 'Statistisches Landesamt Sachsen',
};

export const migration: MigrationBalanceData = {
  title: 'Wanderungssaldo nach Altersgruppen 2024',
  groups: [
    { label: 'unter 18', value: 42 },
    { label: '18 bis unter 25', value: -238 },
    { label: '25 bis unter 30', value: -61 },
    { label: '30 bis unter 50', value: 85 },
    { label: '50 bis unter 65', value: 12 },
    { label: '65 und älter', value: -27 },
  ],
  source: 'Statistisches Landesamt Sachsen, Wanderungsstatistik',
};

export const indexComparison: IndexComparisonData = {
  title: 'Bevölkerungsentwicklung im Vergleich',
  measure: 'die Einwohnerzahl',
  series: [
    {
      label: 'Musterstadt',
      points: years(2015, [17210, null, 16980, 16890, 16760, 16655, 16480, 16390, 16120, 15890]),
    },
    {
      label: 'Erzgebirgskreis',
      points: years(
        2015,
        [347665, 344000, 340500, 337700, 334900, 332000, 330100, 328850, 323400, 318394],
      ),
    },
    {
      label: 'Sachsen',
      points: years(
        2015,
        [4084851, 4081783, 4081308, 4077937, 4071971, 4056941, 4043002, 4086152, 4089154, 4042000],
      ),
    },
  ],
  source: 'Statistisches Landesamt Sachsen; Regionalstatistik (12411-01-01-4)',
};

export interface SvgElement {
  name: string;
  attributes: Record<string, string>;
  /** The element's own text (for <text>, <title>, <desc>), entities decoded. */
  text: string;
}

/** Parses an SVG strictly (saxes throws on anything not well-formed) into its flat list of elements. */
export function readSvg(svg: string): SvgElement[] {
  const parser = new SaxesParser({ xmlns: true });
  const elements: SvgElement[] = [];
  const open: SvgElement[] = [];
  let failure: Error | undefined;
  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.on('opentag', (tag) => {
    const attributes = Object.fromEntries(
      Object.values(tag.attributes).map((attribute) => [attribute.name, attribute.value]),
    );
    const element = { name: tag.local, attributes, text: '' };
    elements.push(element);
    open.push(element);
  });
  parser.on('text', (text) => {
    const current = open[open.length - 1];
    if (current) current.text += text;
  });
  parser.on('closetag', () => open.pop());
  parser.write(svg).close();
  if (failure) throw failure;
  return elements;
}

/** The drawn texts of a chart, in document order. */
export const drawnTexts = (svg: string): string[] =>
  readSvg(svg)
    .filter(({ name }) => name === 'text')
    .map(({ text }) => text);
