// Advance widths of the chart font (Liberation Sans, metric-compatible with Arial and Helvetica), so
// the pure chart code can fit labels without a DOM: the same widths hold in the PNG and on screen.

/** Widths of U+0020…U+007E in thousandths of an em, regular. */
const regular = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
  556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
  611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
  667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
  222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];

/** The same for bold. */
const bold = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
  556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667,
  611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
  667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556,
  278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];

/** Characters outside ASCII that charts print often (same widths in both weights). */
const special: Record<string, number> = {
  '\u00a0': 278,
  '\u2009': 200,
  '\u202f': 200,
  '\u2212': 584,
  '\u2013': 556,
  '\u2014': 1000,
  '\u2026': 1000,
  '\u20ac': 556,
  ß: 611,
};

// Wide scripts and emoji (not in the font: drawn as a fallback box of about one em).
const wide =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60]|\p{Extended_Pictographic}/u;

function charWidth(char: string, table: number[]): number {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x20 && code <= 0x7e) return table[code - 0x20] ?? 556;
  const known = special[char];
  if (known !== undefined) return known;
  if (wide.test(char)) return 1000;
  // Accented letters are as wide as their base letter (ä → a); combining marks take no room.
  const base = char.normalize('NFD').codePointAt(0) ?? 0;
  if (base >= 0x20 && base <= 0x7e) return table[base - 0x20] ?? 556;
  if (/\p{Mark}/u.test(char)) return 0;
  return 600;
}

/** Width of a one-line text in the chart font, in the units of its font size. */
export function textWidth(text: string, fontSize: number, weight: 'normal' | 'bold' = 'normal') {
  const table = weight === 'bold' ? bold : regular;
  let thousandths = 0;
  for (const char of text) thousandths += charWidth(char, table);
  return (thousandths * fontSize) / 1000;
}
