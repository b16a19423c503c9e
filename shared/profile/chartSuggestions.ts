// Charts the data suggests: the same series in several regions as an index comparison (Kommune
// first, then Kreis, Land, Deutschland), age groups of one table and region as an age structure or
// a migration balance, a population series over time. The user picks; nothing is drawn unasked.
import { isPopulation } from './chartSpec';
import { distinctLabels } from './names';
import type { Indicator, ProfileChart } from './types';

export interface ChartSuggestion {
  kind: ProfileChart['kind'];
  title: string;
  indicatorIds: number[];
  /** Age structure: the earliest time, drawn lighter beside the latest. */
  comparisonTime: string;
}

/** "Deutschland" last, then the shorter the code the larger the region. */
const specificity = (indicator: Indicator) =>
  indicator.regionCode === 'DG' ? 0 : indicator.regionCode.length;

const ageLabel =
  /(unter|bis unter|und mehr|und älter|und aelter)\s*\d*|\d+\s*(bis|-|–)\s*\d+|\d+\s*Jahre/i;
const balanceName = /saldo|wanderung|zuzüge|fortzüge/i;

function groupBy(indicators: Indicator[], key: (indicator: Indicator) => string) {
  const groups = new Map<string, Indicator[]>();
  for (const indicator of indicators) {
    const list = groups.get(key(indicator));
    if (list) list.push(indicator);
    else groups.set(key(indicator), [indicator]);
  }
  return [...groups.values()];
}

/** What a chart of this kind from these indicators is called unless the user names it. */
export function chartTitle(kind: ProfileChart['kind'], indicators: readonly Indicator[]): string {
  const first = indicators[0];
  if (!first) return '';
  const where = first.regionLabel ? ` – ${first.regionLabel}` : '';
  switch (kind) {
    case 'population':
      return `${first.name}${where}`;
    case 'ageStructure':
      return `Altersstruktur${where}`;
    case 'migrationBalance':
      return `Wanderungssaldo nach Altersgruppen${where}`;
    case 'indexComparison':
      return `${first.name} im Vergleich`;
  }
}

const timesWithValues = (indicator: Indicator) =>
  indicator.values.filter((value) => value.value !== null).map((value) => value.time);

function indexComparisons(imported: Indicator[]): ChartSuggestion[] {
  return groupBy(imported, (indicator) => `${indicator.tableCode}|${indicator.seriesKey}`)
    .filter((group) => new Set(group.map((indicator) => indicator.regionCode)).size > 1)
    .map((group) => {
      const ordered = [...group].sort((a, b) => specificity(b) - specificity(a)).slice(0, 4);
      return {
        kind: 'indexComparison' as const,
        title: chartTitle('indexComparison', ordered),
        indicatorIds: ordered.map((indicator) => indicator.id),
        comparisonTime: '',
      };
    });
}

function ageGroups(imported: Indicator[]): ChartSuggestion[] {
  return groupBy(imported, (indicator) => `${indicator.tableCode}|${indicator.regionCode}`)
    .map((group) => {
      const labels = distinctLabels(group.map((indicator) => indicator.name));
      return group.filter((_, i) => ageLabel.test(labels[i] ?? ''));
    })
    .filter((ages) => ages.length >= 3)
    .map((ages) => {
      const balance = ages.some((indicator) => balanceName.test(indicator.name));
      const kind = balance ? ('migrationBalance' as const) : ('ageStructure' as const);
      const times = ages.flatMap(timesWithValues).sort();
      return {
        kind,
        title: chartTitle(kind, ages),
        indicatorIds: ages.map((indicator) => indicator.id),
        comparisonTime: balance ? '' : (times[0] ?? ''),
      };
    });
}

const courseOf = (indicator: Indicator): ChartSuggestion => ({
  kind: 'population',
  title: chartTitle('population', [indicator]),
  indicatorIds: [indicator.id],
  comparisonTime: '',
});

function populationLines(indicators: Indicator[], charted: Set<number>): ChartSuggestion[] {
  return indicators
    .filter(
      (indicator) =>
        isPopulation(indicator) &&
        !charted.has(indicator.id) &&
        new Set(timesWithValues(indicator)).size >= 2,
    )
    .slice(0, 3)
    .map(courseOf);
}

/**
 * The chart an indicator gets when the user asks for one ("mit Diagramm"): the comparison with
 * the same series of other regions when there is one, else its course over time.
 */
export function chartFor(indicator: Indicator, indicators: Indicator[]): ChartSuggestion {
  if (indicator.seriesKey) {
    const comparison = indexComparisons(
      indicators.filter(
        (other) =>
          other.tableCode === indicator.tableCode && other.seriesKey === indicator.seriesKey,
      ),
    )[0];
    if (comparison) return comparison;
  }
  return courseOf(indicator);
}

/** What the data suggests and no chart shows yet. */
export function suggestCharts(indicators: Indicator[], charts: ProfileChart[]): ChartSuggestion[] {
  const imported = indicators.filter((indicator) => indicator.seriesKey !== '');
  const charted = new Set(charts.flatMap((chart) => chart.indicatorIds));
  const exists = (suggestion: ChartSuggestion) =>
    charts.some(
      (chart) =>
        chart.kind === suggestion.kind &&
        chart.indicatorIds.length === suggestion.indicatorIds.length &&
        suggestion.indicatorIds.every((id) => chart.indicatorIds.includes(id)),
    );
  const groups = ageGroups(imported);
  // An age group's own course is rarely what a plan shows; its group is suggested instead.
  const grouped = new Set(groups.flatMap((suggestion) => suggestion.indicatorIds));
  return [
    ...indexComparisons(imported),
    ...groups,
    ...populationLines(indicators, new Set([...charted, ...grouped])),
  ].filter((suggestion) => !exists(suggestion));
}
