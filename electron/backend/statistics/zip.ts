// The flat file ZIP (since 2025): exactly one "…_flat.csv" inside, read from the archive's own
// directory and inflated under a guard, so a ZIP bomb is refused before it fills the memory.
import { Inflate } from 'fflate';
import { AppFailure } from '../../../shared/errors';
import { cleanText } from '../../../shared/text';
import { refuse } from './failures';

/** The unpacked CSV may be larger than the 50 MB download, but not without bound. */
export const maxUnpackedBytes = 100 * 1024 * 1024;
/** Flat CSVs compress about 15:1; far beyond that the archive is built to explode. */
export const maxCompressionRatio = 100;
const chunkBytes = 16 * 1024;

interface Entry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localHeader: number;
}

const damaged = (reason: string): never =>
  refuse('STATISTICS_ZIP', `Das ZIP-Archiv ist beschädigt: ${reason}.`);

/** The entries of the central directory, the ZIP's table of contents at its end. */
function readDirectory(bytes: Uint8Array): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  const lowest = Math.max(0, end - 0xffff);
  while (end >= lowest && view.getUint32(end, true) !== 0x06054b50) end -= 1;
  if (end < lowest) damaged('das Inhaltsverzeichnis fehlt');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: Entry[] = [];
  for (let index = 0; index < count; index++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) {
      damaged('das Inhaltsverzeichnis ist unvollständig');
    }
    const nameLength = view.getUint16(at + 28, true);
    const flags = view.getUint16(at + 8, true);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    entries.push({
      // Bit 11 marks UTF-8 names; others are CP437, whose ASCII part is all a "_flat.csv" needs.
      name: cleanText(new TextDecoder(flags & 0x800 ? 'utf-8' : 'latin1').decode(nameBytes), {
        multiLine: false,
      }),
      flags,
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localHeader: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** The one flat CSV; a lone CSV with another name counts as well, its content decides. */
function chooseEntry(entries: Entry[]): Entry {
  const files = entries.filter(
    (entry) => !entry.name.endsWith('/') && !entry.name.startsWith('__MACOSX/'),
  );
  if (files.some((entry) => /^(\[Content_Types\]\.xml|xl\/workbook\.xml)$/.test(entry.name))) {
    refuse('STATISTICS_UNREADABLE', 'Das ist eine Excel-Arbeitsmappe, keine CSV-Datei.');
  }
  const csvs = files.filter((entry) => /\.csv$/i.test(entry.name));
  const flat = csvs.filter((entry) => /_flat\.csv$/i.test(entry.name));
  const chosen = flat.length > 0 ? flat : csvs;
  if (chosen.length === 1) return chosen[0] as Entry;
  const names = files
    .slice(0, 5)
    .map((entry) => entry.name)
    .join(', ');
  return refuse(
    'STATISTICS_ZIP',
    chosen.length === 0
      ? `Das ZIP-Archiv enthält keine CSV-Datei${names ? ` (nur ${names})` : ''}.`
      : `Das ZIP-Archiv enthält ${chosen.length} Tabellen (${names}); bitte jede einzeln herunterladen.`,
  );
}

const crcTable = Uint32Array.from({ length: 256 }, (_, byte) => {
  let crc = byte;
  for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  return crc >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (let at = 0; at < bytes.length; at++) {
    crc = (crc >>> 8) ^ (crcTable[(crc ^ (bytes[at] as number)) & 0xff] as number);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** Inflates in small pieces and stops as soon as the output passes what the directory declared. */
function inflateGuarded(data: Uint8Array, declared: number): Uint8Array {
  const output = new Uint8Array(declared);
  let written = 0;
  const inflate = new Inflate((chunk) => {
    if (written + chunk.length > declared) {
      refuse(
        'STATISTICS_ZIP',
        'Die Tabelle darin ist größer, als das Archiv angibt: vermutlich eine ZIP-Bombe.',
      );
    }
    output.set(chunk, written);
    written += chunk.length;
  });
  try {
    for (let at = 0; at < data.length; at += chunkBytes) {
      inflate.push(data.subarray(at, at + chunkBytes), at + chunkBytes >= data.length);
    }
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    damaged('die gepackten Daten lassen sich nicht entpacken');
  }
  if (written !== declared) damaged('die Tabelle darin ist kürzer, als es angibt');
  return output;
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}

/** The CSV inside and its name, checked against size, ratio and checksum. */
export function unpackFlatCsv(bytes: Uint8Array): { name: string; bytes: Uint8Array } {
  const entry = chooseEntry(readDirectory(bytes));
  if (entry.flags & 1) refuse('STATISTICS_ZIP', 'Die Tabelle im ZIP-Archiv ist verschlüsselt.');
  if (entry.size > maxUnpackedBytes) {
    refuse(
      'STATISTICS_TOO_LARGE',
      `Entpackt wäre die Tabelle im ZIP-Archiv ${Math.ceil(entry.size / 1024 / 1024)} MB groß, erlaubt sind höchstens ${maxUnpackedBytes / 1024 / 1024} MB.`,
    );
  }
  if (entry.size > entry.compressedSize * maxCompressionRatio) {
    refuse(
      'STATISTICS_ZIP',
      `Die Tabelle im ZIP-Archiv wäre entpackt mehr als ${maxCompressionRatio}-mal so groß wie gepackt. So dicht packt sich keine Statistiktabelle; das Archiv ist vermutlich eine ZIP-Bombe.`,
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localHeader;
  if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) {
    damaged('der Eintrag der Tabelle fehlt');
  }
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  if (start + entry.compressedSize > bytes.length) damaged('die Tabelle darin ist abgeschnitten');
  const data = bytes.subarray(start, start + entry.compressedSize);
  // 0: stored, 8: deflated; GENESIS and every common packer use one of the two.
  if (entry.method !== 0 && entry.method !== 8) {
    refuse(
      'STATISTICS_ZIP',
      'Die Tabelle im ZIP-Archiv ist mit einem unbekannten Verfahren gepackt.',
    );
  }
  const content = entry.method === 8 ? inflateGuarded(data, entry.size) : data;
  if (content.length !== entry.size || crc32(content) !== entry.crc) {
    damaged('die Prüfsumme der Tabelle darin stimmt nicht');
  }
  return { name: entry.name, bytes: content };
}
