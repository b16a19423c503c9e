// The block after the "__________" line: footnotes, the © line naming the publisher, and the
// "Stand:" of the download.
import type { CsvRecord } from './csv';
import { cleanNote } from './text';

export interface Footer {
  notes: string[];
  source: string | null;
  stand: string | null;
}

export const isFooterStart = (cells: string[]): boolean => /^_{3,}/.test(cells[0]?.trim() ?? '');

/** "14.12.2017 / 15:51:18" → "2017-12-14T15:51:18"; other forms stay as written. */
function readStand(text: string): string {
  const match = /^(\d{2})\.(\d{2})\.(\d{4})(?:\s*\/?\s*(\d{2}:\d{2}(?::\d{2})?))?$/.exec(text);
  if (!match) return text;
  const [, day, month, year, clock] = match;
  return `${year}-${month}-${day}${clock ? `T${clock}` : ''}`;
}

export function readFooter(records: CsvRecord[]): Footer {
  const footer: Footer = { notes: [], source: null, stand: null };
  for (const { cells } of records) {
    const text = cleanNote(cells.filter((cell) => cell.trim() !== '').join(' '));
    if (text === '' || isFooterStart([text])) continue;
    const stand = /^Stand:\s*(.*)$/s.exec(text);
    if (stand) {
      footer.stand = readStand((stand[1] as string).trim());
    } else if (text.startsWith('©') || /^\(c\)/i.test(text)) {
      // "© Statistisches Bundesamt (Destatis), 2022" and, on its next lines, the licence.
      const [first = '', ...licence] = text.split('\n');
      footer.source = first.replace(/^(©|\(c\))\s*/i, '').replace(/\.$/, '');
      if (licence.length > 0) footer.notes.push(licence.join(' ').replace(/\s+/g, ' ').trim());
    } else {
      footer.notes.push(text);
    }
  }
  return footer;
}
