// The SQL function `clean_text` that lets a migration clean stored texts with the one text rule
// (shared/text.ts), including lone surrogates that older versions stored as invalid UTF-8.
import type Database from 'better-sqlite3';
import { cleanText } from '../../../shared/text';

/**
 * A lone surrogate reached the file as its three-byte encoding (ED A0..BF 80..BF), which is not
 * UTF-8: a plain read would turn it into three U+FFFD. So the function reads the stored bytes.
 */
const encodedSurrogate = (bytes: Buffer, at: number) =>
  bytes[at] === 0xed &&
  (bytes[at + 1] ?? 0) >= 0xa0 &&
  (bytes[at + 1] ?? 0) <= 0xbf &&
  (bytes[at + 2] ?? 0) >= 0x80 &&
  (bytes[at + 2] ?? 0) <= 0xbf;

function decodeStored(bytes: Buffer): string {
  const kept: number[] = [];
  for (let at = 0; at < bytes.length; at++) {
    if (encodedSurrogate(bytes, at)) at += 2;
    else kept.push(bytes[at] as number);
  }
  return new TextDecoder('utf-8').decode(Uint8Array.from(kept));
}

/**
 * `clean_text(CAST(column AS BLOB), multiLine, fallback)`: the cleaned text; `fallback` where
 * nothing but removed characters was left (columns that must not be empty).
 */
export function registerTextCleaning(db: Database.Database): void {
  db.function(
    'clean_text',
    { deterministic: true },
    (stored: unknown, multiLine: unknown, fallback: unknown) => {
      if (!Buffer.isBuffer(stored)) return stored;
      const cleaned = cleanText(decodeStored(stored), { multiLine: multiLine === 1 });
      return cleaned.trim() === '' && typeof fallback === 'string' ? fallback : cleaned;
    },
  );
}
