// Files of the library: project files and CSV tables written atomically (under a chosen name, or
// a fresh one in the workspace folder), and project files read with their size checked first.
import { mkdir, open, stat } from 'node:fs/promises';
import path from 'node:path';
import { AppFailure } from '../../../shared/errors';
import { exchangeMaxBytes } from '../../../shared/library';
import { removeOrphans, TargetTaken, writeAtomically } from '../export/atomicWrite';

export type FileTarget =
  /** Exactly this file, replaced if it exists (the user chose it). */
  | { kind: 'exact'; path: string }
  /** `<baseName><extension>` in `folder`, numbered " (2)", " (3)" … when taken. */
  | { kind: 'fresh'; folder: string; baseName: string; extension: string };

const maxNumberedNames = 999;

/** Writes `bytes` so that the target is the old file or the complete new one; returns where. */
export async function writeUserFile(
  bytes: Uint8Array,
  target: FileTarget,
  what: string,
): Promise<string> {
  if (target.kind === 'exact') {
    const file = path.resolve(target.path);
    await removeOrphans(path.dirname(file));
    try {
      await writeAtomically(file, bytes, { replace: true });
    } catch (error) {
      throw writeFailure(error, file, what);
    }
    return file;
  }
  const { folder, baseName, extension } = target;
  // The default folder is the app's own; it may simply not exist yet.
  await mkdir(folder, { recursive: true }).catch((error: unknown) => {
    throw writeFailure(error, path.join(folder, baseName + extension), what);
  });
  await removeOrphans(folder);
  for (let n = 1; n <= maxNumberedNames; n++) {
    const file = path.join(folder, `${baseName}${n === 1 ? '' : ` (${n})`}${extension}`);
    try {
      await writeAtomically(file, bytes, { replace: false });
      return file;
    } catch (error) {
      if (!(error instanceof TargetTaken)) throw writeFailure(error, file, what);
    }
  }
  throw writeFailure(new Error('Kein freier Dateiname'), path.join(folder, baseName), what);
}

/** Why `what` (e.g. "Die Projektdatei") could not be written, in words a person can act on. */
function writeFailure(error: unknown, target: string, what: string): AppFailure {
  if (error instanceof AppFailure) return error;
  const code = String((error as { code?: unknown }).code ?? '');
  const name = `„${path.basename(target)}“`;
  const folder = `„${path.dirname(target)}“`;
  switch (code) {
    case 'EACCES':
    case 'EROFS':
      return new AppFailure(
        'EXPORT_READ_ONLY',
        `${what} kann nicht als ${name} gespeichert werden: Der Ordner ${folder} ist schreibgeschützt. Bitte wählen Sie einen anderen Ordner. Es wurde nichts geschrieben.`,
      );
    case 'EBUSY':
    case 'EPERM':
      return new AppFailure(
        'EXPORT_LOCKED',
        `${name} ist gesperrt, vermutlich noch in einem anderen Programm (z. B. Excel) geöffnet. Bitte schließen Sie die Datei dort oder wählen Sie einen anderen Namen. Es wurde nichts geschrieben.`,
      );
    case 'ENOENT':
    case 'ENOTDIR':
      return new AppFailure(
        'EXPORT_FAILED',
        `Den Ordner ${folder} gibt es nicht (mehr). Es wurde nichts geschrieben.`,
      );
    case 'EISDIR':
      return new AppFailure(
        'EXPORT_FAILED',
        `${name} ist ein Ordner. Bitte wählen Sie einen Dateinamen. Es wurde nichts geschrieben.`,
      );
    case 'ENOSPC':
    case 'EDQUOT':
      return new AppFailure(
        'EXPORT_FAILED',
        `Auf dem Datenträger ist nicht genug Platz für ${name}. Es wurde nichts geschrieben.`,
      );
    default:
      return new AppFailure(
        'EXPORT_FAILED',
        `${what} konnte nicht als ${name} gespeichert werden. Es wurde nichts geschrieben.`,
      );
  }
}

export const tooLarge = () =>
  new AppFailure(
    'EXCHANGE_TOO_LARGE',
    `Die Projektdatei ist größer als ${exchangeMaxBytes / 1000 / 1000} MB und wird nicht gelesen. Es wurde nichts importiert.`,
  );

/**
 * The text of a project file: given as `content` (the browser's upload) or read from `path`. The
 * size is checked before anything is read or parsed; the bytes must be UTF-8.
 */
export async function readExchangeText(source: {
  path?: string;
  content?: string;
}): Promise<string> {
  if (source.content !== undefined) {
    if (Buffer.byteLength(source.content, 'utf8') > exchangeMaxBytes) throw tooLarge();
    return source.content;
  }
  const file = path.resolve(source.path ?? '');
  const name = `„${path.basename(file)}“`;
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (!info.isFile()) {
      throw new AppFailure(
        'EXCHANGE_INVALID',
        `${name} ist keine Datei. Es wurde nichts importiert.`,
      );
    }
    if (info.size > exchangeMaxBytes) throw tooLarge();
    bytes = await readAtMost(file, Math.min(info.size, exchangeMaxBytes) + 1);
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new AppFailure('NOT_FOUND', `Die Datei ${name} gibt es nicht (mehr).`);
    }
    throw new AppFailure('IO_ERROR', `${name} konnte nicht gelesen werden.`);
  }
  // The file may have grown between the check and the read.
  if (bytes.length > exchangeMaxBytes) throw tooLarge();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AppFailure(
      'EXCHANGE_INVALID',
      `${name} ist keine Textdatei in UTF-8 und damit keine Projektdatei. Es wurde nichts importiert.`,
    );
  }
}

async function readAtMost(file: string, limit: number): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(limit);
    let filled = 0;
    while (filled < limit) {
      const { bytesRead } = await handle.read(buffer, filled, limit - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}
