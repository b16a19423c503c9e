// Value axes: round tick steps (1, 2 or 5 × 10ⁿ) around the data, and the mapping to pixels.
import { decimalsOf } from './numbers';

export interface Ticks {
  values: number[];
  /** Decimals every tick label shows, so "0,5" and "1,0" line up. */
  decimals: number;
  min: number;
  max: number;
}

/** formatDecimal shows two decimals at most, so no step is finer. */
const finestStep = 0.01;

/** About `count` round ticks covering lo…hi (which may be equal). */
export function niceTicks(lo: number, hi: number, count = 5): Ticks {
  if (lo === hi) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    return niceTicks(lo - (lo === 0 ? 0 : pad), hi + pad, count);
  }
  const raw = (hi - lo) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  // The round step nearest to raw (on a log scale): 1, 2, 5 or 10 times a power of ten.
  const ratio = raw / power;
  const factor =
    ratio >= Math.sqrt(50) ? 10 : ratio >= Math.sqrt(10) ? 5 : ratio >= Math.sqrt(2) ? 2 : 1;
  const step = Math.max(finestStep, factor * power);
  const decimals = decimalsOf(step);
  // + 0 turns -0 into 0.
  const round = (value: number) => Number(value.toFixed(decimals)) + 0;
  const min = round(Math.floor(lo / step + 1e-9) * step);
  const max = round(Math.ceil(hi / step - 1e-9) * step);
  const values: number[] = [];
  for (let i = 0; min + i * step <= max + step / 2; i++) values.push(round(min + i * step));
  return { values, decimals, min, max };
}

/**
 * Ticks for a line chart: the axis need not start at zero, but a tiny change must not fill the
 * whole height (0.03 % would look like a collapse), so the span is at least `minShare` of the values.
 */
export function lineTicks(values: number[], minShare = 0.04): Ticks {
  if (values.length === 0) return niceTicks(0, 1);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const least = Math.max(Math.abs(lo), Math.abs(hi)) * minShare;
  // Some air above and below, so no marker or value label sits on the axis.
  const widen = Math.max(0, least - (hi - lo)) / 2 + (hi - lo) * 0.1;
  return niceTicks(lo - widen, hi + widen);
}

/** Ticks for bars, which always start at zero. */
export function barTicks(values: number[]): Ticks {
  return niceTicks(Math.min(0, ...values), Math.max(0, ...values));
}

/** Maps domain min…max onto pixels from…to (either direction). */
export function linear(min: number, max: number, from: number, to: number) {
  const span = max - min || 1;
  return (value: number) => from + ((value - min) / span) * (to - from);
}
