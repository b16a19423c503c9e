// The library as a CSV table for a German Excel: UTF-8 with BOM (so umlauts survive), semicolons,
// CRLF, RFC 4180 quoting, and no cell that Excel would run as a formula. Values are written as a
// German spreadsheet reads them, so they sort and add up: amounts as numbers ("420.000,00"),
// months as dates — Beginn the month's first day, Ende its last ("01.10.2026", "31.12.2028").
// (LibreOffice Calc, reading it as Excel does, takes "2026-10" and "10/2026" for text.)
import { projectGoalLabels, projectStatusLabels, swotKindLabels } from '../../../shared/domain';
import type { LibraryProject } from '../../../shared/library';
import { formatMonth } from '../../../shared/plan';
import type { SheetDetails } from '../repositories/sheetDetails';

const areaScopeLabels = { lokal: 'lokal', regional: 'regional', interkommunal: 'interkommunal' };

type Cell = (project: LibraryProject, details: SheetDetails) => string | number | null;

/** Lists in one cell go one entry per line (Excel shows them so when the cell wraps). */
const perLine = (entries: string[]) => entries.join('\n');

const columns: [string, Cell][] = [
  ['Titel', (p) => p.title],
  ['Handlungsfeld', (p) => p.actionFieldName],
  ['Zielgruppen', (p) => p.targetGroupNames.join(', ')],
  ['Verantwortlich', (p) => p.lead],
  ['Partner', (p) => p.partners],
  ['Beginn', (p) => monthDate(p.startMonth, 'first')],
  ['Ende', (p) => monthDate(p.endMonth, 'last')],
  ['Budget (EUR)', (p) => (p.budgetCents === null ? '' : germanAmount(p.budgetCents))],
  ['Finanzierung', (_, d) => d.funding],
  ['Priorität', (p) => p.priority ?? ''],
  ['Status', (p) => projectStatusLabels[p.status]],
  ['Schlüsselmaßnahme', (p) => (p.keyMeasure ? 'ja' : 'nein')],
  ['Projektziel', (p) => (p.projectGoal ? projectGoalLabels[p.projectGoal] : '')],
  ['Projektart', (p) => p.projectType],
  ['Gebietsbezug', (p) => (p.areaScope ? areaScopeLabels[p.areaScope] : '')],
  ['Leitziele', (_, d) => perLine(d.strategicGoals)],
  ['Indikatoren', (_, d) => d.indicators],
  [
    'Meilensteine',
    (_, d) =>
      perLine(
        d.milestones.map(({ month, text }) => (month ? `${formatMonth(month)}: ${text}` : text)),
      ),
  ],
  [
    'SWOT-Bezug',
    (_, d) => perLine(d.swotEntries.map(({ kind, text }) => `${swotKindLabels[kind]}: ${text}`)),
  ],
  ['Punkte', (p) => p.dots],
  ['Ideen', (p) => p.ideaCount],
  ['Herkunft', (p) => p.origin],
  ['Beschreibung', (p) => p.description],
];

const pad = (value: number) => String(value).padStart(2, '0');

/** "2026-10" → "01.10.2026" (`first`) or "31.10.2026" (`last`): a date cell, not text. */
export function monthDate(month: string | null, day: 'first' | 'last'): string {
  if (!month) return '';
  const [year, number] = month.split('-').map(Number) as [number, number];
  // Day 0 of the next month is the last day of this one.
  const date = day === 'first' ? 1 : new Date(Date.UTC(year, number, 0)).getUTCDate();
  return `${pad(date)}.${pad(number)}.${year}`;
}

/** Cents as a German amount with thousands dots and two decimals: 42000000 → "420.000,00". */
export function germanAmount(cents: number): string {
  const euros = Math.floor(cents / 100);
  const rest = String(cents % 100).padStart(2, '0');
  return `${String(euros).replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${rest}`;
}

/**
 * One cell: text starting like a formula (= + - @, or tab/CR, which Excel strips before looking)
 * gets a leading apostrophe; a cell with a separator, quote or line break is quoted, quotes doubled.
 */
export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const noDetails: SheetDetails = {
  funding: '',
  indicators: '',
  strategicGoals: [],
  milestones: [],
  swotEntries: [],
};

/** The table of `projects` in their order; `details` by project id (every project has them). */
export function libraryCsv(projects: LibraryProject[], details: Map<number, SheetDetails>): string {
  const lines = [
    columns.map(([header]) => csvCell(header)).join(';'),
    ...projects.map((project) => {
      const own = details.get(project.id) ?? noDetails;
      return columns.map(([, cell]) => csvCell(cell(project, own))).join(';');
    }),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
