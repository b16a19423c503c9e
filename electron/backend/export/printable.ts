// What a PDF can show is what the fonts of the machine making it can draw (office/fonts.ts). The
// rest is written visibly before the document is built, so the layout LibreOffice numbers the
// pages by is the layout of the PDF: an emoji as its German name in brackets („[Daumen hoch]“),
// any other character no font has by its code point („[Zeichen U+4E2D]“). The .docx keeps the
// characters themselves: Word on the reader's machine has its own fonts.
import { drawableCharacters } from '../office/fonts';
import type { Drawable } from '../office/fonts';
import { codePointLabel, emojiName, emojiNames, emojiParts } from './emoji';
import type { EmojiNames } from './emoji';
import type { ExportJob } from './job';

/** The joiner and the selectors within emoji: no glyph of their own. */
const combining = new Set([0x200d, 0xfe0e, 0xfe0f]);
/** Spaces, controls and format characters: no glyph needed. */
const blank = /[\s\p{Cc}\p{Cf}]/u;

const drawn = (sequence: string, drawable: Drawable) =>
  [...sequence].every((character) => {
    const point = character.codePointAt(0) ?? 0;
    return combining.has(point) || drawable(point);
  });

/** The characters between emoji, each run of undrawable ones as "[Zeichen U+… U+…]". */
function marked(text: string, drawable: Drawable): string {
  let result = '';
  let missing: string[] = [];
  const flush = () => {
    if (missing.length > 0) result += `[Zeichen ${missing.join(' ')}]`;
    missing = [];
  };
  for (const character of text) {
    const point = character.codePointAt(0) ?? 0;
    if (point < 0x80 || blank.test(character) || drawable(point)) {
      flush();
      result += character;
    } else missing.push(codePointLabel(point));
  }
  flush();
  return result;
}

/**
 * The text with each emoji no font draws written as its name, and (with `drawable`) each other
 * character no font draws by its code point. Without `drawable`, every emoji is named and the rest
 * left: for the charts, whose bundled font has Latin, Greek and Cyrillic but no emoji.
 */
export function printableText(text: string, names: EmojiNames, drawable?: Drawable): string {
  const parts = emojiParts(text);
  if (parts.length === 1 && !drawable) return text;
  return parts
    .map((part, index) => {
      if (index % 2 === 1) return drawable && drawn(part, drawable) ? part : emojiName(part, names);
      return drawable ? marked(part, drawable) : part;
    })
    .join('');
}

/** A copy of `value` with every string mapped; pictures' bytes (`base64`) are passed by. */
export function mapStrings<T>(value: T, map: (text: string) => string): T {
  if (typeof value === 'string') return map(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => mapStrings(item, map)) as T;
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      key === 'base64' ? item : mapStrings(item, map),
    ]),
  ) as T;
}

/** The job with all its texts as a PDF made on this machine can show them. */
export async function printableJob(job: ExportJob): Promise<ExportJob> {
  const [drawable, names] = await Promise.all([drawableCharacters(), emojiNames()]);
  const printable = (text: string) => printableText(text, names, drawable);
  const common = { plan: mapStrings(job.plan, printable), facts: mapStrings(job.facts, printable) };
  return job.kind === 'plan'
    ? { ...job, ...common, options: mapStrings(job.options, printable) }
    : { ...job, ...common };
}
