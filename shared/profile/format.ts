// Indicator values as a German reader sees them in the Kennzahlen table and the plan: numbers with
// grouped thousands, the offices' symbols instead of numbers, quality marks after them, and the
// legend ("Zeichenerklärung") of every symbol and mark a table uses.
import { formatNumber } from '../plan';
import { qualityLabels, specialValueLabels, specialValueSymbols } from '../statistics';
import type { SpecialValue } from '../statistics';
import type { IndicatorValue } from './types';

/** "347.665", "31,9", "...", "(1.234)", "16.120 p", "-" (nichts vorhanden). */
export function formatIndicatorValue({ value, flag, quality }: IndicatorValue): string {
  const mark = quality ? `\u00a0${quality}` : '';
  if (flag === 'eingeschraenkt') return value === null ? '()' : `(${formatNumber(value)})${mark}`;
  if (flag) return specialValueSymbols[flag];
  return value === null ? '' : `${formatNumber(value)}${mark}`;
}

/** The symbols and marks among `values`, each explained once, in the offices' order. */
export function valueLegend(values: Iterable<IndicatorValue>): string[] {
  const flags = new Set<SpecialValue>();
  const marks = new Set<string>();
  for (const { flag, quality } of values) {
    if (flag) flags.add(flag);
    if (quality) marks.add(quality);
  }
  const symbols = (Object.keys(specialValueLabels) as SpecialValue[])
    .filter((flag) => flags.has(flag))
    .map((flag) => `${specialValueSymbols[flag]} = ${specialValueLabels[flag]}`);
  const qualities = [...marks]
    .sort()
    .map((mark) => `${mark} = ${qualityLabels[mark] ?? 'Qualitätskennzeichen der Statistik'}`);
  return [...symbols, ...qualities];
}

/** The source as cited under a table or chart: "<Herausgeber>, Tabelle 12411-01-01-4". */
export function citation({ source, tableCode }: { source: string; tableCode: string }): string {
  const publisher = source.trim();
  if (!tableCode) return publisher;
  return publisher ? `${publisher}, Tabelle ${tableCode}` : `Tabelle ${tableCode}`;
}
