// The one text rule (DESIGN §2a) as a pure function, without zod: charts and the Word export's
// worker import it from here, so they do not load zod's schemas (some 80 ms of a cold start).
export interface TextShape {
  /** Line breaks become "\n" (multi-line) or a space (single-line). */
  multiLine: boolean;
}

// CRLF first, so it becomes one break. Form feed counts as a break too: Word pastes page breaks as it.
const lineBreaks = /\r\n|[\r\v\f\u0085\u2028\u2029]/g;
// Controls (C0 except tab and line feed, DEL, C1), noncharacters (U+FDD0–FDEF, U+xFFFE/xFFFF) and
// lone surrogates: none of them is text a person typed, and XML (Word, the exchange file) forbids
// most of them.
const removed =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]|\p{Noncharacter_Code_Point}|\p{Surrogate}/gu;

/**
 * The text as the app stores it. NUL is not cleaned here but refused by the builders (it is never
 * typed, and a text that holds one was cut or garbled somewhere); here it is removed like any other
 * control, for texts already stored.
 */
export function cleanText(value: string, { multiLine }: TextShape): string {
  const broken = value.replace(lineBreaks, '\n').replace(removed, '');
  return multiLine ? broken : broken.replace(/[\n\t]/g, ' ');
}

/** What the user sees as characters: code points, so "Ä", "Ω", "東" and "🏠" each count once. */
export const visibleLength = (value: string): number => [...value].length;

export const containsNul = (value: string): boolean => value.includes('\u0000');
