// The classic table CSV of GENESIS-Online, the Regionalstatistik and the Zensus database: title
// block, header rows, data rows with dimension columns left of the values, footer after
// "__________". A table without that footer was cut off and is refused.
import type { StatisticsAttribute, StatisticsTable } from '../../../shared/statistics';
import { TableBuilder } from './builder';
import type { CollectedSeries } from './builder';
import { readColumnHeads, readTitleBlock } from './classicHead';
import { dimensionRoles, hasRegionColumn, readRowContext } from './classicRows';
import { isBlank } from './csv';
import type { CsvRecord } from './csv';
import { quoted, refuse } from './failures';
import { isFooterStart, readFooter } from './footer';
import { sourceForCode, tableCodeFromName } from './source';
import { labelCleaner } from './text';
import { narrowTime } from './time';
import { readCell } from '../../../shared/profile/values';

/**
 * "GENESIS-Tabelle: 12411-0006", "Tabelle: 46251-02-01-4-B", with up to a few words before it as
 * state offices and the Zensus database may write; the code is absent for "Temporär".
 */
export const tableMarker = /^\s*(?:[\w. -]{0,40}?[- ])?(?:tabelle|table)\s*:\s*(.*)$/i;

/** Rows read to judge the dimension columns before the rest streams through. */
const sampleSize = 200;
/** A title block and header longer than this is no statistics table. */
const maxHeadLines = 60;

const filledCount = (cells: string[]) => cells.filter((cell) => cell.trim() !== '').length;
const lastFilled = (cells: string[]) => cells.findLastIndex((cell) => cell.trim() !== '');

/** A data row starts with a label and ends with a value; header rows start empty. */
function isDataRow(cells: string[]): boolean {
  return (
    cells[0]?.trim() !== '' &&
    filledCount(cells) >= 2 &&
    readCell(cells[lastFilled(cells)] as string, true) !== 'invalid'
  );
}

/** The code after "Tabelle:"; "Temporär" (a table the user rearranged) has none. */
const tableCode = (text: string): string =>
  /^[0-9A-Z][0-9A-Z.-]*$/i.test(text) && /\d/.test(text) ? text : '';

interface Head {
  code: string;
  titleLines: string[];
  headerRows: string[][];
  sample: CsvRecord[];
  footerAt: CsvRecord | null;
}

/** Everything up to the first data row, and up to `sampleSize` data rows. */
function readHead(records: Iterator<CsvRecord>, label: (raw: string) => string): Head {
  const head: Head = { code: '', titleLines: [], headerRows: [], sample: [], footerAt: null };
  let lines = 0;
  for (let next = records.next(); !next.done; next = records.next()) {
    const record = next.value;
    if (isBlank(record.cells)) continue;
    if (isFooterStart(record.cells)) {
      head.footerAt = record;
      return head;
    }
    if (head.sample.length > 0 || isDataRow(record.cells)) {
      head.sample.push(record);
      if (head.sample.length === sampleSize) return head;
      continue;
    }
    if (++lines > maxHeadLines) {
      refuse(
        'STATISTICS_UNREADABLE',
        `Nach ${maxHeadLines} Kopfzeilen beginnt noch keine Datenzeile.`,
        record.line,
      );
    }
    const titleLine = head.headerRows.length === 0 && filledCount(record.cells) === 1;
    const text = label(record.cells[0] ?? '');
    const marker = titleLine ? tableMarker.exec(text) : null;
    if (marker) {
      head.code = tableCode(marker[1] as string);
      // Lines above the table line name the office, not the table.
      head.titleLines = [];
    } else if (titleLine && text) head.titleLines.push(text);
    else head.headerRows.push(record.cells.map(label));
  }
  return head;
}

/** The dimension columns: those left empty by the innermost header row, else the data's labels. */
function countDimensions(headerRows: string[][], sample: string[][]): number {
  const innermost = headerRows.at(-1);
  const fromHeader = innermost ? innermost.findIndex((cell) => cell !== '') : 0;
  if (fromHeader > 0) return fromHeader;
  const labelsEnd = (cells: string[]) =>
    cells.findLastIndex((cell) => cell !== '' && readCell(cell, true) === 'invalid') + 1;
  return Math.max(1, ...sample.map(labelsEnd));
}

/** Names a header row gives the dimension columns ("Stichtag", "Kreise"), else empty. */
function dimensionNames(headerRows: string[][], count: number): string[] {
  return Array.from(
    { length: count },
    (_, column) => headerRows.findLast((row) => row[column])?.[column] ?? '',
  );
}

const noTime =
  'Die Tabelle nennt keinen Zeitpunkt: keine Spalte, keine Kopfzeile und keine Titelzeile mit Jahr oder Stichtag.';

export function parseClassic(records: Iterable<CsvRecord>, fileName: string): StatisticsTable {
  const label = labelCleaner();
  const iterator = records[Symbol.iterator]();
  const head = readHead(iterator, label);
  if (head.sample.length === 0) {
    refuse('STATISTICS_EMPTY', 'Die Tabelle hat keine Datenzeilen.', head.footerAt?.line);
  }
  const title = readTitleBlock(head.titleLines);
  const sample = head.sample.map((record) => record.cells.map(label));
  const dimensionCount = countDimensions(head.headerRows, sample);
  const width = Math.max(...[...head.headerRows, ...sample].map(lastFilled)) + 1;
  const columns = Array.from({ length: width - dimensionCount }, (_, at) => dimensionCount + at);
  if (columns.length === 0) {
    refuse(
      'STATISTICS_UNREADABLE',
      'Die Tabelle hat keine Spalten mit Werten.',
      head.sample[0]?.line,
    );
  }
  const heads = readColumnHeads(head.headerRows, columns, title);
  const roles = dimensionRoles(sample, dimensionCount);
  const names = dimensionNames(head.headerRows, dimensionCount);
  const hasRegion = hasRegionColumn(roles);
  if (!roles.includes('time') && !title.time && heads.some((column) => !column.time)) {
    refuse('STATISTICS_UNREADABLE', noTime);
  }

  const builder = new TableBuilder();
  // A row's attributes and a column give the series; looked up once per row, then by column.
  const seriesByRow = new Map<string, CollectedSeries[]>();
  const seriesOfRow = (attributes: StatisticsAttribute[]) => {
    const key = JSON.stringify(attributes);
    let series = seriesByRow.get(key);
    if (!series) {
      series = heads.map((column) =>
        builder.seriesFor({
          variableCode: '',
          variableLabel: column.variableLabel,
          unit: column.unit,
          attributes: [...column.attributes, ...attributes],
        }),
      );
      seriesByRow.set(key, series);
    }
    return series;
  };
  const readRow = ({ cells, line }: CsvRecord) => {
    if (lastFilled(cells) >= width) {
      refuse(
        'STATISTICS_DAMAGED',
        'Die Zeile hat mehr Spalten als die Kopfzeilen der Tabelle.',
        line,
      );
    }
    const dimensions = cells.slice(0, dimensionCount).map(label);
    const row = readRowContext(dimensions, roles, names, hasRegion ? null : title.region, line);
    const rowSeries = seriesOfRow(row.attributes);
    heads.forEach((column, position) => {
      const raw = cells[column.index] ?? '';
      const value = readCell(raw, true);
      if (value === 'empty') return;
      if (value === 'invalid') {
        refuse(
          'STATISTICS_DAMAGED',
          `${quoted(raw)} ist weder eine Zahl noch ein Zeichen der amtlichen Statistik (-, ., ..., /, x, ()).`,
          line,
        );
      }
      const year = row.time ?? column.time ?? title.time;
      if (!year) refuse('STATISTICS_UNREADABLE', noTime, line);
      const time = narrowTime(year, row.month ?? column.month, row.quarter ?? column.quarter);
      const { code, label: regionLabel } = row.region;
      builder.add(
        rowSeries[position] as CollectedSeries,
        { regionCode: code, regionLabel, time, ...value },
        line,
      );
    });
  };

  head.sample.forEach(readRow);
  const footerRecords: CsvRecord[] = [];
  let footerFound = head.footerAt !== null;
  let lastLine = head.sample.at(-1)?.line ?? 0;
  for (let next = iterator.next(); !next.done; next = iterator.next()) {
    const record = next.value;
    lastLine = record.line;
    if (footerFound) footerRecords.push(record);
    else if (isFooterStart(record.cells)) footerFound = true;
    else if (!isBlank(record.cells)) readRow(record);
  }
  if (!footerFound) {
    refuse(
      'STATISTICS_DAMAGED',
      'Hier endet die Datei ohne den Abschluss der Tabelle („__________“, ©, „Stand:“): Sie ist vermutlich abgeschnitten.',
      lastLine,
    );
  }
  const footer = readFooter(footerRecords);
  const code = head.code || tableCodeFromName(fileName);
  return builder.finish({
    code,
    title: title.title || code,
    layout: 'classic',
    source: footer.source ?? sourceForCode(code),
    ...(footer.stand ? { stand: footer.stand } : {}),
    notes: footer.notes,
  });
}
