// Reads a file the user named (a project file, a statistics download) with its size checked before
// a byte is read, so a huge or growing file never fills the memory; German failures for the rest.
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { AppFailure } from '../../shared/errors';

export interface CappedRead {
  maxBytes: number;
  /** The failure for a file over `maxBytes`. */
  tooLarge: () => AppFailure;
  /** The failure for a path that names a folder or device; gets the quoted file name. */
  notAFile: (name: string) => AppFailure;
}

export async function readCapped(file: string, limits: CappedRead): Promise<Buffer> {
  const resolved = path.resolve(file);
  const name = `„${path.basename(resolved)}“`;
  let bytes: Buffer;
  try {
    const info = await stat(resolved);
    if (!info.isFile()) throw limits.notAFile(name);
    if (info.size > limits.maxBytes) throw limits.tooLarge();
    bytes = await readAtMost(resolved, Math.min(info.size, limits.maxBytes) + 1);
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new AppFailure('NOT_FOUND', `Die Datei ${name} gibt es nicht (mehr).`);
    }
    throw new AppFailure('IO_ERROR', `${name} konnte nicht gelesen werden.`);
  }
  // The file may have grown between the check and the read.
  if (bytes.length > limits.maxBytes) throw limits.tooLarge();
  return bytes;
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
