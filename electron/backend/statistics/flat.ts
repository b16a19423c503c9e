// The flat files (before 2025 and since 2025): one row per time and combination of attributes;
// the region dimension becomes the value's region, months and quarters narrow its time.
import type { StatisticsAttribute, StatisticsTable } from '../../../shared/statistics';
import { TableBuilder } from './builder';
import type { CollectedSeries } from './builder';
import { isBlank } from './csv';
import type { CsvRecord } from './csv';
import { quoted, refuse } from './failures';
import type { FlatColumns } from './flatColumns';
import { isFooterStart, readFooter } from './footer';
import { flatRegion, isRegionVariable } from './regions';
import { sourceForCode, tableCodeFromName } from './source';
import { labelCleaner } from './text';
import { readTime } from '../../../shared/profile/time';
import { narrowTime } from './time';
import { readCellWithQuality } from '../../../shared/profile/values';

interface RowContext {
  time: string;
  regionCode: string | null;
  regionLabel: string | null;
  attributes: StatisticsAttribute[];
}

/** The time, region and attributes of one row. */
function readRow(
  cells: string[],
  columns: FlatColumns,
  label: (raw: string) => string,
  timeOf: (raw: string) => string,
  line: number,
): RowContext {
  const cell = (index: number): string => (index === -1 ? '' : (cells[index] as string));
  const rawTime = label(cell(columns.time));
  if (!rawTime) refuse('STATISTICS_DAMAGED', 'Die Zeitangabe fehlt.', line);
  let time = timeOf(rawTime);
  const row: RowContext = { time, regionCode: null, regionLabel: null, attributes: [] };
  let regionFound = false;
  for (const dimension of columns.dimensions) {
    const variableCode = label(cell(dimension.code));
    const attributeCode = label(cell(dimension.attributeCode));
    const variableLabel = label(cell(dimension.label)) || variableCode;
    const attributeLabel = label(cell(dimension.attributeLabel)) || attributeCode;
    if (!variableCode && !attributeLabel) continue;
    if (!regionFound && isRegionVariable(variableCode, variableLabel, attributeCode)) {
      regionFound = true;
      const region = flatRegion(variableCode, attributeCode, attributeLabel);
      row.regionCode = region.code;
      row.regionLabel = region.label;
      continue;
    }
    // Months and quarters are dimensions in a flat file and part of the time everywhere else.
    const month = variableCode === 'MONAT' ? /^MONAT(0[1-9]|1[0-2])$/.exec(attributeCode) : null;
    const quarter = variableCode === 'QUART' ? /^QUART([1-4])$/.exec(attributeCode) : null;
    if ((month || quarter) && /^\d{4}$/.test(time)) {
      time = narrowTime(time, month ? Number(month[1]) : null, quarter ? Number(quarter[1]) : null);
      continue;
    }
    row.attributes.push(
      attributeCode
        ? { dimension: variableLabel, code: attributeCode, label: attributeLabel }
        : { dimension: variableLabel, label: attributeLabel },
    );
  }
  row.time = time;
  return row;
}

/** The variables a row gives values for, with the raw value and quality cells. */
function rowValues(cells: string[], columns: FlatColumns, label: (raw: string) => string) {
  const cell = (index: number): string => (index === -1 ? '' : (cells[index] as string));
  const { perRow } = columns;
  if (perRow) {
    const code = label(cell(perRow.code));
    return [
      {
        variableCode: code,
        variableLabel: label(cell(perRow.label)) || code,
        unit: label(cell(perRow.unit)),
        raw: cell(perRow.value),
        quality: cell(perRow.quality),
      },
    ];
  }
  return columns.named.map((column) => ({
    variableCode: label(column.code),
    variableLabel: label(column.label),
    unit: label(column.unit),
    raw: cell(column.value),
    quality: cell(column.quality),
  }));
}

export function parseFlat(
  header: CsvRecord,
  records: Iterable<CsvRecord>,
  columns: FlatColumns,
  fileName: string,
): StatisticsTable {
  const builder = new TableBuilder();
  const label = labelCleaner();
  const width = header.cells.length;
  // The same few times on every row: each read once.
  const times = new Map<string, string>();
  const timeOf = (raw: string): string => {
    let time = times.get(raw);
    if (time === undefined) {
      time = readTime(raw) ?? raw;
      times.set(raw, time);
    }
    return time;
  };
  // Rows repeat the same few series: resolved once per distinct combination of raw texts.
  const seriesByRawKey = new Map<string, CollectedSeries>();
  const footerRecords: CsvRecord[] = [];
  let statisticsCode = '';
  let title = '';
  let inFooter = false;
  for (const record of records) {
    const { cells, line } = record;
    if (inFooter) {
      footerRecords.push(record);
      continue;
    }
    if (isBlank(cells)) continue;
    if (isFooterStart(cells)) {
      inFooter = true;
      continue;
    }
    const extra = cells.length > width && cells.slice(width).some((cell) => cell.trim() !== '');
    if (cells.length < width || extra) {
      refuse('STATISTICS_DAMAGED', `Die Zeile hat ${cells.length} statt ${width} Spalten.`, line);
    }
    if (!record.terminated) {
      refuse(
        'STATISTICS_DAMAGED',
        'Die Datei endet mitten in dieser Zeile, ohne Zeilenende: Sie ist vermutlich abgeschnitten.',
        line,
      );
    }
    statisticsCode ||= label(cells[columns.statisticsCode] ?? '');
    title ||= label(cells[columns.statisticsLabel] ?? '');
    const row = readRow(cells, columns, label, timeOf, line);
    const attributesKey = row.attributes
      .map((attribute) => `${attribute.dimension}\u0002${attribute.code}\u0002${attribute.label}`)
      .join('\u0001');
    for (const variable of rowValues(cells, columns, label)) {
      const value = readCellWithQuality(variable.raw, variable.quality, false);
      if (value === 'empty') continue;
      if (value === 'invalid') {
        refuse(
          'STATISTICS_DAMAGED',
          `${quoted(variable.raw)} ist weder eine Zahl noch ein Zeichen der amtlichen Statistik (-, ., ..., /, x).`,
          line,
        );
      }
      const { variableCode, variableLabel, unit } = variable;
      const rawKey = `${variableCode}\u0001${variableLabel}\u0001${unit}\u0003${attributesKey}`;
      let series = seriesByRawKey.get(rawKey);
      if (!series) {
        series = builder.seriesFor({
          variableCode,
          variableLabel,
          unit,
          attributes: row.attributes,
        });
        seriesByRawKey.set(rawKey, series);
      }
      const { regionCode, regionLabel, time } = row;
      builder.add(series, { regionCode, regionLabel, time, ...value }, line);
    }
  }
  const footer = readFooter(footerRecords);
  const code = tableCodeFromName(fileName) || statisticsCode;
  return builder.finish({
    code,
    title: title || code,
    layout: columns.layout,
    source: footer.source ?? sourceForCode(code),
    ...(footer.stand ? { stand: footer.stand } : {}),
    notes: footer.notes,
  });
}
