// A Kommunalprofil chart as the chart module draws it: the chart's indicators turned into the data
// of its kind, with short labels, the source line and the subject its alt text speaks of. The
// screen and the Werkstattplan build their charts here, so both show the same.
import type { ChartSpec, TimePoint } from '../charts';
import { citation } from './format';
import { distinctLabels } from './names';
import { formatTime, sortTimes } from './time';
import type { Indicator, ProfileChart } from './types';

export const chartKindLabels: Record<ProfileChart['kind'], string> = {
  population: 'Verlauf über die Zeit',
  ageStructure: 'Altersstruktur (Balken nach Altersgruppen)',
  migrationBalance: 'Wanderungssaldo nach Altersgruppen',
  indexComparison: 'Vergleich als Index (erstes Jahr = 100)',
};

/** Counts of people are spoken of as "die Einwohnerzahl", anything else by its name. */
export const isPopulation = (indicator: Pick<Indicator, 'name'>): boolean =>
  /bev[öo]lkerung|einwohner/i.test(indicator.name);

const points = (indicator: Indicator): TimePoint[] =>
  indicator.values.map(({ time, value }) => ({ time, value }));

const valueAt = (indicator: Indicator, time: string): number | null =>
  indicator.values.find((value) => value.time === time)?.value ?? null;

/** Every source once, as cited under a chart. */
export function chartSource(indicators: readonly Indicator[]): string {
  return [...new Set(indicators.map(citation).filter(Boolean))].join('; ');
}

/** The times any of the indicators has a value for, in order. */
export function chartTimes(indicators: readonly Indicator[]): string[] {
  return sortTimes(
    indicators.flatMap((indicator) =>
      indicator.values.filter((value) => value.value !== null).map((value) => value.time),
    ),
  );
}

/** Series labels: the regions when they tell the series apart, else what differs in the names. */
function seriesLabels(indicators: readonly Indicator[]): string[] {
  const regions = indicators.map((indicator) => indicator.regionLabel.trim());
  if (regions.every(Boolean) && new Set(regions).size === regions.length) return regions;
  return distinctLabels(indicators.map((indicator) => indicator.name));
}

/** The chart's indicators in its order; null when none of them is left. */
export function chartIndicators(
  chart: ProfileChart,
  indicators: ReadonlyMap<number, Indicator>,
): Indicator[] {
  return chart.indicatorIds.flatMap((id) => {
    const indicator = indicators.get(id);
    return indicator ? [indicator] : [];
  });
}

/** The chart as the chart module takes it; null when it has no indicator left. */
export function chartSpec(
  chart: ProfileChart,
  indicators: ReadonlyMap<number, Indicator>,
): ChartSpec | null {
  const members = chartIndicators(chart, indicators);
  const first = members[0];
  if (!first) return null;
  const common = { title: chart.title, source: chartSource(members) };
  const measure = isPopulation(first) ? 'die Einwohnerzahl' : `die Kennzahl „${first.name}“`;
  switch (chart.kind) {
    case 'population':
      return {
        kind: 'population',
        ...common,
        unit: first.unit,
        points: points(first),
        subject: isPopulation(first) ? 'Die Einwohnerzahl' : `Die Kennzahl „${first.name}“`,
      };
    case 'indexComparison': {
      const labels = seriesLabels(members);
      return {
        kind: 'indexComparison',
        ...common,
        measure,
        series: members.map((indicator, i) => ({
          label: labels[i] ?? indicator.name,
          points: points(indicator),
        })),
      };
    }
    case 'ageStructure':
    case 'migrationBalance': {
      const labels = distinctLabels(members.map((indicator) => indicator.name));
      const time = chart.time || (chartTimes(members).at(-1) ?? '');
      const groupsAt = (at: string) =>
        members.map((indicator, i) => ({
          label: labels[i] ?? indicator.name,
          value: valueAt(indicator, at),
        }));
      if (chart.kind === 'migrationBalance') {
        return { kind: 'migrationBalance', ...common, unit: first.unit, groups: groupsAt(time) };
      }
      const compare = chart.comparisonTime && chart.comparisonTime !== time;
      return {
        kind: 'ageStructure',
        ...common,
        unit: first.unit,
        label: formatTime(time),
        groups: groupsAt(time),
        ...(compare && {
          comparison: {
            label: formatTime(chart.comparisonTime),
            groups: groupsAt(chart.comparisonTime),
          },
        }),
      };
    }
  }
}
