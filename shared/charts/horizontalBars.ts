// Bars that run sideways, one row per category (age groups): long labels stay readable on the left,
// negative values run left of zero, and every bar carries its value.
import { gridlinesX } from './axes';
import type { Frame } from './frame';
import { emptyNotice } from './frame';
import { textWidth } from './metrics';
import { commonDecimals, formatDecimal, formatSigned } from './numbers';
import { barTicks, linear } from './scale';
import { hasValue } from './series';
import { rect, text } from './svg';
import { fitText } from './text';
import { chartHeight, fontSizes, palette } from './theme';

export interface Bar {
  value: number | null;
  color: string;
}

export interface BarRow {
  label: string;
  /** One bar, or two side by side (a comparison year first). */
  bars: Bar[];
}

const maxLabelWidth = 170;
const rowHeight = (barsPerRow: number) => (barsPerRow > 1 ? 30 : 22);
/** Room above the plot (title, subtitle, a legend row) and below it (axis labels, source). */
const chrome = { above: 84, below: 56 };

/** The height that gives every row room, and never less than the standard chart height. */
export function barChartHeight(rows: number, barsPerRow: number): number {
  return Math.max(chartHeight, chrome.above + rows * rowHeight(barsPerRow) + chrome.below);
}

export interface BarOptions {
  /** Values carry their sign ("+85", "−238"), as a balance does. */
  signed?: boolean;
}

export function horizontalBars(
  rows: BarRow[],
  frame: Frame,
  { signed }: BarOptions = {},
): string[] {
  const values = rows.flatMap(({ bars }) => bars.map(({ value }) => value)).filter(hasValue);
  const decimals = commonDecimals(values);
  const formatBarValue = (value: number) =>
    signed ? formatSigned(value, decimals) : formatDecimal(value, decimals);
  const ticks = barTicks(values);
  const valueRoom =
    Math.max(24, ...values.map((v) => textWidth(formatBarValue(v), fontSizes.value))) + 8;
  const labels = rows.map(({ label }) =>
    fitText(label, maxLabelWidth, { fontSize: fontSizes.axis }),
  );
  const labelColumn = Math.max(0, ...labels.map((label) => textWidth(label, fontSizes.axis))) + 10;
  const left = frame.left + labelColumn + (ticks.min < 0 ? valueRoom : 0);
  const right = frame.right - (ticks.max > 0 ? valueRoom : 0);
  const bottom = frame.bottom - 22;
  const x = linear(ticks.min, ticks.max, left, right);
  const band = (bottom - frame.top) / Math.max(1, rows.length);
  const parts = gridlinesX(ticks, x, frame.top, bottom);
  rows.forEach(({ bars }, row) => {
    const center = frame.top + band * (row + 0.5);
    parts.push(
      text(frame.left, center, labels[row] ?? '', { size: fontSizes.axis, baseline: 'middle' }),
    );
    const thickness = Math.min(16, (band * 0.76) / bars.length);
    bars.forEach(({ value, color }, i) => {
      const y = center - (thickness * bars.length) / 2 + thickness * i;
      const mid = y + thickness / 2;
      const size = Math.min(fontSizes.value, thickness + 1);
      if (!hasValue(value)) {
        parts.push(text(x(0) + 4, mid, 'k. A.', { size, fill: palette.muted, baseline: 'middle' }));
        return;
      }
      const [from, to] = [x(Math.min(0, value)), x(Math.max(0, value))];
      parts.push(rect(from, y + 0.5, to - from, thickness - 1, color));
      parts.push(
        value < 0
          ? text(from - 4, mid, formatBarValue(value), { size, anchor: 'end', baseline: 'middle' })
          : text(to + 4, mid, formatBarValue(value), { size, baseline: 'middle' }),
      );
    });
  });
  if (values.length === 0) parts.push(emptyNotice(left, right, frame.top, bottom));
  return parts;
}
