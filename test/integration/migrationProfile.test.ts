// Migration 007 (Kommunalprofil): indicators, SWOT and Bestandsaufnahme stored by an older version
// are kept with their values; a Fassung frozen before still exports as it was.
import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderWerkstattplan } from '../../electron/backend/export/document';
import { readPlanVersion } from '../../electron/backend/repositories/plan';
import { schemaVersion } from '../../electron/backend/store/migrations';
import { defaultExportOptions } from '../../shared/plan';
import { call, closedAfterEach } from '../support/backend';
import { docxParts, wordText } from '../support/docx';
import { freshFolders } from '../support/folders';
import { workspaceAtVersion } from '../support/testMigrations';

const freshDir = freshFolders('kw-migration-profil-');
const backendIn = closedAfterEach();

/** The Werkstattplan's data as format 1 froze it: values by year, plain SWOT and measures. */
const frozenV1 = {
  formatVersion: 1,
  asOf: '2026-05-12T10:00:00.000Z',
  kommune: {
    name: 'Altdorf',
    officialKey: '',
    state: 'Sachsen',
    district: '',
    inhabitants: 4200,
    consultant: '',
    periodStart: null,
    periodEnd: null,
    logo: null,
  },
  steps: [],
  actors: [],
  strategicGoals: [],
  indicators: [
    {
      name: 'Einwohner',
      unit: 'Personen',
      source: 'Melderegister',
      values: [{ year: 2020, value: 4300 }],
    },
  ],
  swot: [{ id: 1, kind: 'schwaeche', text: 'Kein Arzt im Ort' }],
  inventory: [{ title: 'Dorfladen', description: 'Ehrenamtlich geführt', actionField: '' }],
  workshops: [],
  actionFields: [],
  projects: [],
  ideas: [],
  reviews: [],
};

/** A closed workspace at schema v6 holding what the old tables could hold. */
function v6Workspace(dir: string): string {
  const file = workspaceAtVersion(path.join(dir, 'Altdorf.werkstatt'), 6, 'Altdorf');
  const db = new Database(file);
  try {
    const indicator = db
      .prepare(`INSERT INTO indicators (name, unit, source, position) VALUES (?, ?, ?, 1)`)
      .run('Einwohner', 'Personen', 'Melderegister').lastInsertRowid;
    const value = db.prepare(
      'INSERT INTO indicator_values (indicator_id, year, value) VALUES (?, ?, ?)',
    );
    value.run(indicator, 2020, 4300);
    value.run(indicator, 2023, 4125.5);
    db.prepare(
      `INSERT INTO swot_entries (kind, text, position) VALUES ('schwaeche', 'Kein Arzt im Ort', 1)`,
    ).run();
    db.prepare(
      `INSERT INTO inventory_measures (title, description, action_field_id, position) VALUES ('Dorfladen', 'Ehrenamtlich geführt', 1, 1)`,
    ).run();
    db.prepare(`INSERT INTO plan_versions (label, created_at, snapshot) VALUES (?, ?, ?)`).run(
      'Ratsbeschluss 12.05.2026',
      frozenV1.asOf,
      JSON.stringify(frozenV1),
    );
  } finally {
    db.close();
  }
  return file;
}

describe('migration 005: the Kommunalprofil', () => {
  it('keeps old indicators with their values by year, SWOT entries and measures', async () => {
    const dir = freshDir();
    const file = v6Workspace(dir);
    const backend = backendIn(dir);
    await call(backend, 'workspace:open', { path: file });
    const db = backend.workspaces.current().db;
    expect(db.pragma('user_version', { simple: true })).toBe(schemaVersion);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');

    const profile = await call(backend, 'profile:load', {});
    expect(profile.indicators).toEqual([
      {
        id: 1,
        name: 'Einwohner',
        unit: 'Personen',
        source: 'Melderegister',
        tableCode: '',
        tableTitle: '',
        seriesKey: '',
        regionCode: '',
        regionLabel: '',
        inPlan: true,
        values: [
          { time: '2020', value: 4300, flag: null, quality: null },
          { time: '2023', value: 4125.5, flag: null, quality: null },
        ],
      },
    ]);
    expect(profile.swot).toEqual([
      {
        id: 1,
        kind: 'schwaeche',
        text: 'Kein Arzt im Ort',
        evidence: '',
        actionFieldId: null,
        answeredBy: [],
      },
    ]);
    expect(profile.inventory).toEqual([
      {
        id: 1,
        title: 'Dorfladen',
        sponsor: '',
        actionFieldId: 1,
        status: 'laufend',
        note: 'Ehrenamtlich geführt',
      },
    ]);
    expect(profile.charts).toEqual([]);

    // And the migrated rows take part in undo like new ones.
    await call(backend, 'indicators:update', {
      id: 1,
      changes: { values: [{ time: '2020', value: 4301, flag: null, quality: null }] },
    });
    await call(backend, 'history:undo', {});
    expect((await call(backend, 'profile:load', {})).indicators[0]?.values).toHaveLength(2);
  });

  it('exports a Fassung frozen in format 1 with its figures, SWOT and Bestandsaufnahme', async () => {
    const dir = freshDir();
    const file = v6Workspace(dir);
    const backend = backendIn(dir);
    await call(backend, 'workspace:open', { path: file });
    const [version] = await call(backend, 'plan:versions', {});
    const { plan } = readPlanVersion(backend.workspaces.current().db, version?.id as number);
    expect(plan.indicators[0]?.values).toEqual([
      { time: '2020', value: 4300, flag: null, quality: null },
    ]);
    const bytes = await renderWerkstattplan(plan, defaultExportOptions, {
      title: 'Werkstattplan',
      versionLabel: version?.label as string,
      date: '2026-05-12',
      creator: 'Kommunalwerkstatt',
    });
    const text = wordText(docxParts(bytes)['word/document.xml'] as string);
    expect(text).toContain('4.300');
    expect(text).toContain('Kein Arzt im Ort');
    expect(text).toContain('Ehrenamtlich geführt');
  });
});
