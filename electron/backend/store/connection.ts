// Opens and creates workspace files with the settings DESIGN.md §2 demands, checking before touching.
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { constants } from 'node:fs';
import { access, link, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { flush, flushFolder } from '../durableFiles';
import { applicationId, inspectFile } from './fileFormat';
import { migrate } from './migrate';
import { migrations as allMigrations, schemaVersion } from './migrations';
import { assertPathFits, temporaryNameOverhead } from './pathLimits';
import type { Migration } from './migrations';
import {
  alreadyExists,
  openHere,
  damaged,
  failureFor,
  missing,
  notAWorkspace,
  readOnly,
  rethrowAsFailure,
  tooNew,
} from './sqliteErrors';

export type Db = Database.Database;

export interface OpenOptions {
  migrations?: readonly Migration[];
  /** Called with the open connection before pending migrations run (the online backup). */
  beforeMigrate?: (db: Db, fromVersion: number) => Promise<void>;
}

/** How long a second opener waits for the lock before being told the workspace is open elsewhere. */
const lockWaitMs = 250;

/** The settings every open connection has; asserted by the tests on every open path. */
export function applyConnectionSettings(db: Db): void {
  // Rollback journal, never WAL: the file must be complete on its own (USB sticks, network drives).
  db.pragma('journal_mode = DELETE');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('trusted_schema = OFF');
}

/**
 * Workspaces this process holds, by device and inode. POSIX drops all of a process's locks on a
 * file as soon as any descriptor of that file is closed — so a held file must never be opened
 * again here, not even to read its header, or its exclusive lock would silently be gone.
 */
const heldFiles = new Map<string, Db>();

async function identityOf(file: string): Promise<string | undefined> {
  try {
    const info = await stat(file);
    return `${info.dev}:${info.ino}`;
  } catch {
    return undefined;
  }
}

/** True when `file` (under any name or link) is a workspace this process has open. */
export async function isHeldHere(file: string): Promise<boolean> {
  const identity = await identityOf(file);
  return identity !== undefined && heldFiles.get(identity)?.open === true;
}

export async function openWorkspaceFile(file: string, options: OpenOptions = {}): Promise<Db> {
  // The journal beside it needs "-journal" more.
  assertPathFits(file, '-journal'.length);
  const migrations = options.migrations ?? allMigrations;
  const latest = migrations.at(-1)?.version ?? schemaVersion;
  const identity = await identityOf(file);
  if (identity !== undefined && heldFiles.get(identity)?.open) throw openHere(file);
  const verdict = await assertOurs(file, latest);
  await assertWritable(file);

  let db: Db | undefined;
  try {
    db = new Database(file, { fileMustExist: true, timeout: lockWaitMs });
    db.pragma('locking_mode = EXCLUSIVE');
    // The first read takes the lock (and rolls back a hot journal left by a crash).
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw damaged(file);
    applyConnectionSettings(db);
    // A write makes the lock exclusive and keeps it until close: a second opener gets SQLITE_BUSY.
    db.exec('BEGIN EXCLUSIVE; COMMIT;');
    if (verdict.fileVersion < latest) {
      await options.beforeMigrate?.(db, verdict.fileVersion);
      migrate(db, migrations);
    }
    if (identity !== undefined) heldFiles.set(identity, db);
    return db;
  } catch (error) {
    db?.close();
    return rethrowAsFailure(error, file);
  }
}

/** Refuses anything that is not a workspace this app can read, before SQLite sees it. */
async function assertOurs(file: string, latest: number) {
  const verdict = await inspectFile(file, latest);
  switch (verdict.kind) {
    case 'missing':
      throw missing(file);
    case 'not-a-file':
      throw notAWorkspace(file, 'das ist ein Ordner');
    case 'not-sqlite':
      throw notAWorkspace(file, 'kein gültiges Dateiformat');
    case 'foreign-database':
      throw notAWorkspace(file, 'eine Datenbank eines anderen Programms');
    case 'too-new':
      throw tooNew(file, verdict.fileVersion, latest);
  }
  return verdict;
}

/**
 * Opens a workspace read-only for inspection (CLI check, stats, backup): no lock is taken for
 * writing, no migration runs, nothing is written. Fails like the app when the file is in use.
 * `inTodaysSchema`: a file of an older schema is read as a copy in memory, migrated there, so
 * reading commands (export, indicators) see today's tables while the file stays as it is.
 */
export async function openForReading(
  file: string,
  { inTodaysSchema = false } = {},
): Promise<{ db: Db; fileVersion: number }> {
  const verdict = await assertOurs(file, schemaVersion);
  let db: Db | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, timeout: lockWaitMs });
    const check = db.pragma('integrity_check', { simple: true });
    const brokenReferences = db.pragma('foreign_key_check') as unknown[];
    if (check !== 'ok' || brokenReferences.length > 0) throw damaged(file);
    if (inTodaysSchema && verdict.fileVersion < schemaVersion) {
      const copy = new Database(db.serialize());
      db.close();
      db = copy;
      migrate(db, allMigrations);
    }
    return { db, fileVersion: verdict.fileVersion };
  } catch (error) {
    db?.close();
    return rethrowAsFailure(error, file);
  }
}

/**
 * Creates a new workspace: built completely under a temporary name, then moved into place,
 * so there is never a half-made file under the real name.
 */
export async function createWorkspaceFile(
  file: string,
  seed: (db: Db) => void,
  migrations: readonly Migration[] = allMigrations,
): Promise<void> {
  assertPathFits(file, temporaryNameOverhead);
  if (await exists(file)) throw alreadyExists(file);
  await assertFolderWritable(path.dirname(file));
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomUUID()}.tmp`);
  try {
    const db = new Database(temporary);
    try {
      db.pragma('locking_mode = EXCLUSIVE');
      applyConnectionSettings(db);
      migrate(db, migrations);
      db.transaction(() => seed(db))();
    } finally {
      db.close();
    }
    await flush(temporary);
    await moveIntoPlace(temporary, file);
  } catch (error) {
    await unlink(temporary).catch(() => {});
    await unlink(`${temporary}-journal`).catch(() => {});
    return rethrowAsFailure(error, file);
  }
}

/**
 * Writes what `db` holds (an open connection, also when its file was deleted) to `file`, complete
 * and flushed before it appears under that name; never overwrites.
 */
export async function saveCopy(db: Db, file: string): Promise<void> {
  assertPathFits(file, temporaryNameOverhead);
  if (await exists(file)) throw alreadyExists(file);
  await assertFolderWritable(path.dirname(file));
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomUUID()}.tmp`);
  try {
    await db.backup(temporary);
    await flush(temporary);
    await moveIntoPlace(temporary, file);
  } catch (error) {
    await unlink(temporary).catch(() => {});
    return rethrowAsFailure(error, file);
  }
}

/** Never overwrites: a hard link fails if the name was taken meanwhile; FAT (USB sticks) has none. */
async function moveIntoPlace(temporary: string, file: string) {
  try {
    await link(temporary, file);
    await unlink(temporary);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw alreadyExists(file);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw error;
    if (await exists(file)) throw alreadyExists(file);
    await rename(temporary, file);
  }
  await flushFolder(path.dirname(file));
}

export async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

async function assertWritable(file: string) {
  try {
    await access(file, constants.W_OK);
  } catch (error) {
    throw failureFor(error, file) ?? readOnly(file);
  }
  await assertFolderWritable(path.dirname(file), file);
}

/** The rollback journal lives beside the file, so the folder must be writable too. */
async function assertFolderWritable(folder: string, file = folder) {
  try {
    await access(folder, constants.W_OK);
  } catch {
    throw readOnly(file);
  }
}

export { applicationId, schemaVersion };
