// The focus ring stands out (≥ 3:1, WCAG 1.4.11) against every background it can sit on: read
// from the style sheets themselves, so a changed colour is checked again.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const styles = path.resolve(import.meta.dirname, '..', '..', 'renderer', 'styles');
const css = ['base.css', 'board.css', 'library.css']
  .map((file) => readFileSync(path.join(styles, file), 'utf8'))
  .join('\n');

const variable = (name: string) => {
  const match = new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(css);
  if (!match) throw new Error(`--${name} fehlt`);
  return match[1] as string;
};

/** Every background colour the style sheets paint, by literal and by variable. */
const backgrounds = () => [
  ...new Set(
    [...css.matchAll(/background(?:-color)?:\s*(#[0-9a-f]{6})/gi)].map(
      (match) => match[1] as string,
    ),
  ),
  ...['paper', 'surface', 'kritik', 'fantasie', 'umsetzung'].map(variable),
];

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};

describe('focus ring', () => {
  const ring = variable('focus');
  const darkBars = ['#1d2330'];
  const onDark = '#ffd43b';

  it.each(backgrounds().filter((colour) => !darkBars.includes(colour.toLowerCase())))(
    'has at least 3:1 against %s',
    (background) => {
      expect(contrast(ring, background)).toBeGreaterThanOrEqual(3);
    },
  );

  it('turns yellow on the dark bars, with at least 3:1 there too', () => {
    expect(css).toContain(`outline-color: ${onDark}`);
    for (const bar of darkBars) expect(contrast(onDark, bar)).toBeGreaterThanOrEqual(3);
  });
});
