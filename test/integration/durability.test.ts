// DESIGN.md §2 under stress: kill -9 mid-write, a second process on the same file, a full disk.
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import { openWorkspaceFile } from '../../electron/backend/store/connection';
import type { Result } from '../../shared/result';
import type { callFailing } from '../support/backend';
import { call, closedAfterEach } from '../support/backend';
import { runChild, startChild, workspaceChildForTests } from '../support/children';
import { folderState } from '../support/files';
import { freshFolders } from '../support/folders';
import { createdIdea } from '../support/ideas';
import { seededRandom } from '../support/random';

const freshDir = freshFolders();
const backendIn = closedAfterEach();

const childBundle = workspaceChildForTests();

const walFiles = (file: string) =>
  ['-wal', '-shm'].map((suffix) => file + suffix).filter((side) => existsSync(side));

function ideasIn(backend: Backend): Map<number, string> {
  const rows = backend.workspaces.current().db.prepare('SELECT id, text FROM ideas').all();
  return new Map((rows as { id: number; text: string }[]).map((row) => [row.id, row.text]));
}

function integrity(backend: Backend): unknown {
  return backend.workspaces.current().db.pragma('integrity_check', { simple: true });
}

describe('kill -9 during writes', () => {
  // 200 child processes: on a loaded 2-core machine that alone can take minutes.
  it('loses nothing acknowledged', { timeout: 400_000 }, async () => {
    const dir = freshDir();
    const dataDir = path.join(dir, 'data');
    const folder = path.join(dir, 'werkstaetten');
    const backend = backendIn(dir);
    const { path: file } = await call(backend, 'workspace:create', { name: 'Absturzhausen' });
    const before = ideasIn(backend).size;
    await backend.close();

    const seed = Number(process.env.KW_SEED ?? Date.now() % 1_000_000);
    const random = seededRandom(seed);
    const rounds = 200;
    const acknowledged = new Map<number, string>();
    let lost = 0;
    let killedBeforeFirstAck = 0;
    for (let round = 1; round <= rounds; round++) {
      const writer = startChild(childBundle(), ['write', dataDir, folder, file, String(round)]);
      const acks: { id: number; text: string }[] = [];
      let failure: unknown;
      const kill = () => writer.process.kill('SIGKILL');
      // Most rounds die mid-write; every fifth dies at a random moment of its start (open, lock, backup).
      let timer: NodeJS.Timeout | undefined =
        round % 5 === 0 ? setTimeout(kill, 40 + random() * 160) : undefined;
      const safety = setTimeout(kill, 8_000);
      writer.onLine((line) => {
        const message = JSON.parse(line) as { id?: number; text?: string; failed?: string };
        if (message.failed) failure = message;
        if (message.id === undefined || message.text === undefined) return;
        acks.push({ id: message.id, text: message.text });
        timer ??= setTimeout(kill, 5 + random() * 35);
      });
      const { signal, code } = await writer.exited;
      clearTimeout(timer);
      clearTimeout(safety);
      expect(failure, `Runde ${round}: ${writer.stderr()}`).toBeUndefined();
      expect({ round, signal, code }).toEqual({ round, signal: 'SIGKILL', code: null });
      if (acks.length === 0) killedBeforeFirstAck++;
      for (const ack of acks) acknowledged.set(ack.id, ack.text);

      // The real app opens the file after the crash: nothing acknowledged may be missing or altered.
      await call(backend, 'workspace:open', { path: file });
      const stored = ideasIn(backend);
      for (const [id, text] of acknowledged) if (stored.get(id) !== text) lost++;
      expect(integrity(backend)).toBe('ok');
      // At most one write can commit without being acknowledged (killed between commit and print).
      const unacknowledged = [...stored.keys()].filter((id) => !acknowledged.has(id));
      expect(unacknowledged.length - before).toBeLessThanOrEqual(round);
      await backend.close();
      expect(lost, `Runde ${round}, Seed ${seed}`).toBe(0);
    }
    expect(walFiles(file)).toEqual([]);
    // After a clean close the file alone (no journal beside it) holds everything: copy and check.
    const copy = path.join(dir, 'Kopie.werkstatt');
    copyFileSync(file, copy);
    const db = new Database(copy, { readonly: true });
    const copied = new Map(
      (db.prepare('SELECT id, text FROM ideas').all() as { id: number; text: string }[]).map(
        (row) => [row.id, row.text],
      ),
    );
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    for (const [id, text] of acknowledged) if (copied.get(id) !== text) lost++;
    // Not asserted, reported: half-written backups a kill left in the backup folder.
    const orphans = readdirSync(path.join(dataDir, 'Sicherungen'), { recursive: true }).filter(
      (name) => String(name).endsWith('.tmp'),
    ).length;
    console.log(
      `kill -9: ${rounds} Runden, ${acknowledged.size} bestätigte Schreibvorgänge, verloren: ${lost} ` +
        `(vor der ersten Bestätigung getötet: ${killedBeforeFirstAck}, ` +
        `liegengebliebene Sicherungs-Temporärdateien: ${orphans}, Seed ${seed})`,
    );
    expect(acknowledged.size).toBeGreaterThan(rounds);
    expect(lost).toBe(0);
  });
});

describe('two processes on one workspace', () => {
  type Step = { step: string; result?: Result<unknown>; code?: string };
  async function secondProcess(dir: string, file: string): Promise<Step[]> {
    const args = ['open', path.join(dir, 'data'), path.join(dir, 'werkstaetten'), file];
    return (await runChild(childBundle(), args)).map((line) => JSON.parse(line) as Step);
  }
  function expectRefused(report: Step[], fileName: string) {
    const opened = report.find((entry) => entry.step === 'workspace:open')?.result;
    expect(opened).toMatchObject({ ok: false, error: { code: 'WORKSPACE_LOCKED' } });
    const message = opened?.ok === false ? opened.error.message : '';
    expect(message).toContain('bereits geöffnet');
    expect(message).toContain(`„${fileName}“`);
    const written = report.find((entry) => entry.step === 'ideas:create')?.result;
    expect(written).toMatchObject({ ok: false, error: { code: 'NO_WORKSPACE' } });
    // Bypassing the app with plain SQLite gets nowhere either.
    expect(report.find((entry) => entry.step === 'sqlite')?.code).toBe('SQLITE_BUSY');
  }

  it('the second gets “already open” and writes nothing', async () => {
    const dir = freshDir();
    const backend = backendIn(dir);
    const { path: file } = await call(backend, 'workspace:create', { name: 'Doppelstadt' });
    await call(backend, 'ideas:create', { text: 'Vom ersten Fenster', phase: 'kritik' });
    // Let the backup taken at open finish, so nothing of ours moves while the other process tries.
    await call(backend, 'backups:create', {});
    const before = folderState(path.dirname(file));

    expectRefused(await secondProcess(dir, file), 'Doppelstadt.werkstatt');
    // Nor does any other SQLite tool.
    expect(() =>
      execFileSync('sqlite3', [file, "UPDATE ideas SET text = 'fremd'"], { stdio: 'pipe' }),
    ).toThrow(/locked/);
    // Not a byte changed, no file added or removed beside the workspace.
    expect(folderState(path.dirname(file))).toEqual(before);

    // In this process too, a second connection is refused while the first holds the file.
    await expect(openWorkspaceFile(file)).rejects.toMatchObject({ code: 'WORKSPACE_LOCKED' });

    // The first process is undisturbed and the file holds exactly its ideas.
    await call(backend, 'ideas:create', { text: 'Danach', phase: 'fantasie' });
    await backend.close();
    const db = new Database(file, { readonly: true });
    const texts = db.prepare('SELECT text FROM ideas ORDER BY id').pluck().all();
    db.close();
    expect(texts).toEqual(['Vom ersten Fenster', 'Danach']);
  });

  // Closing any descriptor of a file drops all of this process's POSIX locks on it: a second
  // look at the held file from inside the holding process must not open it at all.
  it('a second open in the holding process keeps the lock for other processes', async () => {
    const dir = freshDir();
    const backend = backendIn(dir);
    const { path: file } = await call(backend, 'workspace:create', { name: 'Linkstadt' });
    await call(backend, 'backups:create', {});
    // E.g. the same file reached through a link (or a second mount of the same network share).
    const link = path.join(dir, 'Verknüpfung.werkstatt');
    symlinkSync(file, link);
    // Through the app the link simply is the open workspace …
    expect((await call(backend, 'workspace:open', { path: link })).path).toBe(file);
    // … and the store itself refuses without touching the file.
    await expect(openWorkspaceFile(link)).rejects.toMatchObject({
      code: 'WORKSPACE_LOCKED',
      message: expect.stringContaining('in diesem Fenster'),
    });
    const before = folderState(path.dirname(file));

    expectRefused(await secondProcess(dir, file), 'Linkstadt.werkstatt');
    expect(folderState(path.dirname(file))).toEqual(before);
  });
});

describe('a full disk', () => {
  it('refuses the write with DISK_FULL, keeps everything before it, and works again with space', async () => {
    const dir = freshDir();
    const backend = backendIn(dir);
    const { path: file } = await call(backend, 'workspace:create', { name: 'Vollstadt' });
    const db = backend.workspaces.current().db;
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages}`);
    expect(db.pragma('max_page_count', { simple: true })).toBe(pages);

    const acknowledged = new Map<number, string>();
    let failure: Awaited<ReturnType<typeof callFailing>> | undefined;
    for (let n = 1; n <= 2_000 && !failure; n++) {
      const text = `Karte ${n} `.padEnd(500, 'x');
      const result = await backend.dispatch('ideas:create', { text, phase: 'umsetzung' });
      if (result.ok) acknowledged.set(createdIdea(result.value).id, text);
      else failure = result.error;
    }
    expect(failure?.code).toBe('DISK_FULL');
    expect(failure?.message).toMatch(/^Der Speicherplatz ist voll\./);
    expect(failure?.message).toContain('alles davor ist sicher');
    expect(ideasIn(backend).size).toBe(acknowledged.size);
    for (const [id, text] of acknowledged) expect(ideasIn(backend).get(id)).toBe(text);
    expect(integrity(backend)).toBe('ok');
    expect(acknowledged.size).toBeGreaterThan(0);

    db.pragma('max_page_count = 1000000');
    // The failed write is not in the undo history: undo takes back the last acknowledged one.
    const last = [...acknowledged.keys()].at(-1) as number;
    await call(backend, 'history:undo', {});
    expect(ideasIn(backend).has(last)).toBe(false);
    expect(ideasIn(backend).size).toBe(acknowledged.size - 1);
    await call(backend, 'history:redo', {});
    expect(ideasIn(backend).get(last)).toBe(acknowledged.get(last));

    const after = createdIdea(
      await call(backend, 'ideas:create', { text: 'Wieder Platz', phase: 'kritik' }),
    );
    acknowledged.set(after.id, 'Wieder Platz');

    await backend.close();
    await call(backend, 'workspace:open', { path: file });
    const stored = ideasIn(backend);
    for (const [id, text] of acknowledged) expect(stored.get(id)).toBe(text);
    expect(integrity(backend)).toBe('ok');
  });
});
