// A classic table's head: the title block (table title, a variable with its unit, a region or a
// time for the whole table) and the 1–4 header rows above the value columns, read per column as
// variable, unit, attributes and time.
import { foldLabel } from '../../../shared/statistics';
import type { StatisticsAttribute, StatisticsRegion } from '../../../shared/statistics';
import { regionCodeForName } from './regions';
import { readTime } from '../../../shared/profile/time';
import { monthNumber, quarterNumber, titleTime } from './time';
import { isUnit, splitVariable } from './units';

export interface ColumnHead {
  index: number;
  variableLabel: string;
  unit: string;
  attributes: StatisticsAttribute[];
  time: string | null;
  month: number | null;
  quarter: number | null;
}

export interface TitleBlock {
  title: string;
  /** "Bevölkerungsstand (Anzahl)" as the last title line: the variable of every column. */
  variable: { label: string; unit: string } | null;
  /** A line "Deutschland" or a Land: the region of a table without a region column. */
  region: StatisticsRegion | null;
  time: string | null;
  /** Dimensions the title lists: "Bevölkerung: Deutschland, Stichtag, Altersjahre, Geschlecht". */
  dimensions: Set<string>;
}

export function readTitleBlock(lines: string[]): TitleBlock {
  // GENESIS wraps a long title after a comma onto the next line.
  let title = lines[0] ?? '';
  for (let at = 1; at < lines.length && title.endsWith(','); at++) title += ` ${lines[at]}`;
  const last = lines.length > 1 ? lines[lines.length - 1] : undefined;
  const regionLine = lines.find((line) => regionCodeForName(line) !== null);
  const listed = title.includes(':') ? title.slice(title.indexOf(':') + 1).split(/[,/]/) : [];
  return {
    title,
    variable: last === undefined ? null : splitVariable(last),
    region: regionLine
      ? { code: regionCodeForName(regionLine) as string, label: regionLine }
      : null,
    time: titleTime(lines),
    dimensions: new Set(listed.map(foldLabel).filter(Boolean)),
  };
}

type RowKind = 'time' | 'month' | 'quarter' | 'unit' | 'label';

interface HeadRow {
  kind: RowKind;
  cells: string[];
  constant: boolean;
}

/** Each header row's cells over the value columns, an empty cell repeating its left neighbour. */
function headRows(rows: string[][], columns: number[]): HeadRow[] {
  const classified: HeadRow[] = [];
  rows.forEach((row, rowIndex) => {
    const cells: string[] = [];
    for (const column of columns) cells.push(row[column] || (cells.at(-1) ?? ''));
    const filled = cells.filter(Boolean);
    if (filled.length === 0) return;
    const every = (test: (cell: string) => unknown) => filled.every((cell) => test(cell));
    const hasTime = classified.some((earlier) => earlier.kind === 'time');
    const kind: RowKind =
      !hasTime && every(readTime)
        ? 'time'
        : every(monthNumber)
          ? 'month'
          : every(quarterNumber)
            ? 'quarter'
            : rowIndex === rows.length - 1 && every(isUnit)
              ? 'unit'
              : 'label';
    classified.push({ kind, cells, constant: filled.every((cell) => cell === filled[0]) });
  });
  // "Stichtag;Stichtag" above the dates names the time dimension and says nothing more.
  const timeKinds = new Set<RowKind>(['time', 'month', 'quarter']);
  return classified.filter((row, at) => {
    const below = classified[at + 1];
    return !(row.kind === 'label' && row.constant && below && timeKinds.has(below.kind));
  });
}

const totals = /^(insgesamt|zusammen)$/i;

/**
 * The value columns' heads. Without a variable in the title, the first label row names the
 * variables. A constant label row names the dimension of the row below it when that row varies
 * or the title lists it ("Geschlecht" above "männlich;weiblich").
 */
export function readColumnHeads(
  rows: string[][],
  columns: number[],
  title: TitleBlock,
): ColumnHead[] {
  const head = headRows(rows, columns);
  const rowOf = (kind: RowKind) => head.find((row) => row.kind === kind);
  const labels = head.filter((row) => row.kind === 'label');
  const namesDimension = labels.map((row, at) => {
    const name = row.cells.find(Boolean) ?? '';
    const next = labels[at + 1];
    return (
      row.constant &&
      next !== undefined &&
      !totals.test(name) &&
      (!next.constant || title.dimensions.has(foldLabel(name)))
    );
  });
  const named = (at: number) => at > 0 && namesDimension[at - 1] === true;
  const variableRow = title.variable
    ? undefined
    : labels.find((_, at) => !namesDimension[at] && !named(at));
  const attributeRows = labels
    .map((row, at) => {
      const above = named(at) ? labels[at - 1]?.cells.find(Boolean) : undefined;
      return { row, dimension: above ?? '' };
    })
    .filter(({ row }, at) => !namesDimension[at] && row !== variableRow);
  const fallback = title.variable ?? { label: title.title.split(':')[0]?.trim() ?? '', unit: '' };

  return columns.map((index, position) => {
    const cell = (row: HeadRow | undefined) => row?.cells[position] ?? '';
    const variableText = cell(variableRow);
    const variable = variableText
      ? (splitVariable(variableText) ?? { label: variableText, unit: '' })
      : fallback;
    return {
      index,
      variableLabel: variable.label,
      unit: cell(rowOf('unit')) || variable.unit || fallback.unit,
      attributes: attributeRows
        .map(({ row, dimension }) => ({ dimension, label: cell(row) }))
        .filter((attribute) => attribute.label !== ''),
      time: readTime(cell(rowOf('time'))),
      month: monthNumber(cell(rowOf('month'))),
      quarter: quarterNumber(cell(rowOf('quarter'))),
    };
  });
}
