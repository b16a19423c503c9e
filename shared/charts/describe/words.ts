// Pieces of the German sentences that state a chart's data in words (its alt text).
import { cleanText } from '../../cleanText';
import { formatPercentChange, formatQuantity, formatSigned } from '../numbers';

/** A user's text inside a sentence, cleaned of what XML (and so Word) forbids. */
export const plain = (label: string): string => cleanText(label, { multiLine: false }).trim();

/** A user's label inside a sentence, in German quotes. */
export const quoted = (label: string): string => `„${plain(label)}“`;

/** "a", "a und b", "a, b und c". */
export function germanList(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} und ${items[items.length - 1]}`;
}

export const isPercentUnit = (unit: string): boolean => /^(%|prozent)$/i.test(unit.trim());

/** A signed difference in the chart's unit: "+85", "−2,0 Prozentpunkte", "+1,5 Jahre". */
export function formatDifference(value: number, unit: string): string {
  if (isPercentUnit(unit)) return `${formatSigned(Math.round(value * 10) / 10)} Prozentpunkte`;
  const quantity = formatQuantity(Math.abs(value), unit);
  return `${value < 0 ? '\u2212' : value > 0 ? '+' : '±'}${quantity}`;
}

/**
 * The change from first to last as the reader weighs it: percentage points for shares, else the
 * relative change ("−7,7 %"); undefined when the start is zero and no percentage exists.
 */
export function formatChange(first: number, last: number, unit: string): string | undefined {
  if (isPercentUnit(unit)) return formatDifference(last - first, unit);
  if (first === 0) return undefined;
  return formatPercentChange(((last - first) / Math.abs(first)) * 100);
}

/** The item whose key is largest (first of equals); undefined for none. */
export function largestBy<T>(items: T[], key: (item: T) => number): T | undefined {
  return items.reduce<T | undefined>(
    (best, item) => (best === undefined || key(item) > key(best) ? item : best),
    undefined,
  );
}

export const noValues = 'Für dieses Diagramm liegen keine Werte vor.';
