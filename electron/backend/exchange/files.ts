// Project files read with their size checked before anything is parsed.
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { AppFailure } from '../../../shared/errors';
import { exchangeMaxBytes } from '../../../shared/library';

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
