// The library as a CSV table for a German Excel: BOM, semicolons, CRLF, German amounts and months,
// RFC 4180 quoting that a parser reads back exactly, and no cell Excel would run as a formula.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import { csvCell, germanAmount } from '../../electron/backend/exchange/csv';
import { call, callFailing, closedAfterEach } from '../support/backend';
import { freshFolders } from '../support/folders';

const freshDir = freshFolders('kw-csv-');
const backendIn = closedAfterEach();

async function demo(): Promise<Backend> {
  const backend = backendIn(freshDir());
  await call(backend, 'workspace:openDemo', {});
  return backend;
}

/** RFC 4180 with semicolons: the reader Excel is, as a test oracle. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (quoted && char === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (quoted) {
      cell += char;
    } else if (char === ';') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += char;
    }
  }
  return rows;
}

/** The table as objects keyed by the header row. */
function table(bytes: Buffer): Record<string, string>[] {
  const [header, ...rows] = parseCsv(bytes.subarray(3).toString('utf8'));
  return rows.map((cells) =>
    Object.fromEntries((header ?? []).map((name, i) => [name, cells[i] ?? ''])),
  );
}

describe('library:exportCsv', () => {
  it('writes UTF-8 with BOM, semicolons and CRLF, amounts and months the German way', async () => {
    const backend = await demo();
    const written = await call(backend, 'library:exportCsv', { filters: {} });
    const day = new Date().toLocaleDateString('sv-SE');
    expect(path.basename(written.path)).toBe(`Musterstadt – Projektbibliothek ${day}.csv`);
    expect(written.count).toBe(20);
    expect(backend.offeredFiles.has(written.path)).toBe(true);
    const bytes = readFileSync(written.path);
    expect(written.bytes).toBe(bytes.length);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(
      text.startsWith(
        'Titel;Handlungsfeld;Zielgruppen;Verantwortlich;Partner;Beginn;Ende;Budget (EUR);',
      ),
    ).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const outsideQuotes = text.replace(/"(?:[^"]|"")*"/g, '');
    expect(outsideQuotes.split('\r\n')).toHaveLength(22);
    expect(outsideQuotes).not.toMatch(/[^\r]\n/);

    const rows = table(bytes);
    expect(rows).toHaveLength(20);
    expect(rows[0]).toMatchObject({
      Titel: 'Azubi- und Starterwohnen im Alten Postamt',
      Handlungsfeld: 'Wohnen',
      Zielgruppen: 'Jugendliche, Einpendler, Unternehmen',
      Beginn: '04/2027',
      Ende: '12/2028',
      'Budget (EUR)': '420.000,00',
      Priorität: 'hoch',
      Status: 'geplant',
      Schlüsselmaßnahme: 'ja',
      Projektziel: 'Strukturen umbauen',
      Herkunft: '',
    });
    expect(Number(rows[0]?.Punkte)).toBeGreaterThan(0);
  });

  it('quotes cells with separators, quotes and line breaks so they read back exactly', async () => {
    const backend = await demo();
    const fieldId = (await call(backend, 'catalogs:list', {})).actionFields[0]?.id as number;
    const { id } = await call(backend, 'projects:create', {
      actionFieldId: fieldId,
      title: 'Sommerfest; „Jung & Alt“ mit "Tombola"',
    });
    const description = 'Zeile eins\nZeile zwei; mit Semikolon\r\nund "Zitat"';
    await call(backend, 'projects:update', { id, changes: { description, budgetCents: 99 } });
    const written = await call(backend, 'library:exportCsv', {
      filters: {},
      query: 'tombola',
      path: path.join(freshDir(), 'Auswahl.csv'),
    });
    expect(written.count).toBe(1);
    const bytes = readFileSync(written.path);
    expect(bytes.toString('utf8')).toContain('"Sommerfest; „Jung & Alt“ mit ""Tombola"""');
    expect(table(bytes)).toEqual([
      expect.objectContaining({
        Titel: 'Sommerfest; „Jung & Alt“ mit "Tombola"',
        // The text rule stored the CRLF as a line break like the other.
        Beschreibung: description.replace('\r\n', '\n'),
        'Budget (EUR)': '0,99',
      }),
    ]);
  });

  it('defuses cells that Excel would run as a formula', async () => {
    const backend = await demo();
    const fieldId = (await call(backend, 'catalogs:list', {})).actionFields[0]?.id as number;
    const titles = ['=HYPERLINK("http://x";"klick")', '+49 Projekt', '-Minus', '@SUMME(A1)'];
    for (const title of titles) {
      const { id } = await call(backend, 'projects:create', { actionFieldId: fieldId, title });
      await call(backend, 'projects:update', { id, changes: { lead: '=1+1' } });
    }
    const written = await call(backend, 'library:exportCsv', {
      filters: { actionFieldIds: [fieldId] },
      path: path.join(freshDir(), 'Formeln.csv'),
    });
    const rows = table(readFileSync(written.path));
    for (const title of titles) {
      const row = rows.find((entry) => entry.Titel === `'${title}`);
      expect(row, title).toBeDefined();
      expect(row?.Verantwortlich).toBe("'=1+1");
    }
    for (const row of rows) {
      expect(Object.values(row).filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
    }
  });

  it('follows the filters and refuses a file name without .csv', async () => {
    const backend = await demo();
    const filters = { keyMeasure: true };
    const { projects } = await call(backend, 'library:list', { filters });
    const written = await call(backend, 'library:exportCsv', { filters });
    expect(table(readFileSync(written.path)).map((row) => row.Titel)).toEqual(
      projects.map((project) => project.title),
    );
    const error = await callFailing(backend, 'library:exportCsv', {
      filters,
      path: path.join(freshDir(), 'Tabelle.xlsx'),
    });
    expect(error.message).toContain('Der Dateiname muss auf .csv enden.');
  });
});

describe('CSV cells', () => {
  it('format amounts exactly and quote per RFC 4180', () => {
    expect(germanAmount(0)).toBe('0,00');
    expect(germanAmount(5)).toBe('0,05');
    expect(germanAmount(123_456_789_01)).toBe('123.456.789,01');
    expect(germanAmount(10 ** 13)).toBe('100.000.000.000,00');
    expect(csvCell('ein "Zitat"')).toBe('"ein ""Zitat"""');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('\tTab')).toBe("'\tTab");
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
  });
});
