// Where things stand in a flat file's header: before 2025 German names with one column per
// variable ("BEVSTD__Bevoelkerungsstand__Anzahl", its quality in "…__q"), since 2025 English
// names with one value per row ("value;value_unit;value_variable_code;…;value_q").
import type { StatisticsLayout } from '../../../shared/statistics';

/** Column positions; -1 where the file lacks the column. */
export interface FlatDimension {
  code: number;
  label: number;
  attributeCode: number;
  attributeLabel: number;
}

/** Before 2025: the variable is named by the column's header. */
export interface NamedValueColumn {
  value: number;
  quality: number;
  code: string;
  label: string;
  unit: string;
}

/** Since 2025: the variable is named on each row. */
export interface RowValueColumns {
  value: number;
  quality: number;
  unit: number;
  code: number;
  label: number;
}

export interface FlatColumns {
  layout: StatisticsLayout;
  time: number;
  statisticsCode: number;
  statisticsLabel: number;
  dimensions: FlatDimension[];
  named: NamedValueColumn[];
  perRow: RowValueColumns | null;
}

function dimensions(find: (name: string) => number, names: string[]): FlatDimension[] {
  const found: FlatDimension[] = [];
  for (let number = 1; find(`${number}_${names[0]}`) !== -1; number++) {
    const [code, label, attributeCode, attributeLabel] = names.map((name) =>
      find(`${number}_${name}`),
    ) as [number, number, number, number];
    found.push({ code, label, attributeCode, attributeLabel });
  }
  return found;
}

function namedValueColumns(headers: string[]): NamedValueColumn[] {
  const columns: NamedValueColumn[] = [];
  headers.forEach((header, index) => {
    if (!header.includes('__') || /__q$/i.test(header)) return;
    const [code = '', ...rest] = header.split('__');
    const unit = rest.length > 1 ? (rest.pop() as string) : '';
    const quality = headers.findIndex(
      (other) => other.toLowerCase() === `${code}__${rest.join('__')}__q`.toLowerCase(),
    );
    // GENESIS writes labels here without spaces: "Bevoelkerung_in_Hauptwohnsitzhaushalten".
    columns.push({
      value: index,
      quality,
      code,
      label: rest.join(' ').replace(/_/g, ' ').trim() || code,
      unit,
    });
  });
  return columns;
}

const germanNames = ['merkmal_code', 'merkmal_label', 'auspraegung_code', 'auspraegung_label'];
const englishNames = [
  'variable_code',
  'variable_label',
  'variable_attribute_code',
  'variable_attribute_label',
];

/**
 * The header's columns, or null when the header is not a flat file's. German downloads before
 * 2025 say "Zeit" and "1_Merkmal_Code", English ones "time" and "1_variable_code"; since 2025 the
 * value stands in "value", named by "value_variable_code" on each row.
 */
export function flatColumns(cells: string[]): FlatColumns | null {
  const headers = cells.map((cell) => cell.trim());
  const lower = headers.map((header) => header.toLowerCase());
  const find = (name: string): number => lower.indexOf(name);
  const german = find('zeit') !== -1;
  const time = german ? find('zeit') : find('time');
  const perRow =
    find('value') !== -1 &&
    (find('value_variable_code') !== -1 || find('value_variable_label') !== -1)
      ? {
          value: find('value'),
          quality: find('value_q'),
          unit: find('value_unit'),
          code: find('value_variable_code'),
          label: find('value_variable_label'),
        }
      : null;
  const named = perRow ? [] : namedValueColumns(headers);
  if (time === -1 || (!perRow && named.length === 0)) return null;
  return {
    layout: perRow ? 'flatZip' : 'flat',
    time,
    statisticsCode: german ? find('statistik_code') : find('statistics_code'),
    statisticsLabel: german ? find('statistik_label') : find('statistics_label'),
    dimensions: dimensions(find, german ? germanNames : englishNames),
    named,
    perRow,
  };
}
