// The chart module shared by the Kommunalprofil screen and the Word export: plain data in, a
// complete SVG (and the same data in words for alt text) out.
import { ageStructureChart } from './ageStructure';
import type {
  AgeStructureData,
  IndexComparisonData,
  MigrationBalanceData,
  PopulationChartData,
} from './data';
import { describeAgeStructure } from './describe/ageStructure';
import { describeIndexComparison } from './describe/indexComparison';
import { describeMigrationBalance } from './describe/migrationBalance';
import { describePopulation } from './describe/population';
import { indexComparisonChart } from './indexComparison';
import { migrationBalanceChart } from './migrationBalance';
import { populationChart } from './population';

export type {
  AgeGroup,
  AgeStructureData,
  IndexComparisonData,
  IndexSeriesInput,
  MigrationBalanceData,
  PopulationChartData,
  TimePoint,
} from './data';
export { formatDecimal, formatPercent, formatPercentChange, formatValue } from './numbers';
export {
  ageStructureChart,
  describeAgeStructure,
  describeIndexComparison,
  describeMigrationBalance,
  describePopulation,
  indexComparisonChart,
  migrationBalanceChart,
  populationChart,
};

/** The data each kind of chart takes. */
interface ChartData {
  population: PopulationChartData;
  ageStructure: AgeStructureData;
  migrationBalance: MigrationBalanceData;
  indexComparison: IndexComparisonData;
}

export type ChartKind = keyof ChartData;

/** Any chart, by kind: what an indicator's chart setting can store. */
export type ChartSpec = { [K in ChartKind]: { kind: K } & ChartData[K] }[ChartKind];

const charts: {
  [K in ChartKind]: { draw(data: ChartData[K]): string; describe(data: ChartData[K]): string };
} = {
  population: { draw: populationChart, describe: describePopulation },
  ageStructure: { draw: ageStructureChart, describe: describeAgeStructure },
  migrationBalance: { draw: migrationBalanceChart, describe: describeMigrationBalance },
  indexComparison: { draw: indexComparisonChart, describe: describeIndexComparison },
};

/** The chart as a complete SVG document. */
export function chartSvg<K extends ChartKind>(spec: { kind: K } & ChartData[K]): string {
  return charts[spec.kind].draw(spec);
}

/** The chart's data in German words, for alt text and captions. */
export function describeChart<K extends ChartKind>(spec: { kind: K } & ChartData[K]): string {
  return charts[spec.kind].describe(spec);
}
