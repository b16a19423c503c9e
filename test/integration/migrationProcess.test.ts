// Migration 004: a workspace of schema v3 with Akteure, checklists, a Fassung of plan format 1 and
// Zwischenbilanzen (one against a Fassung that is gone) opens with nothing lost and the process's
// new parts in place.
import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderWerkstattplan } from '../../electron/backend/export/document';
import { readPlanVersion } from '../../electron/backend/repositories/plan';
import type { Db } from '../../electron/backend/store/connection';
import { schemaVersion } from '../../electron/backend/store/migrations';
import { defaultExportOptions } from '../../shared/plan';
import { call, closedAfterEach } from '../support/backend';
import { docxParts, parseStrictly, wordText } from '../support/docx';
import { freshFolders } from '../support/folders';
import { workspaceAtVersion } from '../support/testMigrations';

const freshDir = freshFolders('kw-migration-4-');
const backendIn = closedAfterEach();

const project = (id: number, title: string) => ({
  id,
  actionFieldId: 1,
  title,
  description: '',
  lead: 'Bauamt',
  partners: '',
  startMonth: '2026-10',
  endMonth: '2028-12',
  budgetCents: 42_000_000,
  funding: '',
  indicators: 'Acht Wohnungen',
  priority: null,
  keyMeasure: false,
  status: 'geplant',
  projectGoal: null,
  projectType: '',
  areaScope: null,
  dots: 0,
  milestones: [],
  targetGroups: [],
  strategicGoalIds: [],
  swotIds: [],
});

/** What version 3 of the app froze: plan format 1 (no Kick-Off, no creation times, old reviews). */
const snapshotV1 = JSON.stringify({
  formatVersion: 1,
  asOf: '2026-11-26T18:00:00.000Z',
  kommune: {
    name: 'Altstadt',
    officialKey: '',
    state: '',
    district: '',
    inhabitants: null,
    consultant: '',
    periodStart: null,
    periodEnd: null,
    logo: null,
  },
  steps: [{ key: 'kickoff', status: 'abgeschlossen', startDate: null, endDate: null, notes: '' }],
  actors: [{ name: 'Bürgermeister', organisation: 'Stadt', role: 'Steuerungsgruppe' }],
  strategicGoals: [],
  indicators: [],
  swot: [],
  inventory: [],
  workshops: [],
  actionFields: [{ id: 1, name: 'Wohnen', description: '', color: '#1f5f8b' }],
  projects: [project(1, 'Altes Postamt'), project(2, 'Leerstandsbörse')],
  ideas: [],
  reviews: [],
});

function seedV3(db: Db) {
  const run = (sql: string, ...params: unknown[]) => db.prepare(sql).run(...params);
  const now = '2026-01-01T00:00:00.000Z';
  run(`INSERT INTO step_checklist_items (step_key, position, text, done)
       VALUES ('kickoff', 1, 'Eigener Punkt', 1), ('kickoff', 2, 'Zweiter Punkt', 0)`);
  run(`INSERT INTO actors (name, organisation, role, position)
       VALUES ('Bürgermeister', 'Stadt', 'Steuerungsgruppe', 1), ('Vorstand', 'Verein', '', 2)`);
  for (const [id, title] of [
    [1, 'Altes Postamt'],
    [2, 'Leerstandsbörse'],
  ] as const) {
    run(
      `INSERT INTO projects (id, action_field_id, position, title, status, created_at, updated_at)
       VALUES (?, 1, ?, ?, 'geplant', ?, ?)`,
      id,
      id,
      title,
      now,
      now,
    );
  }
  run(
    `INSERT INTO plan_versions (id, label, created_at, snapshot)
       VALUES (1, 'Ratsbeschluss', '2026-11-26T18:00:00.000Z', ?)`,
    snapshotV1,
  );
  run(`INSERT INTO reviews (id, date, plan_version_id, notes) VALUES (1, '2027-09-01', 1, 'Gut')`);
  run(`INSERT INTO review_entries (review_id, project_id, status, progress)
       VALUES (1, 1, 'in_umsetzung', 'Bauantrag gestellt'), (1, NULL, 'zurueckgestellt', 'Entfallen')`);
}

/** A review whose Fassung was deleted by a tool that ignored the foreign keys. */
function addOrphanedReview(file: string) {
  const db = new Database(file);
  try {
    db.pragma('foreign_keys = OFF');
    db.prepare(
      `INSERT INTO reviews (id, date, plan_version_id, notes) VALUES (2, '2027-10-01', 7, 'Ohne')`,
    ).run();
    db.prepare(
      `INSERT INTO review_entries (review_id, project_id, status, barriers)
       VALUES (2, 2, 'geplant', 'Kein Personal')`,
    ).run();
  } finally {
    db.close();
  }
}

describe('migration 004: the guided process', () => {
  it('opens a v3 workspace with everything kept and the process’s new parts added', async () => {
    const dir = freshDir();
    const file = workspaceAtVersion(path.join(dir, 'Altstadt.werkstatt'), 3, 'Altstadt', seedV3);
    addOrphanedReview(file);
    const backend = backendIn(dir);
    const summary = await call(backend, 'workspace:open', { path: file });
    expect(summary.counts).toMatchObject({ actors: 2, projects: 2, planVersions: 1, reviews: 2 });
    const db = backend.workspaces.current().db;
    expect(db.pragma('user_version', { simple: true })).toBe(schemaVersion);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');

    // A step with its own checklist keeps it; the others get the defaults.
    const steps = await call(backend, 'steps:load', {});
    expect(steps[0]?.checklist.map((item) => [item.text, item.done])).toEqual([
      ['Eigener Punkt', true],
      ['Zweiter Punkt', false],
    ]);
    expect(steps.slice(1).map((step) => step.checklist.length)).toEqual([5, 6, 5, 5]);
    expect(steps.every((step) => step.doneDate === null)).toBe(true);

    const kickoff = await call(backend, 'kickoff:load', {});
    expect(kickoff.kickoff).toMatchObject({ date: null, headPresent: false, agreements: [] });
    expect(kickoff.actors.map((actor) => [actor.name, actor.steeringGroup, actor.contact])).toEqual(
      [
        ['Bürgermeister', false, ''],
        ['Vorstand', false, ''],
      ],
    );

    // The review against the format-1 Fassung compares with it; the entries found their measures.
    const [newer, older] = await call(backend, 'reviews:list', {});
    expect(older).toMatchObject({ id: 1, versionLabel: 'Ratsbeschluss', versionAvailable: true });
    const first = await call(backend, 'reviews:load', { id: 1 });
    expect(first.measures.map((m) => [m.title, m.change, m.progress])).toEqual([
      ['Altes Postamt', 'unchanged', 'Bauantrag gestellt'],
      ['Leerstandsbörse', 'unchanged', ''],
      ['Maßnahme (gelöscht)', 'dropped', 'Entfallen'],
    ]);
    expect(
      db.prepare('SELECT version_project_id, project_title FROM review_entries WHERE id = 1').get(),
    ).toEqual({ version_project_id: 1, project_title: 'Altes Postamt' });

    // The review against the deleted Fassung is kept whole, without comparison.
    expect(newer).toMatchObject({ id: 2, versionLabel: '', versionAvailable: false });
    const second = await call(backend, 'reviews:load', { id: 2 });
    expect(second.measures.find((m) => m.title === 'Leerstandsbörse')).toMatchObject({
      barriers: 'Kein Personal',
      change: null,
    });

    // The format-1 Fassung still exports.
    const { plan, version } = readPlanVersion(db, 1);
    const document = docxParts(
      await renderWerkstattplan(plan, defaultExportOptions, {
        title: 'Werkstattplan',
        versionLabel: version.label,
        date: '2026-11-26',
        creator: 'Test',
      }),
    )['word/document.xml'] as string;
    parseStrictly(document);
    expect(wordText(document)).toContain('Altes Postamt');
  });

  it('reads a snapshot that is no JSON as naming no measures, and migrates all the same', async () => {
    const dir = freshDir();
    const file = workspaceAtVersion(path.join(dir, 'Kaputt.werkstatt'), 3, 'Kaputt', (db) => {
      db.prepare(
        `INSERT INTO plan_versions (id, label, created_at, snapshot) VALUES (1, 'Alt', 'x', '{kaputt')`,
      ).run();
      db.prepare(
        `INSERT INTO reviews (id, date, plan_version_id) VALUES (1, '2027-01-01', 1)`,
      ).run();
    });
    const backend = backendIn(dir);
    await call(backend, 'workspace:open', { path: file });
    const review = await call(backend, 'reviews:load', { id: 1 });
    expect(review).toMatchObject({ versionLabel: 'Alt', measures: [] });
  });
});
