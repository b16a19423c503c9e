// A time series in words: where it started, where it ended, by how much it changed, a peak or low
// between, and the years without a value.
import { formatQuantity } from '../numbers';
import type { PopulationChartData } from '../data';
import { hasValue, normalisePoints } from '../series';
import { timeLabels } from '../time';
import { formatChange, germanList, largestBy, noValues, plain } from './words';

interface Known {
  value: number;
  label: string;
}

/** "17.210 (2015)". */
const at = ({ value, label }: Known, unit: string) => `${formatQuantity(value, unit)} (${label})`;

function trend(who: string, first: Known, last: Known, unit: string, count: number): string {
  const change = formatChange(first.value, last.value, unit);
  if (count === 1) return `${who} betrug ${at(first, unit)}.`;
  if (first.value === last.value)
    return `${who} lag ${first.label} und ${last.label} bei ${formatQuantity(first.value, unit)}.`;
  if (change?.startsWith('±'))
    return `${who} blieb nahezu unverändert: ${at(first, unit)} und ${at(last, unit)}.`;
  const verb = last.value > first.value ? 'stieg' : 'sank';
  return `${who} ${verb} von ${at(first, unit)} auf ${at(last, unit)}${change ? `, ${change}` : ''}.`;
}

export function describePopulation({ points, unit, subject }: PopulationChartData): string {
  const series = normalisePoints(points);
  const labels = timeLabels(series.map(({ time }) => time));
  const known = series.flatMap(({ value }, i) =>
    hasValue(value) ? [{ value, label: labels[i] ?? '' }] : [],
  );
  const first = known[0];
  const last = known[known.length - 1];
  if (!first || !last) return noValues;
  const sentences = [trend(plain(subject ?? 'Die Einwohnerzahl'), first, last, unit, known.length)];

  // A peak or a low between the ends is part of what the line shows.
  const between = known.slice(1, -1);
  const highest = largestBy(between, ({ value }) => value);
  const lowest = largestBy(between, ({ value }) => -value);
  if (highest && highest.value > Math.max(first.value, last.value))
    sentences.push(`Höchster Wert: ${at(highest, unit)}.`);
  if (lowest && lowest.value < Math.min(first.value, last.value))
    sentences.push(`Niedrigster Wert: ${at(lowest, unit)}.`);

  const missing = series.flatMap(({ value }, i) => (hasValue(value) ? [] : [labels[i] ?? '']));
  if (missing.length) sentences.push(`Keine Werte für ${germanList(missing)}.`);
  return sentences.join(' ');
}
