// The age structure in words: the largest and the smallest group with their shares, and which group
// grew and which shrank most against the comparison year.
import { comparisonValues } from '../data';
import type { AgeStructureData } from '../data';
import { formatPercent, formatQuantity } from '../numbers';
import { hasValue } from '../series';
import {
  formatDifference,
  germanList,
  isPercentUnit,
  largestBy,
  noValues,
  plain,
  quoted,
} from './words';

function sizes(data: AgeStructureData): string | undefined {
  const known = data.groups.flatMap(({ label, value }) =>
    hasValue(value) ? [{ label, value }] : [],
  );
  const largest = largestBy(known, ({ value }) => value);
  const smallest = largestBy(known, ({ value }) => -value);
  if (!largest || !smallest) return undefined;
  const total = known.reduce((sum, { value }) => sum + value, 0);
  // A share of the whole only means something for counts that are all positive.
  const shares = !isPercentUnit(data.unit) && total > 0 && known.every(({ value }) => value >= 0);
  const amount = (value: number) =>
    `${formatQuantity(value, data.unit)}${shares ? ` (${formatPercent((value / total) * 100)})` : ''}`;
  const year = data.label && plain(data.label) ? `${plain(data.label)}: ` : '';
  if (known.length === 1)
    return `${year}Die Altersgruppe ${quoted(largest.label)} umfasst ${amount(largest.value)}.`;
  return `${year}Die größte Altersgruppe ist ${quoted(largest.label)} mit ${amount(largest.value)}, die kleinste ${quoted(smallest.label)} mit ${amount(smallest.value)}.`;
}

function changes(data: AgeStructureData): string | undefined {
  const before = comparisonValues(data);
  if (!before || !data.comparison) return undefined;
  const differences = data.groups.flatMap(({ label, value }, i) => {
    const earlier = before[i];
    return hasValue(value) && hasValue(earlier) ? [{ label, change: value - earlier }] : [];
  });
  const grew = largestBy(differences, ({ change }) => change);
  const shrank = largestBy(differences, ({ change }) => -change);
  const clauses = [
    grew && grew.change > 0
      ? `wuchs ${quoted(grew.label)} am stärksten (${formatDifference(grew.change, data.unit)})`
      : '',
    shrank && shrank.change < 0
      ? `schrumpfte ${quoted(shrank.label)} am stärksten (${formatDifference(shrank.change, data.unit)})`
      : '',
  ].filter(Boolean);
  if (clauses.length === 0) return undefined;
  return `Gegenüber ${plain(data.comparison.label)} ${germanList(clauses)}.`;
}

export function describeAgeStructure(data: AgeStructureData): string {
  const overview = sizes(data);
  if (!overview) return noValues;
  const missing = data.groups
    .filter(({ value }) => !hasValue(value))
    .map(({ label }) => quoted(label));
  return [overview, changes(data), missing.length ? `Keine Werte für ${germanList(missing)}.` : '']
    .filter(Boolean)
    .join(' ');
}
