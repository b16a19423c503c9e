// Bytes to text as the statistical offices write it: a BOM decides, else strict UTF-8, else
// Windows-1252. Text holding the replacement character (mojibake) or NUL is refused.
import { TextDecoder } from 'node:util';
import { refuse } from './failures';

const utf8 = new TextDecoder('utf-8', { fatal: true });

// Windows-1252 differs from ISO-8859-1 only in 0x80–0x9F. Node's TextDecoder('windows-1252')
// decodes those as ISO-8859-1 control characters, so € „ “ – are mapped here.
const windows1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function windows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (char) => windows1252High[char.charCodeAt(0) - 0x80] as string);
}

const startsWith = (bytes: Uint8Array, ...prefix: number[]): boolean =>
  prefix.every((byte, index) => bytes[index] === byte);

function decodeStrict(decoder: TextDecoder, bytes: Uint8Array, encoding: string): string {
  try {
    return decoder.decode(bytes);
  } catch {
    return refuse(
      'STATISTICS_DAMAGED',
      `Die Datei ist als ${encoding} gekennzeichnet, enthält aber Bytes, die in ${encoding} keine Zeichen sind.`,
    );
  }
}

function decodeBytes(bytes: Uint8Array): string {
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return decodeStrict(utf8, bytes, 'UTF-8');
  if (startsWith(bytes, 0xff, 0xfe)) {
    return decodeStrict(new TextDecoder('utf-16le', { fatal: true }), bytes, 'UTF-16');
  }
  if (startsWith(bytes, 0xfe, 0xff)) {
    return decodeStrict(new TextDecoder('utf-16be', { fatal: true }), bytes, 'UTF-16');
  }
  try {
    return utf8.decode(bytes);
  } catch {
    // Not UTF-8: the classic tables of GENESIS and the Regionalstatistik come as Windows-1252.
    return windows1252(bytes);
  }
}

/** The 1-based line of a position, for messages; counted as the CSV reader counts breaks. */
const lineAt = (text: string, index: number): number =>
  (text.slice(0, index).match(/\r\n|\r|\n/g)?.length ?? 0) + 1;

export function decodeText(bytes: Uint8Array): string {
  const text = decodeBytes(bytes);
  const replacement = text.indexOf('\ufffd');
  if (replacement !== -1) {
    refuse(
      'STATISTICS_DAMAGED',
      'Die Datei enthält das Ersatzzeichen „\ufffd“ anstelle von Buchstaben (meist Umlauten): Sie wurde mit einer falschen Zeichenkodierung gespeichert und hat die Buchstaben verloren.',
      lineAt(text, replacement),
    );
  }
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    refuse(
      'STATISTICS_UNREADABLE',
      'Die Datei enthält Binärdaten (Nullzeichen) und ist keine Textdatei.',
      lineAt(text, nul),
    );
  }
  return text;
}
