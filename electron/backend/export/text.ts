// Text as Word may carry it: docx escapes markup but passes code points XML forbids, and "\n" is no
// line break in Word. Every user text goes through here before it reaches the document.
import { TextRun } from 'docx';
import type { IRunOptions } from 'docx';
import { emojiFont, emojiParts } from './emoji';

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
 * Whether a text may need cleaning or splitting: any C0 control (line ends, tabs), U+FFFE/FFFF, a
 * surrogate (emoji beyond the BMP), an emoji of the BMP (U+231A–2B55: ⌚ … ✅ … ⭐) or U+FE0F. Most
 * texts have none and skip the regular expressions' passes (an export of 200 measures makes some
 * 11,000 runs).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const special = /[\u0000-\u001f\u231a-\u2b55\ufffe\uffff\ud800-\udfff]|\ufe0f/;

/**
 * Runs for a text, each line after the first opened by a real line break, emoji in runs of their
 * own in the emoji font (emoji.ts). An empty text has none: an empty cell of the Zeitplan is a
 * bare paragraph, not a paragraph with an empty run.
 */
export function textRuns(text: string, format: RunFormat = {}): TextRun[] {
  if (text === '') return [];
  if (!special.test(text)) return [new TextRun({ ...format, text })];
  return sanitizeText(text)
    .split('\n')
    .flatMap((line, index) => lineRuns(line, format, index > 0));
}

/** A line's runs: the text between emoji as it is, each emoji in the emoji font. */
function lineRuns(line: string, format: RunFormat, afterBreak: boolean): TextRun[] {
  const parts = emojiParts(line).flatMap((part, index) =>
    part === '' ? [] : [{ text: part, emoji: index % 2 === 1 }],
  );
  // An empty line is still a line: a run that carries its break.
  if (parts.length === 0) parts.push({ text: '', emoji: false });
  return parts.map(
    ({ text, emoji }, index) =>
      new TextRun({
        ...format,
        text,
        ...(emoji && { font: emojiFont }),
        ...(afterBreak && index === 0 && { break: 1 }),
      }),
  );
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
  if (!special.test(text)) return runXml(text, false, false);
  return sanitizeText(text)
    .split('\n')
    .map((line, index) => lineRunsXml(line, index > 0))
    .join('');
}

/** As `lineRuns`: the text between emoji as it is, each emoji in a run in the emoji font. */
function lineRunsXml(line: string, afterBreak: boolean): string {
  const parts = emojiParts(line).flatMap((part, index) =>
    part === '' ? [] : [{ text: part, emoji: index % 2 === 1 }],
  );
  if (parts.length === 0) parts.push({ text: '', emoji: false });
  return parts
    .map(({ text, emoji }, index) => runXml(text, emoji, afterBreak && index === 0))
    .join('');
}

const emojiFontXml = `<w:rPr><w:rFonts w:ascii="${emojiFont}" w:cs="${emojiFont}" w:eastAsia="${emojiFont}" w:hAnsi="${emojiFont}"/></w:rPr>`;

function runXml(text: string, emoji: boolean, afterBreak: boolean): string {
  return `<w:r>${emoji ? emojiFontXml : ''}${afterBreak ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}
