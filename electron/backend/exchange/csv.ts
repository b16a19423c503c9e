// The library as a CSV table for a German Excel: UTF-8 with BOM (so umlauts survive), semicolons,
// CRLF, amounts like "420.000,00", months like "10/2026", RFC 4180 quoting, and no cell that
// Excel would run as a formula.
import { projectGoalLabels, projectStatusLabels } from '../../../shared/domain';
import type { LibraryProject } from '../../../shared/library';

const areaScopeLabels = { lokal: 'lokal', regional: 'regional', interkommunal: 'interkommunal' };

const columns: [string, (project: LibraryProject) => string | number | null][] = [
  ['Titel', (p) => p.title],
  ['Handlungsfeld', (p) => p.actionFieldName],
  ['Zielgruppen', (p) => p.targetGroupNames.join(', ')],
  ['Verantwortlich', (p) => p.lead],
  ['Partner', (p) => p.partners],
  ['Beginn', (p) => csvMonth(p.startMonth)],
  ['Ende', (p) => csvMonth(p.endMonth)],
  ['Budget (EUR)', (p) => (p.budgetCents === null ? '' : germanAmount(p.budgetCents))],
  ['Priorität', (p) => p.priority ?? ''],
  ['Status', (p) => projectStatusLabels[p.status]],
  ['Schlüsselmaßnahme', (p) => (p.keyMeasure ? 'ja' : 'nein')],
  ['Projektziel', (p) => (p.projectGoal ? projectGoalLabels[p.projectGoal] : '')],
  ['Projektart', (p) => p.projectType],
  ['Gebietsbezug', (p) => (p.areaScope ? areaScopeLabels[p.areaScope] : '')],
  ['Punkte', (p) => p.dots],
  ['Ideen', (p) => p.ideaCount],
  ['Herkunft', (p) => p.origin],
  ['Beschreibung', (p) => p.description],
];

/** "2026-10" → "10/2026". */
export function csvMonth(month: string | null): string {
  if (!month) return '';
  const [year, number] = month.split('-');
  return `${number}/${year}`;
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

export function libraryCsv(projects: LibraryProject[]): string {
  const lines = [
    columns.map(([header]) => csvCell(header)).join(';'),
    ...projects.map((project) => columns.map(([, cell]) => csvCell(cell(project))).join(';')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
