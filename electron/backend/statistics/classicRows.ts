// The dimension columns left of a classic table's values, told apart by what the first rows hold:
// a year or date, a month, a quarter, a region code with its indented label (or both in one cell),
// a Land named without code, an attribute code ("CPA08-01") with its label, or an attribute label.
import type { StatisticsAttribute, StatisticsRegion } from '../../../shared/statistics';
import { quoted, refuse } from './failures';
import { isRegionCode, regionCodeForName } from './regions';
import { readTime } from '../../../shared/profile/time';
import { monthNumber, quarterNumber } from './time';

export type DimensionRole =
  | 'time'
  | 'month'
  | 'quarter'
  | 'regionCode'
  | 'regionLabel'
  | 'regionName'
  | 'regionCodeAndLabel'
  | 'attributeCode'
  | 'attribute';

export interface RowContext {
  region: { code: string | null; label: string | null };
  attributes: StatisticsAttribute[];
  time: string | null;
  month: number | null;
  quarter: number | null;
}

const attributeCode = /^(?=.*\d)(?=.*[A-Z])[A-Z0-9][A-Z0-9._-]*$/;
/** "14521 Erzgebirgskreis" */
const codeAndLabel = /^(DG|\d{2,12})\s+(\S.*)$/;

const regionRoles = new Set<DimensionRole>(['regionCode', 'regionName', 'regionCodeAndLabel']);

export const hasRegionColumn = (roles: DimensionRole[]): boolean =>
  roles.some((role) => regionRoles.has(role));

/** Each dimension column's role, judged from sample rows of cleaned cells. */
export function dimensionRoles(sample: string[][], count: number): DimensionRole[] {
  const roles: DimensionRole[] = [];
  const taken = (role: DimensionRole) => roles.includes(role);
  while (roles.length < count) {
    const column = roles.length;
    const cells = sample.map((row) => row[column] ?? '').filter(Boolean);
    const every = (test: (cell: string) => unknown) =>
      cells.length > 0 && cells.every((cell) => test(cell));
    const region = hasRegionColumn(roles);
    if (!taken('time') && every(readTime)) roles.push('time');
    else if (!taken('month') && every(monthNumber)) roles.push('month');
    else if (!taken('quarter') && every(quarterNumber)) roles.push('quarter');
    else if (!region && every(isRegionCode)) {
      roles.push('regionCode');
      if (roles.length < count) roles.push('regionLabel');
    } else if (!region && every(regionCodeForName)) roles.push('regionName');
    else if (!region && every((cell) => codeAndLabel.test(cell))) roles.push('regionCodeAndLabel');
    else if (roles.length + 1 < count && every((cell) => attributeCode.test(cell))) {
      roles.push('attributeCode', 'attribute');
    } else roles.push('attribute');
  }
  return roles;
}

/** A data row's region, attributes and time as its dimension columns say. */
export function readRowContext(
  cells: string[],
  roles: DimensionRole[],
  names: string[],
  tableRegion: StatisticsRegion | null,
  line: number,
): RowContext {
  const context: RowContext = {
    region: tableRegion ?? { code: null, label: null },
    attributes: [],
    time: null,
    month: null,
    quarter: null,
  };
  roles.forEach((role, column) => {
    const cell = cells[column] ?? '';
    if (role === 'time') {
      context.time = readTime(cell);
      if (cell && !context.time) {
        refuse('STATISTICS_DAMAGED', `${quoted(cell)} ist keine Zeitangabe.`, line);
      }
    } else if (role === 'month') context.month = monthNumber(cell);
    else if (role === 'quarter') context.quarter = quarterNumber(cell);
    else if (role === 'regionCode') {
      const label = roles[column + 1] === 'regionLabel' ? cells[column + 1] || cell : cell;
      context.region = { code: cell || null, label: label || null };
    } else if (role === 'regionCodeAndLabel') {
      const [, code = null, label = null] = codeAndLabel.exec(cell) ?? [];
      context.region = { code, label };
    } else if (role === 'regionName') {
      context.region = { code: regionCodeForName(cell), label: cell || null };
    } else if (role === 'attribute' && cell) {
      const code = roles[column - 1] === 'attributeCode' ? cells[column - 1] : '';
      const dimension = names[column] ?? '';
      context.attributes.push(code ? { dimension, code, label: cell } : { dimension, label: cell });
    }
  });
  return context;
}
