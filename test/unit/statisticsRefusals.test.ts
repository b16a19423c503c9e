// Files that are no statistics table, or no longer a whole one, are refused with a German reason:
// empty, too large, another format, another kind of CSV, broken encodings, too many values.
import { describe, it } from 'vitest';
import { maxValues } from '../../electron/backend/statistics/builder';
import { parseStatisticsFile } from '../../electron/backend/statistics/parse';
import { statisticsMaxBytes } from '../../shared/statistics';
import { classicFooter, encode, expectRefusal, parseText } from '../support/statistics';

const parseBytes = (bytes: Uint8Array | number[]) =>
  parseStatisticsFile(Uint8Array.from(bytes), 'download.csv');

describe('empty files', () => {
  it.each([
    ['no byte at all', [], /0 Byte/],
    ['only line breaks and spaces', [...encode(' \r\n\n ;;; \n')], /nur leere Zeilen/],
    ['only a BOM', [0xef, 0xbb, 0xbf], /nur leere Zeilen/],
  ])('refuses %s as empty', (_, bytes, reason) => {
    expectRefusal(() => parseBytes(bytes), 'STATISTICS_EMPTY', reason);
  });
});

describe('other files', () => {
  it('refuses a file over 50 MB by its size, before reading it', () => {
    expectRefusal(
      () => parseBytes(new Uint8Array(statisticsMaxBytes + 1)),
      'STATISTICS_TOO_LARGE',
      /^Die Datei ist 51 MB groß, erlaubt sind höchstens 50 MB\./,
    );
  });

  it('refuses a CSV that is no statistics table, naming its first line', () => {
    expectRefusal(
      () => parseText(['', 'Name;Alter;Ort', 'Anna;32;Aue']),
      'STATISTICS_UNREADABLE',
      /^Zeile 2: Die Datei beginnt weder mit dem Kopf einer Tabelle/,
    );
  });

  it('refuses a CSV with columns "time" and "value" that is no flat file of the offices', () => {
    expectRefusal(
      () => parseText(['time;value', '2020;5']),
      'STATISTICS_UNREADABLE',
      /^Zeile 1: Die Datei beginnt weder/,
    );
  });

  it.each([
    [
      'an Excel 97 workbook',
      [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
      /Excel-Arbeitsmappe/,
    ],
    ['a PDF', [...encode('%PDF-1.7\n')], /PDF-Datei/],
    ['binary data', [0x47, 0x45, 0x00, 0x4e, 0x0a], /^Zeile 1: Die Datei enthält Binärdaten/],
  ])('names %s', (_, bytes, reason) => {
    expectRefusal(() => parseBytes(bytes), 'STATISTICS_UNREADABLE', reason);
  });

  it('refuses a UTF-8 BOM followed by bytes that are no UTF-8', () => {
    expectRefusal(
      () => parseBytes([0xef, 0xbb, 0xbf, ...encode('GENESIS-Tabelle: 1\nBev'), 0xf6, 0x6c]),
      'STATISTICS_DAMAGED',
      /als UTF-8 gekennzeichnet/,
    );
  });
});

describe('limits', () => {
  it(`refuses a table with more than ${maxValues.toLocaleString('de-DE')} values`, () => {
    const columns = 1000;
    const row = (index: number) =>
      `${10000 + index};Gemeinde ${index};${Array(columns).fill('1').join(';')}`;
    const lines = [
      'GENESIS-Tabelle: 99999-0001',
      'Riesentabelle - Stichtag 31.12.2015 -',
      'Werte (Anzahl)',
      `;;${Array.from({ length: columns }, (_, index) => `Merkmal ${index}`).join(';')}`,
      ...Array.from({ length: maxValues / columns + 1 }, (_, index) => row(index)),
      ...classicFooter,
    ];
    expectRefusal(() => parseText(lines), 'STATISTICS_TOO_LARGE', /mehr als 1\.000\.000 Werte/);
  });
});
