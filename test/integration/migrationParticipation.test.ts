// Migration 007: a workspace from before participation opens with its cards as typed on the
// laptop (no device, shown) and the tables for photos and votes in place.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaVersion } from '../../electron/backend/store/migrations';
import { participation } from '../../electron/backend/store/migrations/006-participation';
import { call, closedAfterEach } from '../support/backend';
import { freshFolders } from '../support/folders';
import { workspaceAtVersion } from '../support/testMigrations';

const freshDir = freshFolders('kw-migration-phones-');
const backendIn = closedAfterEach();

describe('migration 007: participation from phones', () => {
  it('keeps every card as it was, from the laptop and shown, and adds photos and votes', async () => {
    const dir = freshDir();
    const file = workspaceAtVersion(
      path.join(dir, 'Altdorf.werkstatt'),
      participation.version - 1,
      'Altdorf',
      (db) =>
        db
          .prepare(
            `INSERT INTO ideas (text, phase, position, created_at)
             VALUES ('Vor der Teilnahme', 'kritik', 1, '2026-01-01T00:00:00Z')`,
          )
          .run(),
    );
    const backend = backendIn(dir);
    await call(backend, 'workspace:open', { path: file });
    const { db } = backend.workspaces.current();
    expect(db.pragma('user_version', { simple: true })).toBe(schemaVersion);
    expect((await call(backend, 'board:load', {})).ideas).toMatchObject([
      { text: 'Vor der Teilnahme', device: null, visibility: 'shown' },
    ]);
    const tables = (
      db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]
    ).map((row) => row.name);
    expect(tables).toEqual(expect.arrayContaining(['photos', 'photo_data', 'votes', 'vote_dots']));
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(() => db.prepare("UPDATE ideas SET visibility = 'weg'").run()).toThrow(/CHECK/);
  });
});
