// The workspace row (the Kommune), its steps and the counts shown on the overview.
import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { WorkspaceCounts, WorkspaceSummary } from '../../../shared/contract';
import type { Writer } from '../store/changes';
import { seedDefaultCatalogues } from './catalogues';
import { seedDefaultChecklists } from './steps';
import { now } from './time';

export interface KommuneFields {
  name: string;
  officialKey: string;
  state: string;
  district: string;
  inhabitants: number | null;
  consultant: string;
  periodStart?: string | null;
  periodEnd?: string | null;
}

export function insertWorkspace(writer: Writer, fields: KommuneFields): string {
  const uuid = randomUUID();
  const timestamp = now();
  writer.insert('workspace', {
    id: 1,
    uuid,
    name: fields.name,
    official_key: fields.officialKey,
    state: fields.state,
    district: fields.district,
    inhabitants: fields.inhabitants,
    consultant: fields.consultant,
    period_start: fields.periodStart ?? null,
    period_end: fields.periodEnd ?? null,
    created_at: timestamp,
    updated_at: timestamp,
  });
  return uuid;
}

/** A new, empty workspace: the Kommune, the default catalogues and the default checklists. */
export function seedNewWorkspace(writer: Writer, fields: KommuneFields): void {
  insertWorkspace(writer, fields);
  seedDefaultCatalogues(writer);
  seedDefaultChecklists(writer);
}

interface WorkspaceRow {
  uuid: string;
  name: string;
  official_key: string;
  state: string;
  district: string;
  inhabitants: number | null;
  consultant: string;
  period_start: string | null;
  period_end: string | null;
  logo: Buffer | null;
}

export function readWorkspaceRow(db: Database.Database): WorkspaceRow {
  return db.prepare('SELECT * FROM workspace WHERE id = 1').get() as WorkspaceRow;
}

export function readSummary(db: Database.Database, path: string): WorkspaceSummary {
  const row = readWorkspaceRow(db);
  return {
    path,
    uuid: row.uuid,
    name: row.name,
    officialKey: row.official_key,
    state: row.state,
    district: row.district,
    inhabitants: row.inhabitants,
    consultant: row.consultant,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    hasLogo: row.logo !== null,
    counts: readCounts(db),
  };
}

export function readCounts(db: Database.Database): WorkspaceCounts {
  return db
    .prepare(
      `SELECT
        (SELECT count(*) FROM ideas) AS ideas,
        (SELECT count(*) FROM ideas WHERE project_id IS NULL) AS ideasInInbox,
        (SELECT count(*) FROM projects) AS projects,
        (SELECT count(*) FROM workshops) AS workshops,
        (SELECT count(*) FROM action_fields) AS actionFields,
        (SELECT count(*) FROM target_groups) AS targetGroups,
        (SELECT count(*) FROM strategic_goals) AS strategicGoals,
        (SELECT count(*) FROM indicators) AS indicators,
        (SELECT count(*) FROM swot_entries) AS swotEntries,
        (SELECT count(*) FROM actors) AS actors,
        (SELECT count(*) FROM plan_versions) AS planVersions,
        (SELECT count(*) FROM reviews) AS reviews`,
    )
    .get() as WorkspaceCounts;
}
