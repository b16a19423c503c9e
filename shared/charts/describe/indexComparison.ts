// The index comparison in words: each series' change since the common base year, and which fell
// (or rose) most, e.g. "Von 2015 bis 2024 (Index 2015 = 100) veränderte sich die Einwohnerzahl für
// Musterstadt um −7,7 %, für Erzgebirgskreis um −8,4 % …".
import type { IndexComparisonData } from '../data';
import type { Indexed } from '../indexSeries';
import { indexSeries } from '../indexSeries';
import { formatPercentChange } from '../numbers';
import { hasValue } from '../series';
import { timeLabels } from '../time';
import { germanList, largestBy, noValues, plain } from './words';

interface Change {
  label: string;
  /** Percent since the base. */
  change: number;
  /** Position of the series' last value in `Indexed.times`. */
  until: number;
}

/** The change of each series from the base to its last value. */
function changesSinceBase({ series }: Indexed): Change[] {
  return series.flatMap(({ label, values }) => {
    const until = values.findLastIndex(hasValue);
    const last = values[until];
    return hasValue(last) ? [{ label: plain(label), change: last - 100, until }] : [];
  });
}

/** "Am stärksten sank der Wert für A." when two or more series went that way. */
function strongest(changes: Change[], sign: 1 | -1, verb: string, measure: string): string {
  const moved = changes.filter(({ change }) => Math.round(change * 10) * sign > 0);
  const most = largestBy(moved, ({ change }) => change * sign);
  return moved.length > 1 && most ? `Am stärksten ${verb} ${measure} für ${most.label}.` : '';
}

export function describeIndexComparison(data: IndexComparisonData): string {
  const indexed = indexSeries(data.series);
  if (!indexed.hasValues) return noValues;
  const labels = timeLabels(indexed.times);
  const baseAt = indexed.baseTime === null ? -1 : indexed.times.indexOf(indexed.baseTime);
  const base = labels[baseAt];
  if (base === undefined)
    return 'Die Reihen haben keinen gemeinsamen Zeitpunkt mit Werten, daher lässt sich kein Index bilden.';
  const changes = changesSinceBase(indexed);
  const endAt = Math.max(...changes.map(({ until }) => until));
  const end = labels[endAt];
  if (endAt <= baseAt || end === undefined)
    return `Index ${base} = 100; für spätere Zeitpunkte liegen keine Werte vor.`;
  const measure = plain(data.measure ?? 'der Wert');
  const items = changes.map(
    ({ label, change, until }) =>
      `für ${label} um ${formatPercentChange(change)}${until === endAt ? '' : ` (bis ${labels[until]})`}`,
  );
  return [
    `Von ${base} bis ${end} (Index ${base} = 100) veränderte sich ${measure} ${germanList(items)}.`,
    strongest(changes, -1, 'sank', measure),
    strongest(changes, 1, 'stieg', measure),
  ]
    .filter(Boolean)
    .join(' ');
}
