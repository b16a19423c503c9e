// Characters the fonts lack (export/emoji.ts, export/printable.ts, office/fonts.ts): an emoji no
// font draws becomes its German CLDR name in brackets, any other undrawable character its code
// point; what can be drawn stays; fontconfig's charsets read as the machine's coverage.
import { describe, expect, it } from 'vitest';
import { withEmojiNamed } from '../../electron/backend/export/charts';
import { emojiNames } from '../../electron/backend/export/emoji';
import { mapStrings, printableText } from '../../electron/backend/export/printable';
import { coverageOf } from '../../electron/backend/office/fonts';
import type { PlanChart } from '../../shared/plan';

/** A machine like this one: Latin and symbols, no emoji font, no CJK font. */
const latinOnly = coverageOf('20-7e a0-17f 2013-2014 201c-201e 20ac 2190-21ff 2714');

describe('a text for a PDF made without an emoji font', () => {
  it('names each emoji in German, with skin tone, flag, keycap and joined sequences', async () => {
    const names = await emojiNames();
    expect(printableText('Gut 👍 und 👍🏽, Rad 🚲 ✅ 🇩🇪 1️⃣ ❤️ 👨‍👩‍👧 – Ende', names, latinOnly)).toBe(
      'Gut [Daumen hoch] und [Daumen hoch: mittlere Hautfarbe], Rad [Fahrrad] [weißes Häkchen] ' +
        '[Flagge: Deutschland] [Taste: 1] [rotes Herz] [Familie: Mann, Frau und Mädchen] – Ende',
    );
  });

  it('writes other characters no font has by their code points, and leaves the rest', async () => {
    const names = await emojiNames();
    expect(printableText('Café „Mitte“ → 中文 ✔ ok', names, latinOnly)).toBe(
      'Café „Mitte“ → [Zeichen U+4E2D U+6587] ✔ ok',
    );
    expect(printableText('Zeile 1\nZeile\t2', names, latinOnly)).toBe('Zeile 1\nZeile\t2');
  });

  it('keeps the emoji a font of the machine draws', async () => {
    const names = await emojiNames();
    const withEmojiFont = coverageOf('20-7e a0-17f 2705 1f44d 1f3fd');
    expect(printableText('👍 👍🏽 ✅ 🚲', names, withEmojiFont)).toBe('👍 👍🏽 ✅ [Fahrrad]');
  });

  it('names an emoji newer than the data by its code points', async () => {
    // A sequence the RGI list has, looked up in names that lack it.
    expect(printableText('neu 🫨', new Map(), latinOnly)).toBe('neu [Emoji U+1FAE8]');
  });
});

describe('the texts of a plan', () => {
  it('are mapped everywhere but in pictures’ bytes', () => {
    const value = {
      title: 'A 👍',
      list: [{ text: 'B 👍' }, 3, null],
      logo: { base64: 'iVBOR👍' },
    };
    expect(mapStrings(value, (text) => text.replace('👍', '+'))).toEqual({
      title: 'A +',
      list: [{ text: 'B +' }, 3, null],
      logo: { base64: 'iVBOR👍' },
    });
  });
});

describe('the charts of the Word export', () => {
  const chart = (title: string) => ({ spec: { title } }) as unknown as PlanChart;

  it('name their emoji in words, as their bundled font has none', async () => {
    const [named] = await withEmojiNamed([chart('Radverkehr 🚲 in Musterstadt')]);
    expect(named?.spec.title).toBe('Radverkehr [Fahrrad] in Musterstadt');
  });

  it('stay as they are without emoji (the drawings kept by their SVG are found again)', async () => {
    const charts = [chart('Einwohner 2014–2024')];
    expect(await withEmojiNamed(charts)).toBe(charts);
  });
});

describe('the coverage of the machine’s fonts', () => {
  it('reads fontconfig’s charsets: single code points and ranges, in hexadecimal', () => {
    const drawable = coverageOf('20-7e a0-ff\n1f44d 4e00-4e2d');
    expect([0x20, 0x7e, 0xa0, 0xff, 0x1f44d, 0x4e00, 0x4e2d].map(drawable)).toEqual(
      Array(7).fill(true),
    );
    expect([0x1f, 0x7f, 0x100, 0x1f44c, 0x4e2e].map(drawable)).toEqual(Array(5).fill(false));
  });
});
