// Value axes drawn as light gridlines with German tick labels; zero gets a darker line.
import { textWidth } from './metrics';
import { formatDecimal } from './numbers';
import type { Ticks } from './scale';
import { line, text } from './svg';
import { fontSizes, palette } from './theme';

const labelGap = 6;

const tickLabel = (value: number, ticks: Ticks) => formatDecimal(value, ticks.decimals);

const gridStroke = (value: number, ticks: Ticks) =>
  value === 0 && ticks.min < 0
    ? { color: palette.axis, width: 1.25 }
    : { color: palette.grid, width: 1 };

/** Room the widest tick label needs left of a plot, with its gap. */
export function tickLabelWidth(ticks: Ticks): number {
  const widths = ticks.values.map((value) => textWidth(tickLabel(value, ticks), fontSizes.axis));
  return Math.max(0, ...widths) + labelGap;
}

/** Horizontal gridlines, labelled left of the plot: for values that run upward. */
export function gridlinesY(
  ticks: Ticks,
  y: (value: number) => number,
  left: number,
  right: number,
) {
  return ticks.values.flatMap((value) => [
    line(left, y(value), right, y(value), gridStroke(value, ticks)),
    text(left - labelGap, y(value), tickLabel(value, ticks), {
      size: fontSizes.axis,
      anchor: 'end',
      baseline: 'middle',
    }),
  ]);
}

/** Vertical gridlines, labelled under the plot: for bars that run sideways. */
export function gridlinesX(
  ticks: Ticks,
  x: (value: number) => number,
  top: number,
  bottom: number,
) {
  return ticks.values.flatMap((value) => [
    line(x(value), top, x(value), bottom, gridStroke(value, ticks)),
    text(x(value), bottom + 15, tickLabel(value, ticks), {
      size: fontSizes.axis,
      anchor: 'middle',
    }),
  ]);
}

/** The baseline under a plot whose values run upward. */
export const baseline = (left: number, right: number, y: number) =>
  line(left, y, right, y, { color: palette.axis, width: 1 });
