// Migrations: one transaction after an online backup; the file is at the old version or the new.
import Database from 'better-sqlite3';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  watch,
} from 'node:fs';
import type { FSWatcher } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Backend, BackendOptions } from '../../electron/backend/backend';
import { applicationId, schemaVersion } from '../../electron/backend/store/connection';
import { call, callFailing, testBackend } from '../support/backend';
import { buildWorkspaceChild, startChild } from '../support/children';
import { folderState, patchUint32, sha256, sideFiles } from '../support/files';
import { freshFolders } from '../support/folders';
import { seededRandom } from '../support/random';
import { extraMigration, failingMigration, withMigration } from '../support/testMigrations';

const freshDir = freshFolders();
const backends: Backend[] = [];
afterEach(async () => {
  while (backends.length) await backends.pop()?.close();
});
function backendIn(dir: string, options: BackendOptions = {}) {
  const backend = testBackend(dir, options);
  backends.push(backend);
  return backend;
}

const next = schemaVersion + 1;

/** A closed v1 workspace with two ideas, in a folder of its own. */
async function v1Workspace(dir: string, name = 'Wandelstadt'): Promise<string> {
  const backend = backendIn(dir);
  const { path: file } = await call(backend, 'workspace:create', {
    name,
    path: path.join(mkdtempSync(path.join(dir, 'ordner-')), `${name}.werkstatt`),
  });
  await call(backend, 'ideas:create', { text: 'Marktplatz beleben', phase: 'fantasie' });
  await call(backend, 'ideas:create', { text: 'Schulweg sicherer machen', phase: 'kritik' });
  await backend.close();
  return file;
}

function inspect(file: string) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return {
      userVersion: db.pragma('user_version', { simple: true }),
      applicationId: db.pragma('application_id', { simple: true }),
      tables: db
        .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name`)
        .pluck()
        .all() as string[],
      ideas: db.prepare('SELECT text FROM ideas ORDER BY id').pluck().all(),
      integrity: db.pragma('integrity_check', { simple: true }),
    };
  } finally {
    db.close();
  }
}

/** Where a backup's file lies: <dataDir>/Sicherungen/<uuid>/<file name>; the id is "<uuid>_<file name>". */
const backupFile = (dir: string, id: string) =>
  path.join(dir, 'data', 'Sicherungen', id.slice(0, 36), id.slice(37));

describe('opening an older workspace', () => {
  it(`migrates a v${schemaVersion} file to v${next}, after a “migration” backup of the old state`, async () => {
    const dir = freshDir();
    const file = await v1Workspace(dir);
    const backend = backendIn(dir, { migrations: withMigration(extraMigration) });

    const summary = await call(backend, 'workspace:open', { path: file });
    expect(summary.counts.ideas).toBe(2);
    const db = backend.workspaces.current().db;
    expect(db.pragma('user_version', { simple: true })).toBe(next);
    expect(db.pragma('application_id', { simple: true })).toBe(applicationId);
    expect(db.prepare('SELECT id, note FROM extra').all()).toEqual([{ id: 1, note: 'a' }]);
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(db.pragma('locking_mode', { simple: true })).toBe('exclusive');

    await backend.workspaces.close(); // waits for the backup taken at open
    const backups = await call(backend, 'backups:list', { path: file });
    const migration = backups.find((backup) => backup.reason === 'migration');
    const opened = backups.find((backup) => backup.reason === 'open');
    expect(migration).toBeDefined();
    expect(opened).toBeDefined();
    if (!migration || !opened) return;
    expect(migration.createdAt <= opened.createdAt).toBe(true);
    // The migration backup is the file as it was before: old version, no new table, same data.
    expect(inspect(backupFile(dir, migration.id))).toMatchObject({
      userVersion: schemaVersion,
      applicationId,
      ideas: ['Marktplatz beleben', 'Schulweg sicherer machen'],
      integrity: 'ok',
    });
    expect(inspect(backupFile(dir, migration.id)).tables).not.toContain('extra');
    expect(inspect(backupFile(dir, opened.id))).toMatchObject({ userVersion: next });
    expect(inspect(file)).toMatchObject({ userVersion: next, integrity: 'ok' });
    expect(sideFiles(path.dirname(file))).toEqual([]);
  });

  // "Too new" is judged against the migrations this backend knows, not a built-in constant.
  it('reopens a migrated file with the app version that migrated it', async () => {
    const dir = freshDir();
    const file = await v1Workspace(dir);
    const backend = backendIn(dir, { migrations: withMigration(extraMigration) });
    await call(backend, 'workspace:open', { path: file });
    await backend.close();
    const reopened = await backend.dispatch('workspace:open', { path: file });
    expect(reopened).toMatchObject({ ok: true, value: { path: file } });
    expect(backend.workspaces.current().db.pragma('user_version', { simple: true })).toBe(next);
  });

  it('leaves the file at the old version when a migration fails, with no partial table', async () => {
    const dir = freshDir();
    const file = await v1Workspace(dir);
    const hash = sha256(file);
    const log = { error: vi.fn() };
    const backend = backendIn(dir, { migrations: withMigration(failingMigration), log });

    const error = await callFailing(backend, 'workspace:open', { path: file });
    expect(error.code).toBe('INTERNAL');
    expect(error.message).toContain('Ihre gespeicherten Daten sind nicht betroffen');
    expect(log.error).toHaveBeenCalledOnce();
    expect(await call(backend, 'workspace:current', {})).toBeNull();

    const after = inspect(file);
    expect(after).toMatchObject({ userVersion: schemaVersion, applicationId, integrity: 'ok' });
    expect(after.tables).not.toContain('extra');
    expect(after.ideas).toEqual(['Marktplatz beleben', 'Schulweg sicherer machen']);
    // The rolled-back transaction never reached the file.
    expect(sha256(file)).toBe(hash);
    expect(sideFiles(path.dirname(file))).toEqual([]);
    // The backup was taken before the attempt, and the file still opens with the current app.
    const backups = await call(backend, 'backups:list', { path: file });
    expect(backups.map((backup) => backup.reason)).toContain('migration');
    const current = backendIn(dir);
    expect((await call(current, 'workspace:open', { path: file })).counts.ideas).toBe(2);
  });

  it('refuses a file from the future (user_version + 5) and leaves it unchanged', async () => {
    const dir = freshDir();
    const file = await v1Workspace(dir, 'Zukunftsdorf');
    patchUint32(file, 60, schemaVersion + 5);
    const before = folderState(path.dirname(file));
    for (const migrations of [undefined, withMigration(extraMigration)]) {
      const backend = backendIn(dir, { migrations });
      const known = migrations?.at(-1)?.version ?? schemaVersion;
      const error = await callFailing(backend, 'workspace:open', { path: file });
      expect(error.code).toBe('WORKSPACE_TOO_NEW');
      expect(error.message).toContain('„Zukunftsdorf.werkstatt“');
      expect(error.message).toContain(
        `Dateiformat ${schemaVersion + 5}, diese Version kennt bis ${known}`,
      );
      expect(error.message).toContain('die Datei bleibt unverändert');
      expect(folderState(path.dirname(file))).toEqual(before);
      expect(await call(backend, 'workspace:current', {})).toBeNull();
    }
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(schemaVersion + 5);
    db.close();
  });
});

describe('kill -9 inside a migration', () => {
  let child: Awaited<ReturnType<typeof buildWorkspaceChild>>;
  beforeAll(async () => {
    child = await buildWorkspaceChild();
  });
  afterAll(() => child?.remove());

  const rows = 200_000;
  /** A rollback journal that SQLite will play back: it starts with the journal magic. */
  const isHot = (journal: string) =>
    existsSync(journal) &&
    readFileSync(journal).subarray(0, 8).equals(Buffer.from('d9d505f920a163d7', 'hex'));

  type Kill = { afterMs: number } | { fileGrownBytes: number };

  /**
   * Runs the migrating child; kills it `afterMs` after it starts opening, or as soon as the file
   * has grown by `fileGrownBytes` (only the migration's cache spill writes that much before its
   * commit: an event of the file system, so the kill lands mid-migration however slow the
   * machine is), or never.
   */
  async function migrateInChild(dir: string, file: string, kill?: Kill) {
    const args = ['migrate', path.join(dir, 'data'), path.join(dir, 'werkstaetten'), file];
    const migrating = startChild(child.bundle, [...args, String(rows)]);
    let started = 0;
    let timer: NodeJS.Timeout | undefined;
    let watcher: FSWatcher | undefined;
    if (kill && 'fileGrownBytes' in kill) {
      const limit = statSync(file).size + kill.fileGrownBytes;
      watcher = watch(file, () => {
        if ((statSync(file, { throwIfNoEntry: false })?.size ?? 0) > limit) {
          migrating.process.kill('SIGKILL');
        }
      });
    }
    migrating.onLine((line) => {
      if ((JSON.parse(line) as { step: string }).step !== 'start') return;
      started = Date.now();
      if (kill && 'afterMs' in kill) {
        timer = setTimeout(() => migrating.process.kill('SIGKILL'), kill.afterMs);
      }
    });
    const exit = await migrating.exited;
    clearTimeout(timer);
    watcher?.close();
    return {
      ...exit,
      lines: migrating.lines,
      ms: Date.now() - started,
      stderr: migrating.stderr(),
    };
  }

  /** Opens read-write as any SQLite tool would (rolling back a hot journal) and reads the state. */
  function recover(file: string) {
    const db = new Database(file, { fileMustExist: true });
    try {
      const userVersion = db.pragma('user_version', { simple: true });
      const hasSlow =
        db.prepare(`SELECT count(*) FROM sqlite_schema WHERE name = 'slow'`).pluck().get() === 1;
      return {
        userVersion,
        hasSlow,
        slowRows: hasSlow ? db.prepare('SELECT count(*) FROM slow').pluck().get() : null,
        lastRow: hasSlow
          ? db.prepare('SELECT note FROM slow WHERE id = ?').pluck().get(rows)
          : null,
        ideas: db.prepare('SELECT count(*) FROM ideas').pluck().get(),
        integrity: db.pragma('integrity_check', { simple: true }),
      };
    } finally {
      db.close();
    }
  }

  it(
    'leaves the old version or the complete new one, never between',
    { timeout: 60_000 },
    async () => {
      const dir = freshDir();
      const template = await v1Workspace(dir, 'Umbaustadt');

      // Once without a kill: how long the whole open takes, and what "complete" looks like.
      const calibration = path.join(dir, 'Kalibrierung.werkstatt');
      copyFileSync(template, calibration);
      const full = await migrateInChild(dir, calibration);
      expect(full.code, full.stderr).toBe(0);
      expect(full.lines.at(-1)).toBe(JSON.stringify({ step: 'workspace:open', ok: true }));
      expect(recover(calibration)).toEqual({
        userVersion: next,
        hasSlow: true,
        slowRows: rows,
        lastRow: `Zeile ${rows} der langsamen Migration`,
        ideas: 2,
        integrity: 'ok',
      });

      const seed = Number(process.env.KW_SEED ?? Date.now() % 1_000_000);
      const random = seededRandom(seed);
      const outcomes = { old: 0, interrupted: 0, migrated: 0 };
      for (let round = 1; round <= 15; round++) {
        const file = path.join(dir, `Runde ${round}.werkstatt`);
        copyFileSync(template, file);
        // Odd rounds die mid-migration for certain; even rounds at a random moment of the open.
        const kill: Kill =
          round % 2 === 1 ? { fileGrownBytes: 1024 * 1024 } : { afterMs: random() * full.ms * 1.1 };
        const killed = await migrateInChild(dir, file, kill);
        const hot = isHot(`${file}-journal`);

        const state = recover(file);
        const context = `Runde ${round}, Seed ${seed}, ${killed.signal ?? killed.code}`;
        expect(state.integrity, context).toBe('ok');
        expect(state.ideas, context).toBe(2);
        if (state.userVersion === schemaVersion) {
          expect(state, context).toMatchObject({ hasSlow: false, slowRows: null });
          outcomes[hot ? 'interrupted' : 'old']++;
        } else {
          expect(state, context).toMatchObject({
            userVersion: next,
            hasSlow: true,
            slowRows: rows,
            lastRow: `Zeile ${rows} der langsamen Migration`,
          });
          outcomes.migrated++;
        }
        // A hot journal was rolled back; at most a cold (zeroed) one is left beside the file.
        expect(isHot(`${file}-journal`), context).toBe(false);
        rmSync(file, { force: true });
        rmSync(`${file}-journal`, { force: true });
      }
      console.log(
        `kill -9 in der Migration: 15 Runden, alt ${outcomes.old}, ` +
          `mitten in der Migration getötet ${outcomes.interrupted}, fertig ${outcomes.migrated} (Seed ${seed})`,
      );
      // The kills must actually land inside migrations for this test to mean anything.
      expect(outcomes.interrupted).toBeGreaterThan(0);
    },
  );
});
