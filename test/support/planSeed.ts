// Large, realistic workspaces for the export tests and benchmark: the demo Musterstadt, its 20
// projects repeated (with their fact sheets, links and ideas) until there are `projects` of them.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { seedDemo } from '../../electron/backend/repositories/demo';
import { readPlanData } from '../../electron/backend/repositories/plan';
import { Writer } from '../../electron/backend/store/changes';
import { createWorkspaceFile } from '../../electron/backend/store/connection';
import type { Db } from '../../electron/backend/store/connection';
import type { PlanData } from '../../shared/plan';

type Row = Record<string, unknown>;

export async function seedPlanWorkspace(file: string, projects: number): Promise<void> {
  await createWorkspaceFile(file, (db) => {
    const writer = new Writer(db);
    seedDemo(writer);
    repeatProjects(db, projects);
  });
}

/** The demo's plan data, read from a freshly seeded file (for rendering in-process). */
export async function demoPlan(): Promise<PlanData> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kw-plan-'));
  try {
    const file = path.join(dir, 'Musterstadt.werkstatt');
    await createWorkspaceFile(file, (db) => seedDemo(new Writer(db)));
    const db = new Database(file, { readonly: true });
    try {
      return readPlanData(db);
    } finally {
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A child row for the copied project: its own new id (none given), the copy's project id. */
function copyOf(row: Row, projectId: number): Row {
  const copy: Row = { ...row, project_id: projectId };
  delete copy.id;
  return copy;
}

/** Copies the demo's projects round-robin, each with its milestones, links and ideas. */
function repeatProjects(db: Db, wanted: number): void {
  const originals = db.prepare('SELECT * FROM projects ORDER BY id').all() as Row[];
  const children = (table: string, projectId: unknown) =>
    db.prepare(`SELECT * FROM ${table} WHERE project_id = ?`).all(projectId) as Row[];
  const insert = (table: string, row: Row) => {
    const columns = Object.keys(row);
    return Number(
      db
        .prepare(
          `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => '@' + c).join(', ')})`,
        )
        .run(row).lastInsertRowid,
    );
  };
  for (let n = originals.length; n < wanted; n++) {
    const original = originals[n % originals.length] as Row;
    const round = Math.floor(n / originals.length) + 1;
    const { id: originalId, ...fields } = original;
    const id = insert('projects', {
      ...fields,
      title: `${String(fields.title)} (Ortsteil ${round})`,
      position: Number(fields.position) + n,
    });
    for (const table of [
      'project_milestones',
      'project_target_groups',
      'project_strategic_goals',
      'project_swot_entries',
    ]) {
      for (const row of children(table, originalId)) insert(table, copyOf(row, id));
    }
    for (const idea of children('ideas', originalId)) insert('ideas', copyOf(idea, id));
  }
}
