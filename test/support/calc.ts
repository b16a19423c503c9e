// LibreOffice Calc opening a CSV table as a German Excel does (semicolons, UTF-8, German number
// and date recognition), for tests that check which cells a spreadsheet takes for numbers and dates.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SaxesParser } from 'saxes';

/** A cell as Calc read it: its type ('' when empty) and value (a float, an ISO date or the text). */
export interface CalcCell {
  type: '' | 'string' | 'float' | 'date' | 'percentage' | 'currency' | 'boolean' | 'time';
  value: string;
}

/**
 * The CSV import filter's options: separator ";" (59), text in '"' (34), UTF-8 (76), from line 1,
 * standard column types, language German (1031) — what a German Excel assumes.
 */
const germanCsvImport = 'CSV:59,34,76,1,,1031';

/** The table's rows as Calc reads them (trailing empty rows left out). */
export function readWithCalc(csv: Uint8Array): CalcCell[][] {
  const home = mkdtempSync(path.join(tmpdir(), 'kw-calc-'));
  try {
    const source = path.join(home, 'Tabelle.csv');
    writeFileSync(source, csv);
    execFileSync(
      'soffice',
      [
        '--headless',
        `--infilter=${germanCsvImport}`,
        '--convert-to',
        'fods',
        '--outdir',
        home,
        source,
      ],
      { env: { ...process.env, HOME: home }, timeout: 120_000, stdio: 'pipe' },
    );
    return flatSpreadsheetRows(readFileSync(path.join(home, 'Tabelle.fods'), 'utf8'));
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

/** The rows of the first sheet of a flat OpenDocument spreadsheet (.fods). */
function flatSpreadsheetRows(xml: string): CalcCell[][] {
  const rows: CalcCell[][] = [];
  const parser = new SaxesParser({ xmlns: true });
  let sheets = 0;
  let cell: (CalcCell & { repeat: number; paragraphs: string[] }) | undefined;
  let inParagraph = false;
  const addText = (text: string) => {
    if (cell && cell.paragraphs.length > 0) cell.paragraphs[cell.paragraphs.length - 1] += text;
  };
  parser.on('opentag', (node) => {
    const attribute = (name: string) => node.attributes[name]?.value;
    if (node.name === 'table:table') sheets++;
    if (sheets !== 1) return;
    if (node.name === 'table:table-row') rows.push([]);
    if (node.name === 'table:table-cell' || node.name === 'table:covered-table-cell') {
      cell = {
        type: (attribute('office:value-type') ?? '') as CalcCell['type'],
        value: attribute('office:value') ?? attribute('office:date-value') ?? '',
        repeat: Number(attribute('table:number-columns-repeated') ?? 1),
        paragraphs: [],
      };
    }
    if (node.name === 'text:p') {
      cell?.paragraphs.push('');
      inParagraph = true;
    }
    // Runs of spaces are written as <text:s text:c="n"/>.
    if (node.name === 'text:s') addText(' '.repeat(Number(attribute('text:c') ?? 1)));
    if (node.name === 'text:line-break') addText('\n');
  });
  // Only text inside a paragraph: the rest is the file's own indentation.
  parser.on('text', (text) => {
    if (inParagraph) addText(text);
  });
  parser.on('closetag', (node) => {
    if (node.name === 'text:p') inParagraph = false;
    if (!cell || (node.name !== 'table:table-cell' && node.name !== 'table:covered-table-cell'))
      return;
    const { type, repeat, paragraphs } = cell;
    const value = type === 'string' ? paragraphs.join('\n') : cell.value;
    rows.at(-1)?.push(...Array.from({ length: repeat }, () => ({ type, value })));
    cell = undefined;
  });
  parser.write(xml).close();
  const filled = (row: CalcCell[]) => row.some((entry) => entry.type !== '');
  while (rows.length > 0 && !filled(rows.at(-1) as CalcCell[])) rows.pop();
  return rows.map((row) => {
    const end = row.findLastIndex((entry) => entry.type !== '');
    return row.slice(0, end + 1);
  });
}
