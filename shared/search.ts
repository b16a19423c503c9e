// German-friendly text matching: case, umlauts and ß fold away on both sides, and so do the
// umlauts typed as ae, oe, ue: "strasse" finds "Straße", "Buergermeister" and "Burgermeister"
// find "Bürgermeister" (and the other way round).

/** Folds one character as a German reader would compare it. */
function foldChar(char: string): string {
  const lower = char.toLowerCase();
  if (lower === 'ß') return 'ss';
  return lower.normalize('NFD').replace(/\p{M}/gu, '');
}

/** The vowels after which an "e" is the second half of a written-out umlaut (ae, oe, ue). */
const umlautBase = new Set(['a', 'o', 'u']);

/** The folded text, and for each of its UTF-16 units the index of its source character. */
function foldWithMap(text: string): { folded: string; sourceIndex: number[] } {
  let folded = '';
  const sourceIndex: number[] = [];
  for (let i = 0; i < text.length;) {
    const codePoint = text.codePointAt(i) as number;
    const char = String.fromCodePoint(codePoint);
    const piece = foldChar(char);
    // "ue" folds like "ü" (to "u"): the e goes, on every text and every query alike.
    const afterBase = piece === 'e' && umlautBase.has(folded.at(-1) ?? '');
    if (!afterBase) {
      folded += piece;
      // One entry per UTF-16 unit, so indices into `folded` map back even for emoji.
      for (let unit = 0; unit < piece.length; unit++) sourceIndex.push(i);
    }
    i += char.length;
  }
  sourceIndex.push(text.length);
  return { folded, sourceIndex };
}

export const foldText = (text: string): string => foldWithMap(text).folded;

/** A query is searched for from two characters on. */
export const minQueryLength = 2;

export function matchesQuery(text: string, query: string): boolean {
  const needle = foldText(query.trim());
  return needle.length >= minQueryLength && foldText(text).includes(needle);
}

/** Ranges [start, end) in the original text where the query matches, for highlighting. */
export function matchRanges(text: string, query: string): [number, number][] {
  const needle = foldText(query.trim());
  if (needle.length < minQueryLength) return [];
  const { folded, sourceIndex } = foldWithMap(text);
  const ranges: [number, number][] = [];
  for (
    let at = folded.indexOf(needle);
    at !== -1;
    at = folded.indexOf(needle, at + needle.length)
  ) {
    const start = sourceIndex[at] as number;
    let end = sourceIndex[at + needle.length] as number;
    // A match ending inside a folded character (ß → ss) still covers the whole character.
    if (end <= start) end = start + 1;
    ranges.push([start, end]);
  }
  return ranges;
}
