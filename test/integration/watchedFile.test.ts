// DESIGN §2: the open file is watched. Deleted or replaced behind the app's back, the next action
// is refused, "Speichern unter …" saves what is open, and after kill -9 nothing acknowledged is lost.
import Database from 'better-sqlite3';
import { renameSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../shared/result';
import { call, callFailing, closedAfterEach } from '../support/backend';
import { startChild, workspaceChildForTests } from '../support/children';
import { freshFolders } from '../support/folders';

const freshDir = freshFolders();
const backendIn = closedAfterEach();

const childBundle = workspaceChildForTests();

/**
 * What the file holds, read as the app reopens it: read-write, because a kill inside a transaction
 * leaves a hot journal that only a writing connection may roll back (a read-only one is refused
 * with "attempt to write a readonly database").
 */
function storedIdeas(file: string): Map<number, string> {
  const db = new Database(file, { fileMustExist: true });
  try {
    const rows = db.prepare('SELECT id, text FROM ideas').all() as { id: number; text: string }[];
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    return new Map(rows.map((row) => [row.id, row.text]));
  } finally {
    db.close();
  }
}

describe('the open workspace file is watched', () => {
  it('refuses the next action when the file is deleted, and saves what is open under a new name', async () => {
    const dir = freshDir();
    const backend = backendIn(dir);
    const { path: file } = await call(backend, 'workspace:create', { name: 'Weghausen' });
    await call(backend, 'ideas:create', { text: 'Bestätigt', phase: 'kritik' });
    expect(await call(backend, 'workspace:checkFile', {})).toEqual({ intact: true });

    unlinkSync(file);
    const checked = await call(backend, 'workspace:checkFile', {});
    expect(checked).toMatchObject({ intact: false, reason: 'deleted' });
    for (const [method, input] of [
      ['ideas:create', { text: 'Ins Leere', phase: 'kritik' }],
      ['history:undo', {}],
    ] as const) {
      const error = await callFailing(backend, method, input);
      expect(error.code).toBe('WORKSPACE_FILE_GONE');
      expect(error.message).toContain('„Weghausen.werkstatt“ wurde gelöscht oder verschoben');
      expect(error.message).toContain('Speichern unter');
    }

    const saved = await call(backend, 'workspace:saveAs', {});
    expect(path.dirname(saved.path)).toBe(path.dirname(file));
    expect(saved.counts.ideas).toBe(1);
    await call(backend, 'ideas:create', { text: 'Weiter geht’s', phase: 'kritik' });
    await backend.close();
    expect([...storedIdeas(saved.path).values()]).toEqual(['Bestätigt', 'Weiter geht’s']);
  });

  it('refuses the next action when another file is put in its place, and leaves that file alone', async () => {
    const dir = freshDir();
    const backend = backendIn(dir);
    const { path: file } = await call(backend, 'workspace:create', { name: 'Tauschdorf' });
    await call(backend, 'ideas:create', { text: 'Meine Idee', phase: 'kritik' });
    writeFileSync(`${file}.neu`, 'fremder Inhalt');
    renameSync(`${file}.neu`, file);

    const error = await callFailing(backend, 'ideas:create', { text: 'Nein', phase: 'kritik' });
    expect(error.code).toBe('WORKSPACE_FILE_GONE');
    expect(error.message).toContain('durch eine andere Datei ersetzt');
    const saved = await call(backend, 'workspace:saveAs', { name: 'Tauschdorf gerettet' });
    expect(path.basename(saved.path)).toBe('Tauschdorf gerettet.werkstatt');
    await backend.close();
    expect([...storedIdeas(saved.path).values()]).toEqual(['Meine Idee']);
  });

  for (const how of ['delete', 'replace'] as const) {
    it(`loses nothing acknowledged when the file is ${how === 'delete' ? 'deleted' : 'replaced'} and the app is then killed (-9)`, async () => {
      const dir = freshDir();
      const backend = backendIn(dir);
      const { path: file } = await call(backend, 'workspace:create', { name: 'Rettungsstadt' });
      await backend.close();

      const writer = startChild(childBundle(), [
        'rescue',
        path.join(dir, 'data'),
        path.join(dir, 'werkstaetten'),
        file,
        how,
      ]);
      const acked = new Map<number, string>();
      const steps: Record<string, Result<unknown>> = {};
      let ackedAfterSave = 0;
      writer.onLine((line) => {
        const message = JSON.parse(line) as {
          acked?: { id: number; text: string };
          step?: string;
          result?: Result<unknown>;
        };
        if (message.step && message.result) steps[message.step] = message.result;
        if (!message.acked) return;
        acked.set(message.acked.id, message.acked.text);
        // Killed by what the child reports, not by the clock: after 20 writes into the saved file.
        if (steps.saved && ++ackedAfterSave === 20) writer.process.kill('SIGKILL');
      });
      const exit = await writer.exited;
      expect(exit, writer.stderr()).toEqual({ code: null, signal: 'SIGKILL' });
      expect(steps.refused).toMatchObject({ ok: false, error: { code: 'WORKSPACE_FILE_GONE' } });
      expect(steps.checkFile).toMatchObject({
        ok: true,
        value: { intact: false, reason: how === 'delete' ? 'deleted' : 'replaced' },
      });
      const saved = steps.saved as Result<{ path: string }>;
      if (!saved.ok) throw new Error(saved.error.message);

      const stored = storedIdeas(saved.value.path);
      const missing = [...acked].filter(([id, text]) => stored.get(id) !== text);
      expect(acked.size).toBeGreaterThanOrEqual(25);
      expect(missing).toEqual([]);
      expect([...stored.values()]).not.toContain('Nach dem Verlust');
    });
  }
});
