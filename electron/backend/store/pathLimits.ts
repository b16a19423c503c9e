// The file system's limits on names and paths, checked before a file is touched, so a name that
// is too long is told as such (with the limit) rather than as a failing disk.
import path from 'node:path';
import { AppFailure } from '../../../shared/errors';

/** Bytes one name may have on ext4, APFS, NTFS (as UTF-8) and FAT with long names. */
export const maxNameBytes = 255;
/** Bytes a whole path may have (Linux PATH_MAX less its final NUL). */
export const maxPathBytes = 4095;
/** What a temporary name beside a file adds: ".", ".<uuid>.tmp" and a "-journal" of it. */
export const temporaryNameOverhead = 1 + 1 + 36 + 4 + '-journal'.length;

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
const de = (value: number) => value.toLocaleString('de-DE');

/**
 * Refuses a path whose name (plus what the app puts beside it while writing: `extraBytes`) or
 * whole length exceeds the limits, saying which and by how much.
 */
export function assertPathFits(file: string, extraBytes = 0): void {
  const resolved = path.resolve(file);
  if (bytes(resolved) > maxPathBytes) {
    throw new AppFailure(
      'NAME_TOO_LONG',
      `Der Pfad ist zu lang: ${de(bytes(resolved))} Bytes, das Dateisystem erlaubt höchstens ${de(maxPathBytes)}. Bitte wählen Sie einen kürzeren Ordner oder Namen.`,
    );
  }
  const name = path.basename(resolved);
  const limit = maxNameBytes - extraBytes;
  const long = resolved
    .split(path.sep)
    .find(
      (part, index, parts) => bytes(part) > (index === parts.length - 1 ? limit : maxNameBytes),
    );
  if (long === undefined) return;
  const isName = long === name;
  throw new AppFailure(
    'NAME_TOO_LONG',
    `${isName ? 'Der Dateiname' : 'Der Ordnername'} „${long.slice(0, 40)}…“ ist zu lang: ${de(bytes(long))} Bytes, höchstens ${de(isName ? limit : maxNameBytes)} sind möglich (Umlaute zählen als 2 Bytes, viele andere Schriftzeichen als 3, Emoji als 4). Bitte wählen Sie einen kürzeren Namen.`,
  );
}

/** The longest start of `text` that has at most `max` bytes, never cutting a character. */
export function cutToBytes(text: string, max: number): string {
  let cut = '';
  for (const char of text) {
    if (bytes(cut + char) > max) break;
    cut += char;
  }
  return cut;
}
