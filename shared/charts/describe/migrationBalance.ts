// The migration balance in words: the total, and the age groups that gained and lost most.
import type { MigrationBalanceData } from '../data';
import { hasValue } from '../series';
import { formatDifference, germanList, largestBy, noValues, quoted } from './words';

/** How many groups a sentence names at most on each side. */
const named = 2;

interface Balance {
  label: string;
  value: number;
}

function strongest(groups: Balance[], sign: 1 | -1): Balance[] {
  const side = groups.filter(({ value }) => value * sign > 0);
  const picked: Balance[] = [];
  while (picked.length < named) {
    const next = largestBy(
      side.filter((group) => !picked.includes(group)),
      ({ value }) => value * sign,
    );
    if (!next) break;
    picked.push(next);
  }
  return picked;
}

export function describeMigrationBalance(data: MigrationBalanceData): string {
  const unit = data.unit ?? 'Personen';
  const known = data.groups.flatMap(({ label, value }) =>
    hasValue(value) ? [{ label, value }] : [],
  );
  if (known.length === 0) return noValues;
  const total = known.reduce((sum, { value }) => sum + value, 0);
  const amount = (value: number) => formatDifference(value, unit);
  const direction = total > 0 ? 'positiv' : total < 0 ? 'negativ' : 'ausgeglichen';
  const list = (groups: Balance[]) =>
    germanList(groups.map(({ label, value }) => `${quoted(label)} (${amount(value)})`));
  const gains = strongest(known, 1);
  const losses = strongest(known, -1);
  const sentences = [`Der Wanderungssaldo ist insgesamt ${direction} (${amount(total)}).`];
  sentences.push(
    gains.length
      ? `Die größten Gewinne ${gains.length > 1 ? 'haben' : 'hat'} ${list(gains)}.`
      : 'Keine Altersgruppe gewinnt durch Wanderung.',
  );
  sentences.push(
    losses.length
      ? `Die größten Verluste ${losses.length > 1 ? 'haben' : 'hat'} ${list(losses)}.`
      : 'Keine Altersgruppe verliert durch Wanderung.',
  );
  const missing = data.groups
    .filter(({ value }) => !hasValue(value))
    .map(({ label }) => quoted(label));
  if (missing.length) sentences.push(`Keine Werte für ${germanList(missing)}.`);
  return sentences.join(' ');
}
