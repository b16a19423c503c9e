// Creating, opening, the demo, undo/redo and backups, against real files in a temp folder.
import Database from 'better-sqlite3';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import { applicationId, schemaVersion } from '../../electron/backend/store/connection';
import { call, callFailing, closedAfterEach } from '../support/backend';
import { tempDir } from '../support/temp';

const backendIn = closedAfterEach();

/** The settings DESIGN.md §2 demands, read from the backend's own open connection. */
function expectWorkspaceSettings(backend: Backend) {
  const db = backend.workspaces.current().db;
  expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
  expect(db.pragma('synchronous', { simple: true })).toBe(2);
  expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  expect(db.pragma('trusted_schema', { simple: true })).toBe(0);
  expect(db.pragma('locking_mode', { simple: true })).toBe('exclusive');
  expect(db.pragma('application_id', { simple: true })).toBe(applicationId);
  expect(db.pragma('user_version', { simple: true })).toBe(schemaVersion);
}

describe('a new workspace', () => {
  it('is created as <Name>.werkstatt with the Kommune, default catalogues and the five steps', async () => {
    const dir = tempDir();
    const backend = backendIn(dir);
    const summary = await call(backend, 'workspace:create', {
      name: 'Aue',
      state: 'Sachsen',
      district: 'Erzgebirgskreis',
      inhabitants: 16000,
      consultant: 'Büro Beispiel',
    });
    expect(summary.path).toBe(path.join(dir, 'werkstaetten', 'Aue.werkstatt'));
    expect(summary).toMatchObject({ name: 'Aue', state: 'Sachsen', inhabitants: 16000 });
    expect(summary.counts).toMatchObject({ actionFields: 16, targetGroups: 11, ideas: 0 });
    const steps = await call(backend, 'steps:load', {});
    expect(steps.map((step) => step.key)).toEqual([
      'kickoff',
      'profile',
      'workshop',
      'plan',
      'review',
    ]);
    expectWorkspaceSettings(backend);
    expect(readdirSync(path.dirname(summary.path)).filter((name) => name.includes('.tmp'))).toEqual(
      [],
    );
  });

  it('refuses a name that exists with its own message and leaves that file alone', async () => {
    const dir = tempDir();
    const backend = backendIn(dir);
    const first = await call(backend, 'workspace:create', {
      name: 'Zeitz',
      path: path.join(dir, 'Zeitz.werkstatt'),
    });
    const error = await callFailing(backend, 'workspace:create', {
      name: 'Zeitz',
      path: first.path,
    });
    expect(error.code).toBe('WORKSPACE_EXISTS');
    expect(error.message).toContain('„Zeitz.werkstatt“');
  });

  it('refuses an empty Kommune name with a German message', async () => {
    const backend = backendIn(tempDir());
    const error = await callFailing(backend, 'workspace:create', { name: '   ' });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toContain('Bitte den Namen der Kommune angeben.');
  });

  it('makes file names safe for every operating system', async () => {
    const backend = backendIn(tempDir());
    const summary = await call(backend, 'workspace:create', { name: 'Halle/Saale: "Nord"?' });
    expect(path.basename(summary.path)).toBe('Halle-Saale- -Nord--.werkstatt');
    expect(summary.name).toBe('Halle/Saale: "Nord"?');
  });
});

describe('the demo workspace', () => {
  it('is a fresh copy of Musterstadt with two sessions, ~120 ideas and 20 complete projects', async () => {
    const dir = tempDir();
    const backend = backendIn(dir);
    const demo = await call(backend, 'workspace:openDemo', {});
    expect(path.basename(demo.path)).toBe('Musterstadt (Beispiel).werkstatt');
    expect(demo.counts.workshops).toBe(2);
    expect(demo.counts.ideas).toBeGreaterThanOrEqual(110);
    expect(demo.counts.projects).toBe(20);
    expect(demo.counts.ideasInInbox).toBeGreaterThan(20);
    expectWorkspaceSettings(backend);
    const second = await call(backend, 'workspace:openDemo', {});
    expect(path.basename(second.path)).toBe('Musterstadt (Beispiel) 2.werkstatt');
    expect(second.uuid).not.toBe(demo.uuid);
  });
});

describe('undo and redo', () => {
  it('revert and repeat a user action, each committed to the file', async () => {
    const dir = tempDir();
    const backend = backendIn(dir);
    const { path: file } = await call(backend, 'workspace:create', { name: 'Undoheim' });
    const created = await call(backend, 'ideas:create', {
      text: 'Mehr Bänke am Markt',
      phase: 'fantasie',
    });
    const idea = created.patch.ideas[0];
    expect(created.history).toEqual({ undoLabel: 'Idee anlegen', redoLabel: null });
    expect(await call(backend, 'history:state', {})).toEqual({
      undoLabel: 'Idee anlegen',
      redoLabel: null,
    });

    const undone = await call(backend, 'history:undo', {});
    expect(undone.history).toEqual({ undoLabel: null, redoLabel: 'Idee anlegen' });
    expect(undone.patch.removedIdeaIds).toEqual([idea?.id]);
    expect((await call(backend, 'workspace:current', {}))?.counts.ideas).toBe(0);
    expect((await callFailing(backend, 'history:undo', {})).code).toBe('NOTHING_TO_UNDO');

    await call(backend, 'history:redo', {});
    await backend.close();
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT id, text FROM ideas').all()).toEqual([
      { id: idea?.id, text: 'Mehr Bänke am Markt' },
    ]);
    db.close();
  });

  it('undoes a step status change back to the previous status', async () => {
    const backend = backendIn(tempDir());
    await call(backend, 'workspace:create', { name: 'Statusdorf' });
    await call(backend, 'steps:update', { step: 'kickoff', changes: { status: 'abgeschlossen' } });
    await call(backend, 'history:undo', {});
    const [kickoff] = await call(backend, 'steps:load', {});
    expect(kickoff).toMatchObject({ key: 'kickoff', status: 'offen', doneDate: null });
  });

  it('refuses user actions when no workspace is open', async () => {
    const backend = backendIn(tempDir());
    const error = await callFailing(backend, 'ideas:create', { text: 'x', phase: 'kritik' });
    expect(error).toEqual({ code: 'NO_WORKSPACE', message: 'Es ist keine Werkstatt geöffnet.' });
  });
});

describe('recent workspaces', () => {
  it('lists opened workspaces newest first and marks vanished files', async () => {
    const dir = tempDir();
    const backend = backendIn(dir);
    const a = await call(backend, 'workspace:create', { name: 'Aland' });
    const b = await call(backend, 'workspace:create', { name: 'Bland' });
    const recent = await call(backend, 'workspace:recent', {});
    expect(recent.map((entry) => entry.name)).toEqual(['Bland', 'Aland']);
    expect(recent.every((entry) => entry.exists)).toBe(true);
    expect(existsSync(a.path) && existsSync(b.path)).toBe(true);
  });
});
