// The entry of the statistics parser: a downloaded file's bytes to a table, or an AppFailure that
// says in German why not. Pure: reads nothing but the bytes it is given, writes nothing.
import { statisticsMaxBytes } from '../../../shared/statistics';
import type { StatisticsTable } from '../../../shared/statistics';
import { parseClassic, tableMarker } from './classic';
import { csvRecords, isBlank } from './csv';
import type { CsvRecord } from './csv';
import { decodeText } from './decode';
import { refuse } from './failures';
import { parseFlat } from './flat';
import { flatColumns } from './flatColumns';
import { tableCodeFromName } from './source';
import { isZip, unpackFlatCsv } from './zip';

/** Formats the parser cannot read but a user may well pick, named so they know what to do. */
function refuseKnownBinary(bytes: Uint8Array): void {
  const starts = (...prefix: number[]) => prefix.every((byte, index) => bytes[index] === byte);
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) {
    refuse('STATISTICS_UNREADABLE', 'Das ist eine Excel-Arbeitsmappe, keine CSV-Datei.');
  }
  if (starts(0x25, 0x50, 0x44, 0x46)) {
    refuse('STATISTICS_UNREADABLE', 'Das ist eine PDF-Datei, keine CSV-Datei.');
  }
}

function* replay(head: CsvRecord[], rest: Iterator<CsvRecord>): Generator<CsvRecord> {
  yield* head;
  for (let next = rest.next(); !next.done; next = rest.next()) yield next.value;
}

function parseText(text: string, fileName: string): StatisticsTable {
  const records = csvRecords(text);
  const head: CsvRecord[] = [];
  // The classic marker is the first line, after at most two lines a state office puts above it.
  while (head.length < 3) {
    const next = records.next();
    if (next.done) break;
    if (!isBlank(next.value.cells)) head.push(next.value);
  }
  const first = head[0];
  if (first === undefined) refuse('STATISTICS_EMPTY', 'Die Datei enthält nur leere Zeilen.');
  const flat = flatColumns(first.cells);
  if (flat) return parseFlat(first, replay(head.slice(1), records), flat, fileName);
  if (head.some((record) => tableMarker.test(record.cells[0] ?? ''))) {
    return parseClassic(replay(head, records), fileName);
  }
  return refuse(
    'STATISTICS_UNREADABLE',
    'Die Datei beginnt weder mit dem Kopf einer Tabelle („GENESIS-Tabelle: …“) noch mit dem einer Flatfile (Spalten „Zeit“ bzw. „time“ und „value“).',
    first.line,
  );
}

export function parseStatisticsFile(bytes: Uint8Array, fileName: string): StatisticsTable {
  if (bytes.length > statisticsMaxBytes) {
    refuse(
      'STATISTICS_TOO_LARGE',
      `Die Datei ist ${Math.ceil(bytes.length / 1024 / 1024)} MB groß, erlaubt sind höchstens ${statisticsMaxBytes / 1024 / 1024} MB.`,
    );
  }
  if (bytes.length === 0) refuse('STATISTICS_EMPTY', 'Die Datei ist leer (0 Byte).');
  if (isZip(bytes)) {
    const inner = unpackFlatCsv(bytes);
    const named = tableCodeFromName(inner.name) ? inner.name : fileName;
    return parseText(decodeText(inner.bytes), named);
  }
  refuseKnownBinary(bytes);
  return parseText(decodeText(bytes), fileName);
}
