// The one text rule (DESIGN §2a) every text entering the app obeys: the pure cleaning function
// (cleanText.ts) and the two zod builders every schema of the contract and the exchange format uses
// for its texts.
import { z } from 'zod';
import { cleanText, containsNul, visibleLength } from './cleanText';
import type { TextShape } from './cleanText';

export { cleanText, containsNul, visibleLength };
export type { TextShape };

export interface TextOptions {
  /**
   * The field's name as the user knows it, opening each message ("Name: höchstens 120 Zeichen.");
   * absent where the caller names the field itself (the exchange file's messages).
   */
  label?: string;
  max: number;
  /** Message when longer than `max`; default: "<label>: höchstens <max> Zeichen." */
  tooLong?: string;
  /** Message when the field is empty after cleaning and trimming; absent: may be empty. */
  required?: string;
  /** Keep leading and trailing spaces (idea cards keep what was typed). Default: trimmed. */
  keepSpaces?: boolean;
}

function text(shape: TextShape, { label, max, tooLong, required, keepSpaces }: TextOptions) {
  const prefix = label === undefined ? '' : `${label}: `;
  let schema = z
    .string()
    .refine((value) => !containsNul(value), {
      message: `${prefix}enthält ein Nullzeichen (NUL), das sich nicht speichern lässt. Bitte den Text neu eingeben.`,
      abort: true,
    })
    .overwrite((value) => cleanText(value, shape));
  if (!keepSpaces) schema = schema.trim();
  if (required !== undefined) {
    schema = schema.refine((value) => value.trim().length > 0, { message: required, abort: true });
  }
  return schema.refine(
    (value) => visibleLength(value) <= max,
    tooLong ?? `${prefix}höchstens ${max.toLocaleString('de-DE')} Zeichen.`,
  );
}

/** A one-line text (names, titles): breaks and tabs become spaces. */
export const singleLineText = (options: TextOptions) => text({ multiLine: false }, options);

/** A text that may span lines (descriptions, idea cards): breaks become "\n". */
export const multiLineText = (options: TextOptions) => text({ multiLine: true }, options);

/**
 * A file path from the renderer or the command line: only NUL is refused here (the operating system
 * would cut the path at it and name another file); what a path may name is the transports' concern.
 */
export const pathText = z
  .string()
  .refine((value) => !containsNul(value), {
    message: 'Der Dateipfad enthält ein Nullzeichen (NUL) und wurde nicht verwendet.',
    abort: true,
  })
  .max(4096, 'Der Dateipfad ist zu lang (höchstens 4.096 Zeichen).');
