// Backup rotation counts the user's days, not UTC's: in Berlin, backups after midnight belong to
// the new day while UTC still counts the old one. The backups' clock is set by the test.
import Database from 'better-sqlite3';
import { copyFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BackupStore } from '../../electron/backend/workspace/backups';
import { freshFolders } from '../support/folders';

// Node applies a changed TZ at once; this file runs in a process of its own.
const originalZone = process.env.TZ;
process.env.TZ = 'Europe/Berlin';
afterAll(() => {
  process.env.TZ = originalZone;
});

const freshDir = freshFolders('kw-backup-days-');
const uuid = '00000000-0000-4000-8000-000000000001';

/** A backup store on a small database, with a clock the test moves. */
function setUp() {
  const dir = freshDir();
  const db = new Database(path.join(dir, 'Aue.werkstatt'));
  db.exec('CREATE TABLE notes (text TEXT)');
  let now = new Date(0);
  const store = new BackupStore(path.join(dir, 'Sicherungen'), () => now);
  const backupAt = async (iso: string) => {
    now = new Date(iso);
    return store.create(db, uuid, { path: path.join(dir, 'Aue.werkstatt'), name: 'Aue' }, 'auto');
  };
  return { dir, db, store, backupAt, folder: path.join(dir, 'Sicherungen', uuid) };
}

describe('backup rotation by local day', () => {
  it('keeps the last backup of the evening before once it is past midnight in Berlin', async () => {
    const { db, store, backupAt } = setUp();
    // 23:10–23:40 on 5 December in Berlin (22:10–22:40 UTC).
    for (const minute of ['10', '20', '30', '40']) await backupAt(`2026-12-05T22:${minute}:00Z`);
    // 00:10–00:30 on 6 December in Berlin, still 5 December in UTC (23:10–23:30).
    for (const minute of ['10', '20', '30']) await backupAt(`2026-12-05T23:${minute}:00Z`);
    db.close();

    const kept = await store.list(uuid);
    expect(kept.map((backup) => backup.createdAt)).toEqual([
      '2026-12-05T23:30:00.000Z',
      '2026-12-05T23:20:00.000Z',
      '2026-12-05T23:10:00.000Z',
      // Counted in UTC days, this one would have gone: all seven were "today" there.
      '2026-12-05T22:40:00.000Z',
    ]);
  });

  it('names backups by the local time with its offset', async () => {
    const { db, backupAt, folder } = setUp();
    await backupAt('2026-12-05T23:30:00.000Z');
    await backupAt('2026-07-01T10:00:00.000Z');
    db.close();
    expect(readdirSync(folder).filter((name) => name.endsWith('.werkstatt'))).toEqual([
      '2026-07-01 12-00-00-000 +0200_auto.werkstatt',
      '2026-12-06 00-30-00-000 +0100_auto.werkstatt',
    ]);
  });

  it('still lists and rotates backups named in UTC by earlier versions', async () => {
    const { db, store, backupAt, folder } = setUp();
    const first = await backupAt('2026-12-04T09:00:00Z');
    const source = path.join(folder, first.id.slice(37));
    // Two of 5 December (Berlin), written by an earlier version.
    copyFileSync(source, path.join(folder, '2026-12-05T08-00-00-000Z_auto.werkstatt'));
    copyFileSync(source, path.join(folder, '2026-12-05T22-59-00-000Z_auto.werkstatt'));
    await backupAt('2026-12-06T09:00:00Z');
    db.close();

    const kept = await store.list(uuid);
    expect(kept.map((backup) => [backup.createdAt, backup.id.slice(37)])).toEqual([
      ['2026-12-06T09:00:00.000Z', '2026-12-06 10-00-00-000 +0100_auto.werkstatt'],
      // 23:59 in Berlin: the newest of 5 December; the morning one rotated away.
      ['2026-12-05T22:59:00.000Z', '2026-12-05T22-59-00-000Z_auto.werkstatt'],
      ['2026-12-04T09:00:00.000Z', '2026-12-04 10-00-00-000 +0100_auto.werkstatt'],
    ]);
  });
});
