// German numbers as charts and their alt texts print them: fixed decimals, a real minus sign (U+2212),
// percentages with a no-break space. Built on the plan's formatNumber, so there is one grouping rule.
import { formatNumber } from '../plan';

const minus = '\u2212';
const noBreakSpace = '\u00a0';

/** formatNumber keeps at most two decimals; charts never need more. */
const maxFractionDigits = 2;

/** "17.210", "12,5", "−7,7"; exactly `fractionDigits` decimals (0–2). */
export function formatDecimal(value: number, fractionDigits = 0): string {
  const digits = Math.min(Math.max(0, Math.trunc(fractionDigits)), maxFractionDigits);
  const factor = 10 ** digits;
  const [whole = '0', fraction = ''] = formatNumber(Math.round(value * factor) / factor).split(',');
  const padded = digits > 0 ? `${whole},${fraction.padEnd(digits, '0')}` : whole;
  return padded.replace('-', minus);
}

/** Decimals that show a value as it is, up to two: 17210 → 0, 12.5 → 1, 0.25 → 2. */
export function decimalsOf(value: number): number {
  for (let digits = 0; digits < maxFractionDigits; digits++) {
    const scaled = value * 10 ** digits;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-6) return digits;
  }
  return maxFractionDigits;
}

/** Decimals that show every one of the values, so labels side by side line up. */
export const commonDecimals = (values: number[]): number => Math.max(0, ...values.map(decimalsOf));

/** A value as it is, with no more decimals than it has (at most two): "17.210", "45,25". */
export const formatValue = (value: number): string => formatDecimal(value, decimalsOf(value));

/** "12,5 %". */
export const formatPercent = (value: number, fractionDigits = 1): string =>
  `${formatDecimal(value, fractionDigits)}${noBreakSpace}%`;

/** A change with its sign: "+4,6 %", "−7,7 %", "±0,0 %". */
export function formatPercentChange(value: number): string {
  const text = formatPercent(value);
  if (text.startsWith(minus)) return text;
  return `${/^0,0\u00a0%$/.test(text) ? '±' : '+'}${text}`;
}

/** A difference with its sign: "+85", "−240", "±0". */
export function formatSigned(value: number, fractionDigits = decimalsOf(value)): string {
  const text = formatDecimal(value, fractionDigits);
  if (text.startsWith(minus)) return text;
  return `${/^[0,]+$/.test(text) ? '±' : '+'}${text}`;
}

// Units that only say "this is a count": the number alone reads better in a sentence.
const countUnits = new Set(['', 'anzahl', 'personen', 'einwohner', 'einwohnerinnen und einwohner']);

/** A value with its unit for a sentence: "17.210", "12,5 %", "45,3 Jahre". */
export function formatQuantity(value: number, unit: string): string {
  const trimmed = unit.trim();
  if (trimmed === '%' || trimmed.toLowerCase() === 'prozent') return formatPercent(value);
  if (countUnits.has(trimmed.toLowerCase())) return formatValue(value);
  return `${formatValue(value)}${noBreakSpace}${trimmed}`;
}
