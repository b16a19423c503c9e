// Workspace file benchmark: open + load with 5,000 ideas, and one user action's commit cost
// next to the raw fsync cost of the same disk, measured in the same run.
import Database from 'better-sqlite3';
import { closeSync, fsyncSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createIdea, listIdeas } from '../electron/backend/repositories/ideas';
import { readSummary } from '../electron/backend/repositories/workspace';
import { applyConnectionSettings, openWorkspaceFile } from '../electron/backend/store/connection';
import { BackupStore } from '../electron/backend/workspace/backups';
import { unheard, WorkspaceSession } from '../electron/backend/workspace/session';
import { seedWorkspace } from './seed';
import { percentile, report } from './stats';

const ideaCount = 5000;
const projectCount = 150;

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'kw-bench-'));
  const file = path.join(dir, 'Bench.werkstatt');
  try {
    await seedWorkspace(file, { ideas: ideaCount, projects: projectCount, inboxShare: 1 / 3 });

    const openTimes: number[] = [];
    for (let round = 0; round < 25; round++) {
      const started = performance.now();
      const db = await openWorkspaceFile(file);
      const ideas = listIdeas(db);
      const projects = db
        .prepare('SELECT * FROM projects ORDER BY action_field_id, position')
        .all();
      const summary = readSummary(db, file);
      openTimes.push(performance.now() - started);
      if (ideas.length !== ideaCount || projects.length !== projectCount || !summary.name)
        throw new Error('Ladefehler');
      db.close();
    }
    report('Öffnen + Laden, 5.000 Ideen', openTimes, { target: 60, targetLabel: 'p95 < 60 ms' });

    const db = await openWorkspaceFile(file);
    const session = new WorkspaceSession(
      file,
      db,
      new BackupStore(path.join(dir, 'backups')),
      unheard,
    );
    const commitTimes: number[] = [];
    for (let i = 0; i < 300; i++) {
      const started = performance.now();
      session.act('Idee anlegen', (writer) =>
        createIdea(writer, {
          text: `Neue Karte ${i}`,
          phase: 'fantasie',
          workshopId: null,
          groupId: null,
          author: '',
        }),
      );
      commitTimes.push(performance.now() - started);
    }
    await session.close();

    const probe = path.join(dir, 'fsync.probe');
    const handle = openSync(probe, 'w');
    const page = Buffer.alloc(4096, 1);
    const fsyncTimes: number[] = [];
    for (let i = 0; i < 300; i++) {
      const started = performance.now();
      writeSync(handle, page, 0, page.length, 0);
      fsyncSync(handle);
      fsyncTimes.push(performance.now() - started);
    }
    closeSync(handle);

    // The floor: a one-row insert in a bare SQLite file with the same journal and sync settings.
    const bare = new Database(path.join(dir, 'bare.db'));
    bare.pragma('locking_mode = EXCLUSIVE');
    applyConnectionSettings(bare);
    bare.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, x TEXT) STRICT');
    const insert = bare.prepare('INSERT INTO t (x) VALUES (?)');
    const bareTimes: number[] = [];
    for (let i = 0; i < 300; i++) {
      const started = performance.now();
      insert.run(`Karte ${i}`);
      bareTimes.push(performance.now() - started);
    }
    bare.close();

    report('Commit einer Benutzeraktion (App)', commitTimes);
    report('Commit nackt (SQLite, gleiche Einstellungen)', bareTimes);
    report('fsync allein (4 KB, gleiche Platte)', fsyncTimes);
    const ratio = percentile(commitTimes, 95) / percentile(fsyncTimes, 95);
    const overhead = percentile(commitTimes, 95) / percentile(bareTimes, 95);
    console.log(
      `Verhältnis Commit p95 / fsync p95: ${ratio.toFixed(2)}× (Ziel ≤ 3×: ${ratio <= 3 ? 'erfüllt' : 'VERFEHLT'})`,
    );
    console.log(
      `Verhältnis Commit p95 / nackter SQLite-Commit p95: ${overhead.toFixed(2)}× — ein Rollback-Journal mit synchronous=FULL braucht mehrere fsyncs je Commit`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
