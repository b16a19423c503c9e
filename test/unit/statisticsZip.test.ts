// The flat file ZIP since 2025: exactly one flat CSV is read; archives with none or several, Excel
// workbooks, damaged or encrypted entries and ZIP bombs (by declared size, by ratio, and by a
// directory that understates the size) are refused before they fill the memory.
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseStatisticsFile } from '../../electron/backend/statistics/parse';
import { encode, expectRefusal, joinLines } from '../support/statistics';

const flatCsv = encode(
  joinLines([
    'statistics_code;statistics_label;time_code;time_label;time;1_variable_code;1_variable_label;' +
      '1_variable_attribute_code;1_variable_attribute_label;value;value_unit;value_variable_code;' +
      'value_variable_label',
    '12411;Fortschreibung des Bevölkerungsstandes;STAG;Stichtag;2024-12-31;KREISE;' +
      'Kreise und kreisfreie Städte;14521;Erzgebirgskreis;318394;Anzahl;BEVSTD;Bevölkerungsstand',
  ]),
  'utf8bom',
);

const parseZip = (zip: Uint8Array) => parseStatisticsFile(zip, '12411-01-01-4_flat.zip');

/** Writes into the first entry of the ZIP's central directory (offsets as in APPNOTE 4.3.12). */
function patchDirectory(zip: Uint8Array, field: number, value: number, bytes: 2 | 4): Uint8Array {
  const patched = zip.slice();
  const view = new DataView(patched.buffer);
  let end = patched.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end -= 1;
  const entry = view.getUint32(end + 16, true);
  if (bytes === 2) view.setUint16(entry + field, value, true);
  else view.setUint32(entry + field, value, true);
  return patched;
}

describe('a flat file ZIP', () => {
  it('reads its one flat CSV, deflated or stored, and takes the code from its name', () => {
    for (const level of [6, 0] as const) {
      const table = parseZip(zipSync({ '12411-01-01-4_flat.csv': [flatCsv, { level }] }));
      expect(table).toMatchObject({ code: '12411-01-01-4', layout: 'flatZip' });
      expect(table.series[0]?.values[0]).toMatchObject({ regionCode: '14521', value: 318394 });
    }
  });

  it('reads a lone CSV by another name, and ignores the folders macOS adds', () => {
    const zip = zipSync({
      'bevoelkerung.csv': flatCsv,
      '__MACOSX/._bevoelkerung.csv': new Uint8Array([0, 5, 22, 7]),
    });
    expect(parseZip(zip).times).toEqual(['2024-12-31']);
  });

  it('refuses an archive with two tables, naming them', () => {
    const zip = zipSync({ 'a_flat.csv': flatCsv, 'b_flat.csv': flatCsv });
    expectRefusal(() => parseZip(zip), 'STATISTICS_ZIP', /2 Tabellen \(a_flat\.csv, b_flat\.csv\)/);
  });

  it('refuses an archive without a CSV, naming what it holds', () => {
    const zip = zipSync({ 'liesmich.txt': encode('Hallo') });
    expectRefusal(() => parseZip(zip), 'STATISTICS_ZIP', /keine CSV-Datei \(nur liesmich\.txt\)/);
  });

  it('recognises an Excel workbook and asks for CSV', () => {
    const zip = zipSync({
      '[Content_Types].xml': encode('<Types/>'),
      'xl/workbook.xml': encode('<x/>'),
    });
    expectRefusal(() => parseZip(zip), 'STATISTICS_UNREADABLE', /Excel-Arbeitsmappe/);
  });

  it('refuses an entry whose checksum does not match its content', () => {
    const zip = zipSync({ 'x_flat.csv': [flatCsv, { level: 0 }] });
    zip[Buffer.from(zip).indexOf('Erzgebirgskreis')] = 0x65; // "E" becomes "e"
    expectRefusal(() => parseZip(zip), 'STATISTICS_ZIP', /Prüfsumme/);
  });

  it('refuses a cut-off archive and an encrypted entry', () => {
    const zip = zipSync({ 'x_flat.csv': flatCsv });
    expectRefusal(() => parseZip(zip.slice(0, zip.length >> 1)), 'STATISTICS_ZIP', /beschädigt/);
    expectRefusal(() => parseZip(patchDirectory(zip, 8, 1, 2)), 'STATISTICS_ZIP', /verschlüsselt/);
  });
});

describe('a ZIP bomb', () => {
  const zeros = zipSync({ 'bombe_flat.csv': new Uint8Array(5_000_000) });

  it('is refused by its ratio before anything is inflated', () => {
    expect(zeros.length).toBeLessThan(50_000);
    expectRefusal(() => parseZip(zeros), 'STATISTICS_ZIP', /mehr als 100-mal so groß/);
  });

  it('is refused by the size its directory declares', () => {
    const declared = patchDirectory(zipSync({ 'x_flat.csv': flatCsv }), 24, 150 * 1024 * 1024, 4);
    expectRefusal(() => parseZip(declared), 'STATISTICS_TOO_LARGE', /150 MB/);
  });

  it('is stopped while inflating when the directory understates the size', () => {
    const understated = patchDirectory(zeros, 24, 20_000, 4);
    expectRefusal(() => parseZip(understated), 'STATISTICS_ZIP', /größer, als das Archiv angibt/);
  });
});
