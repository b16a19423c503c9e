// The library as a CSV table for a German Excel: BOM, semicolons, CRLF, every fact-sheet field,
// the table's sort, RFC 4180 quoting that a parser reads back exactly, no cell Excel would run as
// a formula; amounts and months that LibreOffice Calc, reading it as Excel does, takes for numbers
// and dates; in the browser mode a download that leaves no copy behind.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import { csvCell, germanAmount, monthDate } from '../../electron/backend/exchange/csv';
import { swotKindLabels } from '../../shared/domain';
import { sortLibraryProjects } from '../../shared/librarySort';
import { formatMonth } from '../../shared/plan';
import { call, callFailing, closedAfterEach } from '../support/backend';
import { readWithCalc } from '../support/calc';
import { freshFolders } from '../support/folders';
import { stampedDuring } from '../support/stamps';

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
    const [written, stamps] = await stampedDuring(() =>
      call(backend, 'library:exportCsv', { filters: {} }),
    );
    expect(stamps.map((stamp) => `Musterstadt – Projektbibliothek ${stamp}.csv`)).toContain(
      path.basename(written.path),
    );
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
      Beginn: '01.04.2027',
      Ende: '31.12.2028',
      'Budget (EUR)': '420.000,00',
      Priorität: 'hoch',
      Status: 'geplant',
      Schlüsselmaßnahme: 'ja',
      Projektziel: 'Strukturen umbauen',
      Herkunft: '',
    });
    expect(Number(rows[0]?.Punkte)).toBeGreaterThan(0);
  });

  it('has every field of the fact sheet, lists one entry per line', async () => {
    const backend = await demo();
    const { projects } = await call(backend, 'library:list', { filters: {} });
    const catalogs = await call(backend, 'catalogs:list', {});
    const sheet = await call(backend, 'projects:sheet', { id: projects[0]?.id as number });
    const written = await call(backend, 'library:exportCsv', { filters: {} });
    const [row] = table(readFileSync(written.path));
    const goal = (id: number) => catalogs.strategicGoals.find((entry) => entry.id === id)?.text;
    const swot = (id: number) => catalogs.swotEntries.find((entry) => entry.id === id);
    expect(sheet.milestones.length).toBeGreaterThan(1);
    expect(sheet.strategicGoalIds.length).toBeGreaterThan(1);
    expect(sheet.swotEntryIds.length).toBeGreaterThan(1);
    expect(row).toMatchObject({
      Verantwortlich: sheet.lead,
      Partner: sheet.partners,
      Finanzierung: sheet.funding,
      Indikatoren: sheet.indicators,
      Projektart: sheet.projectType,
      Gebietsbezug: sheet.areaScope ?? '',
      Beschreibung: sheet.description,
      Ideen: String(sheet.ideas.length),
      Leitziele: sheet.strategicGoalIds.map(goal).join('\n'),
      Meilensteine: sheet.milestones
        .map(({ month, text }) => `${formatMonth(month)}: ${text}`)
        .join('\n'),
      'SWOT-Bezug': sheet.swotEntryIds
        .map((id) => `${swotKindLabels[swot(id)?.kind ?? 'staerke']}: ${swot(id)?.text}`)
        .join('\n'),
    });
    expect(row?.Meilensteine).toMatch(/^März 2027: /);
  });

  it('follows the table’s sort, descending ties included, and the library order without one', async () => {
    const backend = await demo();
    const { projects } = await call(backend, 'library:list', { filters: {} });
    const titles = async (sort?: { key: 'budget' | 'priority'; descending: boolean }) =>
      table(
        readFileSync((await call(backend, 'library:exportCsv', { filters: {}, sort })).path),
      ).map((row) => row.Titel);
    const byBudget = await titles({ key: 'budget', descending: true });
    expect(byBudget).toEqual(
      sortLibraryProjects(projects, { key: 'budget', descending: true }).map((p) => p.title),
    );
    const budgets = byBudget.map(
      (title) => projects.find((project) => project.title === title)?.budgetCents ?? -1,
    );
    expect(budgets).toEqual([...budgets].sort((a, b) => b - a));
    expect(await titles({ key: 'priority', descending: false })).toEqual(
      sortLibraryProjects(projects, { key: 'priority', descending: false }).map((p) => p.title),
    );
    expect(await titles()).toEqual(projects.map((project) => project.title));
  });

  it('is read by LibreOffice Calc (as a German Excel) with months as dates and amounts as numbers', async () => {
    const backend = await demo();
    const fieldId = (await call(backend, 'catalogs:list', {})).actionFields[0]?.id as number;
    const { id } = await call(backend, 'projects:create', {
      actionFieldId: fieldId,
      title: 'Schaltjahr',
    });
    await call(backend, 'projects:update', {
      id,
      changes: { startMonth: '2027-11', endMonth: '2028-02', budgetCents: 123_456_789 },
    });
    const written = await call(backend, 'library:exportCsv', {
      filters: {},
      sort: { key: 'title', descending: false },
    });
    const [header, ...rows] = readWithCalc(readFileSync(written.path));
    const column = (name: string) => header?.findIndex((cell) => cell.value === name) ?? -1;
    const cellsOf = (title: string) => rows.find((row) => row[column('Titel')]?.value === title);
    expect(rows).toHaveLength(21);

    const leap = cellsOf('Schaltjahr');
    expect(leap?.[column('Beginn')]).toEqual({ type: 'date', value: '2027-11-01' });
    expect(leap?.[column('Ende')]).toEqual({ type: 'date', value: '2028-02-29' });
    expect(leap?.[column('Budget (EUR)')]).toEqual({ type: 'float', value: '1234567.89' });

    const postamt = cellsOf('Azubi- und Starterwohnen im Alten Postamt');
    expect(postamt?.[column('Beginn')]).toEqual({ type: 'date', value: '2027-04-01' });
    expect(postamt?.[column('Ende')]).toEqual({ type: 'date', value: '2028-12-31' });
    expect(postamt?.[column('Budget (EUR)')]).toEqual({ type: 'float', value: '420000' });
    expect(postamt?.[column('Punkte')]?.type).toBe('float');
    expect(postamt?.[column('Meilensteine')]?.value).toMatch(/^März 2027: .+\nSeptember 2027: /);

    // Every month is a date and every amount a number, so the columns sort and add up.
    for (const row of rows) {
      for (const name of ['Beginn', 'Ende', 'Budget (EUR)']) {
        const cell = row[column(name)];
        if (cell?.type) expect(cell.type, name).toBe(name === 'Budget (EUR)' ? 'float' : 'date');
      }
    }
  });

  it('is a download only in the browser mode: nothing in the workspace folder, gone after closing', async () => {
    const dir = freshDir();
    const backend = backendIn(dir);
    await call(backend, 'workspace:openDemo', {});
    const written = await call(backend, 'library:exportCsv', { filters: {} });
    expect(path.relative(path.join(dir, 'data', 'Downloads'), written.path)).not.toMatch(/^\.\./);
    expect(path.basename(written.path)).toMatch(/^Musterstadt – Projektbibliothek .+\.csv$/);
    expect(
      readdirSync(backend.workspaces.workspaceFolder).filter((name) => name.endsWith('.csv')),
    ).toEqual([]);
    expect(backend.offeredFiles.has(written.path)).toBe(true);
    await backend.close();
    expect(existsSync(written.path)).toBe(false);
    expect(readdirSync(path.join(dir, 'data', 'Downloads'))).toEqual([]);
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
  it('write a month as the date of its first or last day', () => {
    expect(monthDate('2026-10', 'first')).toBe('01.10.2026');
    expect(monthDate('2026-10', 'last')).toBe('31.10.2026');
    expect(monthDate('2028-02', 'last')).toBe('29.02.2028');
    expect(monthDate('2027-02', 'last')).toBe('28.02.2027');
    expect(monthDate(null, 'first')).toBe('');
  });

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
