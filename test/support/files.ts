// File-level helpers for durability tests: hashes, folder snapshots, header patches, table dumps.
import type Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Hashes in another process: opening and closing a file this process holds with SQLite would drop
 * SQLite's POSIX locks on it, so tests must never read a held workspace with fs themselves.
 */
export function sha256(file: string): string {
  return execFileSync('sha256sum', ['--', file], { encoding: 'utf8' }).split(' ')[0] as string;
}

export interface FileState {
  name: string;
  sha256: string | null;
  mtimeMs: number;
}

/** Every entry of a folder with its hash (null for a folder) and mtime, sorted by name. */
export function folderState(folder: string): FileState[] {
  return readdirSync(folder)
    .sort()
    .map((name) => {
      const full = path.join(folder, name);
      const info = statSync(full);
      return { name, sha256: info.isFile() ? sha256(full) : null, mtimeMs: info.mtimeMs };
    });
}

/** Names in a folder that SQLite or a half-done write would leave: journals, WAL, temporaries. */
export function sideFiles(folder: string): string[] {
  return readdirSync(folder).filter((name) => /-(journal|wal|shm)$|\.tmp$/.test(name));
}

/** The page size from the SQLite header (bytes 16–17, big-endian; 1 means 65536). */
export function pageSizeOf(bytes: Buffer): number {
  const size = bytes.readUInt16BE(16);
  return size === 1 ? 65536 : size;
}

/** Writes a big-endian 32-bit value into a file's header, e.g. user_version (60) or application_id (68). */
export function patchUint32(file: string, offset: number, value: number): void {
  const bytes = readFileSync(file);
  bytes.writeUInt32BE(value >>> 0, offset);
  writeFileSync(file, bytes);
}

/** Every table's rows in rowid order, plus the schema and the header pragmas: a full content dump. */
export function dumpDatabase(db: Database.Database): Record<string, unknown[]> {
  const dump: Record<string, unknown[]> = {
    '#schema': db
      .prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name')
      .all(),
    '#pragmas': [
      db.pragma('user_version', { simple: true }),
      db.pragma('application_id', { simple: true }),
    ],
  };
  const tables = db
    .prepare(
      `SELECT name, wr FROM pragma_table_list
       WHERE schema = 'main' AND type != 'view' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
    )
    .all() as { name: string; wr: number }[];
  for (const { name, wr } of tables) {
    // A WITHOUT ROWID table (e.g. FTS5's own) has no rowid; it is read in primary-key order.
    dump[name] = db
      .prepare(
        wr
          ? `SELECT * FROM "${name}"`
          : `SELECT rowid AS "#rowid", * FROM "${name}" ORDER BY rowid`,
      )
      .all();
  }
  return dump;
}
