// Text as Word may carry it: docx escapes markup but passes code points XML forbids, and "\n" is no
// line break in Word. Every user text goes through here before it reaches the document.
import { TextRun } from 'docx';
import type { IRunOptions } from 'docx';

/**
 * Everything outside XML 1.0's Char production: C0 controls except tab and newline (carriage
 * returns are folded into newlines first), lone surrogates, U+FFFE and U+FFFF.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const illegal = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|\p{Surrogate}/gu;

/** The text with XML-illegal code points removed and line ends as "\n". */
export function sanitizeText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(illegal, '');
}

/** One line of text (titles, properties, headers): also without line breaks and runs of spaces. */
export function sanitizeLine(text: string): string {
  return sanitizeText(text).replace(/\s+/g, ' ').trim();
}

type RunFormat = Omit<IRunOptions, 'text' | 'children' | 'break'>;

/**
 * Whether a text may need cleaning or splitting: any C0 control (line ends, tabs), U+FFFE/FFFF or
 * a surrogate. Most texts have none and skip the regular expressions' passes (an export of 200
 * measures makes some 11,000 runs).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const special = /[\u0000-\u001f\ufffe\uffff\ud800-\udfff]/;

/**
 * Runs for a text, each line after the first opened by a real line break. An empty text has none:
 * an empty cell of the Zeitplan is a bare paragraph, not a paragraph with an empty run.
 */
export function textRuns(text: string, format: RunFormat = {}): TextRun[] {
  if (text === '') return [];
  if (!special.test(text)) return [new TextRun({ ...format, text })];
  return sanitizeText(text)
    .split('\n')
    .map((line, index) => new TextRun({ ...format, text: line, ...(index > 0 && { break: 1 }) }));
}

const entities: Record<string, string> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
  '<': '&lt;',
  '>': '&gt;',
};

/** Text or an attribute value as XML, escaped as docx escapes it. */
export const escapeXml = (text: string): string =>
  text.replace(/[&"'<>]/g, (char) => entities[char] as string);

/**
 * `textRuns(text)` as WordprocessingML, for blocks written straight as XML (tableXml.ts): the same
 * runs docx writes for them (a unit test holds the two together).
 */
export function textRunsXml(text: string): string {
  if (text === '') return '';
  if (!special.test(text)) return `<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
  return sanitizeText(text)
    .split('\n')
    .map(
      (line, index) =>
        `<w:r>${index > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r>`,
    )
    .join('');
}
