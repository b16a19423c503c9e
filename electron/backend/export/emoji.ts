// Emoji in the documents: workshop cards carry them (👍, 🚲, ✅), and Arial has none. In the .docx
// they stand in runs of their own in "Segoe UI Emoji", which Word on Windows has and draws in
// colour (Word and LibreOffice elsewhere take the system's emoji font instead). Where no font can
// draw them — a PDF made on a machine without an emoji font, the charts' bundled font — they are
// written as their German name from the Unicode CLDR in brackets, „[Daumen hoch]“: visible in
// print and read aloud the same, where a replacement box "□" would say nothing.

/** The font Word on Windows draws emoji with. */
export const emojiFont = 'Segoe UI Emoji';

/**
 * One emoji as Unicode recommends it for general use (RGI): with skin tones, flags, keycaps and
 * sequences joined by U+200D, but not a text symbol without U+FE0F such as "©" or "✔".
 */
const emojiSource = '\\p{RGI_Emoji}';
// The "v" flag, built at run time: TypeScript reads regex literals for ES2023, which lacks it.
const emojiSplit = new RegExp(`(${emojiSource})`, 'v');
const emojiAnywhere = new RegExp(emojiSource, 'v');

/** Whether a text holds any emoji. */
export const hasEmoji = (text: string): boolean => emojiAnywhere.test(text);

/** The text in parts, each an emoji sequence (odd indexes) or the text between (even, maybe ""). */
export const emojiParts = (text: string): string[] => text.split(emojiSplit);

/** Emoji sequence → German name, without U+FE0F/U+FE0E (data and texts differ there). */
export type EmojiNames = ReadonlyMap<string, string>;

const withoutSelectors = (sequence: string) => sequence.replace(/[\ufe0e\ufe0f]/g, '');

let names: Promise<EmojiNames> | undefined;

/**
 * The German CLDR names (emojibase-data's "de" set), with the skin-tone variants, read on first
 * use: only an export that must name an emoji pays for the 600 KB of data.
 */
export function emojiNames(): Promise<EmojiNames> {
  names ??= import('emojibase-data/de/compact.json').then(({ default: data }) => {
    const map = new Map<string, string>();
    for (const emoji of data) {
      map.set(withoutSelectors(emoji.unicode), emoji.label);
      for (const skin of emoji.skins ?? []) map.set(withoutSelectors(skin.unicode), skin.label);
    }
    return map;
  });
  return names;
}

/** "[Daumen hoch]"; an emoji newer than the data by its code points, "[Emoji U+1FAE8]". */
export function emojiName(sequence: string, known: EmojiNames): string {
  const name = known.get(withoutSelectors(sequence));
  if (name) return `[${name}]`;
  const points = [...withoutSelectors(sequence)]
    .filter((character) => character !== '\u200d')
    .map((character) => codePointLabel(character.codePointAt(0) ?? 0));
  return `[Emoji ${points.join(' ')}]`;
}

/** "U+1F44D" */
export const codePointLabel = (codePoint: number): string =>
  `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
