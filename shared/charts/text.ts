// Texts that enter a chart: cleaned of what XML forbids, escaped, and cut to fit with an ellipsis.
import { cleanText } from '../cleanText';
import { textWidth } from './metrics';

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** One line of user text, safe inside an element or a quoted attribute. */
export function escapeXml(text: string): string {
  return cleanText(text, { multiLine: false }).replace(/[&<>"']/g, (char) => entities[char] ?? '');
}

const graphemes = new Intl.Segmenter('de', { granularity: 'grapheme' });
const ellipsis = '\u2026';

export interface FitOptions {
  fontSize: number;
  weight?: 'normal' | 'bold';
}

/**
 * The text (cleaned, not yet escaped) cut at whole characters — an emoji or "ä" is never split — so
 * that it fits `maxWidth`, ending in "…" when cut.
 */
export function fitText(text: string, maxWidth: number, { fontSize, weight }: FitOptions): string {
  const clean = cleanText(text, { multiLine: false }).trim();
  if (textWidth(clean, fontSize, weight) <= maxWidth) return clean;
  const room = maxWidth - textWidth(ellipsis, fontSize, weight);
  let kept = '';
  let width = 0;
  for (const { segment } of graphemes.segment(clean)) {
    width += textWidth(segment, fontSize, weight);
    if (width > room) break;
    kept += segment;
  }
  return `${kept.trimEnd()}${ellipsis}`;
}
