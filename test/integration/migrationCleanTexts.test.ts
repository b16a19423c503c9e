// Migration 003: texts stored before the one text rule are cleaned with it when the file is opened.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaVersion } from '../../electron/backend/store/migrations';
import { call, closedAfterEach } from '../support/backend';
import { freshFolders } from '../support/folders';
import { workspaceAtVersion } from '../support/testMigrations';

const freshDir = freshFolders();
const backendIn = closedAfterEach();

/** A closed workspace at schema v2 whose texts hold what older versions let through. */
function dirtyV2Workspace(dir: string): string {
  return workspaceAtVersion(path.join(dir, 'Altdorf.werkstatt'), 2, 'Altdorf', (db) => {
    db.prepare(
      `INSERT INTO ideas (text, phase, author, position, created_at) VALUES (?, 'kritik', ?, 1, '2026-01-01T00:00:00Z')`,
    ).run('Zeile 1\r\nZeile 2\u0085Ende\ud800', 'A\tB');
    db.prepare('UPDATE workspace SET name = ?, district = ?').run(
      'Alt\u000bdorf\u0007',
      'Kreis\u2028Süd',
    );
    db.prepare('UPDATE action_fields SET name = ? WHERE id = 1').run('\u0007\ufffe');
    db.prepare('UPDATE action_fields SET description = ? WHERE id = 2').run('gut\u0000 so\uFDD0');
  });
}

describe('migration 003: stored texts follow the text rule', () => {
  it('cleans breaks, controls, noncharacters and lone surrogates, and fills emptied names', async () => {
    const dir = freshDir();
    const file = dirtyV2Workspace(dir);
    const backend = backendIn(dir);
    await call(backend, 'workspace:open', { path: file });
    const db = backend.workspaces.current().db;
    expect(db.pragma('user_version', { simple: true })).toBe(schemaVersion);
    expect(db.prepare('SELECT name, district FROM workspace').get()).toEqual({
      name: 'Alt dorf',
      district: 'Kreis Süd',
    });
    const idea = db.prepare('SELECT text, author, hex(text) AS bytes FROM ideas').get() as {
      text: string;
      author: string;
      bytes: string;
    };
    expect(idea.text).toBe('Zeile 1\nZeile 2\nEnde');
    // The lone surrogate's bytes (ED A0 80) are gone from the file, not just hidden on reading.
    expect(idea.bytes).not.toContain('EDA080');
    expect(idea.author).toBe('A B');
    const fields = db
      .prepare('SELECT name, description FROM action_fields WHERE id IN (1, 2) ORDER BY id')
      .all();
    expect(fields).toEqual([
      expect.objectContaining({ name: 'Handlungsfeld' }),
      expect.objectContaining({ description: 'gut so' }),
    ]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    // And the cleaned workspace exports its projects again (the Kommune name was the obstacle).
    const board = await call(backend, 'board:load', {});
    await call(backend, 'ideas:move', {
      id: board.ideas[0]!.id,
      to: { kind: 'newProject', actionFieldId: 1, beforeProjectId: null },
    });
    const written = await call(backend, 'exchange:export', { projectIds: null });
    expect(path.basename(written.path)).toContain('Alt dorf');
  });

  it('leaves clean texts untouched', async () => {
    const dir = freshDir();
    const file = workspaceAtVersion(
      path.join(dir, 'Sauberstadt.werkstatt'),
      2,
      'Sauberstadt',
      (db) =>
        db
          .prepare(
            `INSERT INTO ideas (text, phase, position, created_at) VALUES (?, 'kritik', 1, '2026-01-01')`,
          )
          .run('  Zwei\nZeilen  '),
    );
    const reopened = backendIn(dir);
    await call(reopened, 'workspace:open', { path: file });
    const db = reopened.workspaces.current().db;
    expect(db.prepare('SELECT text FROM ideas').pluck().get()).toBe('  Zwei\nZeilen  ');
    expect(db.prepare('SELECT name FROM workspace').pluck().get()).toBe('Sauberstadt');
  });
});
