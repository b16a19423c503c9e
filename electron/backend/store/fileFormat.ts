// What makes a file ours: the SQLite header, our application_id and a schema version we know.
import { open } from 'node:fs/promises';
import { schemaVersion } from './migrations';

/** 'KWST' — marks a SQLite file as a Kommunalwerkstatt workspace (PRAGMA application_id). */
export const applicationId = 0x4b575354;

export const workspaceExtension = '.werkstatt';

const sqliteMagic = Buffer.from('SQLite format 3\0', 'latin1');

export type FileVerdict =
  | { kind: 'missing' }
  | { kind: 'not-a-file' }
  | { kind: 'not-sqlite' }
  | { kind: 'foreign-database' }
  | { kind: 'too-new'; fileVersion: number }
  | { kind: 'ours'; fileVersion: number };

/** Reads the 100-byte header without SQLite, so nothing is opened (or created) for a foreign file. */
export async function inspectFile(file: string, latest = schemaVersion): Promise<FileVerdict> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'missing' };
    if (code === 'EISDIR') return { kind: 'not-a-file' };
    throw error;
  }
  try {
    if (!(await handle.stat()).isFile()) return { kind: 'not-a-file' };
    const header = Buffer.alloc(100);
    const { bytesRead } = await handle.read(header, 0, 100, 0);
    if (bytesRead < 100 || !header.subarray(0, 16).equals(sqliteMagic))
      return { kind: 'not-sqlite' };
    if (header.readUInt32BE(68) !== applicationId) return { kind: 'foreign-database' };
    const fileVersion = header.readUInt32BE(60);
    return fileVersion > latest ? { kind: 'too-new', fileVersion } : { kind: 'ours', fileVersion };
  } finally {
    await handle.close();
  }
}
