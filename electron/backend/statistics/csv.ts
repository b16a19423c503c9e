// Records of a semicolon-separated file as GENESIS writes it: quoted fields may hold semicolons,
// doubled quotes and line breaks (footnotes); each record knows the line it starts on.
import { refuse } from './failures';

export interface CsvRecord {
  cells: string[];
  /** 1-based line the record starts on. */
  line: number;
  /** False only for a last record that no line break ends: the file may have been cut off. */
  terminated: boolean;
}

const lineBreaks = /\r\n|\r|\n/g;
const countBreaks = (text: string): number => text.match(lineBreaks)?.length ?? 0;

/** A record holding a quote: read character by character from `start`. */
function quotedRecord(text: string, start: number, line: number) {
  const cells: string[] = [];
  let at = start;
  for (;;) {
    let cell = '';
    if (text[at] === '"') {
      at += 1;
      for (;;) {
        const close = text.indexOf('"', at);
        if (close === -1) {
          refuse(
            'STATISTICS_DAMAGED',
            'Ein Anführungszeichen wird bis zum Ende der Datei nicht geschlossen: Die Datei ist abgeschnitten oder beschädigt.',
            line,
          );
        }
        cell += text.slice(at, close);
        at = close + 1;
        if (text[at] !== '"') break;
        cell += '"';
        at += 1;
      }
    }
    // After a closing quote GENESIS puts a separator; anything else is kept as written.
    let end = at;
    while (end < text.length && !';\r\n'.includes(text[end] as string)) end += 1;
    cells.push(cell + text.slice(at, end));
    if (text[end] === ';') {
      at = end + 1;
      continue;
    }
    const terminated = end < text.length;
    const next = end + (text.startsWith('\r\n', end) ? 2 : terminated ? 1 : 0);
    const nextLine = line + countBreaks(text.slice(start, end)) + 1;
    return { record: { cells, line, terminated }, next, nextLine };
  }
}

export function* csvRecords(text: string): Generator<CsvRecord> {
  let position = 0;
  let line = 1;
  // Next quote and line break, searched again only once passed, so a file without quotes is
  // scanned once and not once per line.
  let quote = text.indexOf('"');
  let lineFeed = text.indexOf('\n');
  let carriageReturn = text.indexOf('\r');
  while (position < text.length) {
    if (quote !== -1 && quote < position) quote = text.indexOf('"', position);
    if (lineFeed !== -1 && lineFeed < position) lineFeed = text.indexOf('\n', position);
    if (carriageReturn !== -1 && carriageReturn < position) {
      carriageReturn = text.indexOf('\r', position);
    }
    const lineEnd =
      lineFeed === -1
        ? carriageReturn
        : carriageReturn === -1
          ? lineFeed
          : Math.min(lineFeed, carriageReturn);
    const end = lineEnd === -1 ? text.length : lineEnd;
    if (quote === -1 || quote > end) {
      yield { cells: text.slice(position, end).split(';'), line, terminated: lineEnd !== -1 };
      position = lineEnd === -1 ? end : end + (text.startsWith('\r\n', end) ? 2 : 1);
      line += 1;
    } else {
      const { record, next, nextLine } = quotedRecord(text, position, line);
      yield record;
      position = next;
      line = nextLine;
    }
  }
}

export const isBlank = (cells: string[]): boolean => cells.every((cell) => cell.trim() === '');
