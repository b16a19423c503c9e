// Backups that stay: "Jetzt sichern" and the safety copy before a restore survive any number of
// open/close cycles; a restored copy is a workspace of its own; failures are told, not swallowed.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import type { EventPayloads } from '../../shared/events';
import { call, callFailing, closedAfterEach } from '../support/backend';
import { freshFolders } from '../support/folders';

const freshDir = freshFolders();
const backendIn = closedAfterEach();

const reasonsOf = async (backend: Backend) =>
  (await call(backend, 'backups:list', {})).map((backup) => `${backup.reason}:${backup.kept}`);

describe('backups the user keeps', () => {
  it('keeps manual and pre-restore backups over 30 open/close cycles, rotating the rest', async () => {
    const dir = freshDir();
    const backend = backendIn(dir);
    const { path: file } = await call(backend, 'workspace:create', { name: 'Merkstadt' });
    const manual = await call(backend, 'backups:create', {});
    expect(manual).toMatchObject({ reason: 'manual', kept: true });
    await call(backend, 'ideas:create', { text: 'Nach der Sicherung', phase: 'kritik' });
    await call(backend, 'backups:restore', { backupId: manual.id, mode: 'replace' });
    const safety = (await call(backend, 'backups:list', {})).find((b) => b.reason === 'restore');
    expect(safety).toMatchObject({ kept: true });

    for (let cycle = 1; cycle <= 30; cycle++) {
      await call(backend, 'ideas:create', { text: `Runde ${cycle}`, phase: 'kritik' });
      await call(backend, 'workspace:close', {});
      await call(backend, 'workspace:open', { path: file });
    }
    await backend.workspaces.close(); // waits for the backup taken at the last open
    const backups = await call(backend, 'backups:list', { path: file });
    const ids = backups.map((backup) => backup.id);
    expect(ids).toContain(manual.id);
    expect(ids).toContain(safety?.id);
    const rotating = backups.filter((backup) => !backup.kept);
    // Rotation as before for the automatic ones: three of today (no earlier day in this test).
    expect(rotating).toHaveLength(3);
    expect(backups.filter((backup) => backup.kept)).toHaveLength(2);
  });

  it('deletes a kept backup when asked, and refuses an unknown one', async () => {
    const dir = freshDir();
    const backend = backendIn(dir);
    await call(backend, 'workspace:create', { name: 'Löschdorf' });
    const manual = await call(backend, 'backups:create', {});
    expect(await call(backend, 'backups:delete', { backupId: manual.id })).toBeNull();
    expect(await reasonsOf(backend)).toEqual(['open:false']);
    const error = await callFailing(backend, 'backups:delete', { backupId: manual.id });
    expect(error.code).toBe('BACKUP_MISSING');
  });

  it('gives a copy restored beside the original its own workspace id and backup folder', async () => {
    const dir = freshDir();
    const backend = backendIn(dir);
    const original = await call(backend, 'workspace:create', { name: 'Urbild' });
    const manual = await call(backend, 'backups:create', {});
    const copy = await call(backend, 'backups:restore', { backupId: manual.id, mode: 'copy' });
    expect(copy.path).not.toBe(original.path);
    expect(copy.uuid).not.toBe(original.uuid);
    // The copy's backups start afresh; the original's stay where they were.
    await call(backend, 'backups:create', {});
    const ofCopy = await call(backend, 'backups:list', {});
    expect(ofCopy.every((backup) => backup.id.startsWith(copy.uuid))).toBe(true);
    const ofOriginal = await call(backend, 'backups:list', { path: original.path });
    expect(ofOriginal.map((backup) => backup.id)).toContain(manual.id);
    expect(ofOriginal.every((backup) => backup.id.startsWith(original.uuid))).toBe(true);
  });
});

/** A 200 KB file system for the data folder, or undefined where mounting is not allowed. */
function tinyDataFolder(dir: string): string | undefined {
  const data = path.join(dir, 'data');
  mkdirSync(data, { recursive: true });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=200k', 'tmpfs', data], { stdio: 'ignore' });
  } catch {
    return undefined;
  }
  onTestFinished(() => {
    execFileSync('umount', ['-l', data], { stdio: 'ignore' });
  });
  return data;
}

describe('a full disk in the data folder', () => {
  it('answers backups:create with DISK_FULL and tells the user that the backup at open failed', async (context) => {
    const dir = freshDir();
    const data = tinyDataFolder(dir);
    if (!data) return context.skip('tmpfs lässt sich hier nicht einhängen');
    const backend = backendIn(dir);
    const failed: EventPayloads['backup:failed'][] = [];
    backend.events.subscribe((event, payload) => {
      if (event === 'backup:failed') failed.push(payload as EventPayloads['backup:failed']);
    });
    // The demo is larger than the data folder's 200 KB: no backup of it fits.
    const demo = await call(backend, 'workspace:openDemo', {});
    const error = await callFailing(backend, 'backups:create', {});
    expect(error.code).toBe('DISK_FULL');
    expect(error.message).toContain('Die Sicherung wurde nicht angelegt');
    await backend.workspaces.close(); // waits for the backup taken at open
    expect(failed).toHaveLength(1);
    expect(failed[0]?.message).toContain('Die Sicherung beim Öffnen ist fehlgeschlagen');
    expect(failed[0]?.message).toContain('Der Speicherplatz ist voll');
    // The workspace itself is fine and opens again.
    expect((await call(backend, 'workspace:open', { path: demo.path })).counts.ideas).toBe(
      demo.counts.ideas,
    );
  });
});
