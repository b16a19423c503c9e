// Texts from a statistics file as the app stores them (DESIGN §2a): labels on one line, notes with
// their line breaks; labels repeat thousands of times in a flat file, so each is cleaned once.
import { cleanText } from '../../../shared/text';

/** A cleaner for one file: trimmed one-line labels, remembered by their raw text. */
export function labelCleaner(): (raw: string) => string {
  const cleaned = new Map<string, string>();
  return (raw) => {
    let label = cleaned.get(raw);
    if (label === undefined) {
      label = cleanText(raw, { multiLine: false }).trim();
      cleaned.set(raw, label);
    }
    return label;
  };
}

/** A note with its own line breaks, trailing spaces and runs of empty lines removed. */
export function cleanNote(raw: string): string {
  return cleanText(raw, { multiLine: true })
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
