// Referential checks before a write: a stale id from the renderer becomes a typed failure with a
// German message, never a foreign-key error from SQLite (which would surface as INTERNAL).
import type Database from 'better-sqlite3';
import { AppFailure } from '../../../shared/errors';
import { statement } from '../store/statements';

type Checked =
  | 'ideas'
  | 'projects'
  | 'action_fields'
  | 'workshops'
  | 'workshop_groups'
  | 'target_groups'
  | 'strategic_goals'
  | 'swot_entries'
  | 'project_milestones'
  | 'indicators'
  | 'profile_charts'
  | 'inventory_measures'
  | 'step_checklist_items'
  | 'kickoff_agreements'
  | 'actors'
  | 'reviews'
  | 'plan_versions'
  | 'photos'
  | 'votes';

const goneMessages: Record<Checked, string> = {
  ideas: 'Diese Idee gibt es nicht mehr.',
  projects: 'Dieses Projekt gibt es nicht mehr.',
  action_fields: 'Dieses Handlungsfeld gibt es nicht mehr.',
  workshops: 'Diese Zukunftswerkstatt gibt es nicht mehr.',
  workshop_groups: 'Diese Gruppe gibt es nicht mehr.',
  target_groups: 'Diese Zielgruppe gibt es nicht mehr.',
  strategic_goals: 'Dieses Leitziel gibt es nicht mehr.',
  swot_entries: 'Diesen SWOT-Eintrag gibt es nicht mehr.',
  project_milestones: 'Diesen Meilenstein gibt es nicht mehr.',
  indicators: 'Diese Kennzahl gibt es nicht mehr.',
  profile_charts: 'Dieses Diagramm gibt es nicht mehr.',
  inventory_measures: 'Diese Maßnahme der Bestandsaufnahme gibt es nicht mehr.',
  step_checklist_items: 'Diesen Punkt der Checkliste gibt es nicht mehr.',
  kickoff_agreements: 'Diese Vereinbarung gibt es nicht mehr.',
  actors: 'Diesen Akteur gibt es nicht mehr.',
  reviews: 'Diese Zwischenbilanz gibt es nicht mehr.',
  plan_versions: 'Diese Fassung des Werkstattplans gibt es nicht mehr.',
  photos: 'Dieses Foto gibt es nicht mehr.',
  votes: 'Diese Abstimmung gibt es nicht mehr.',
};

/** The row with `id`, or NOT_FOUND with the message for its kind. */
export function requireRow<T>(db: Database.Database, table: Checked, id: number): T {
  const row = statement(db, `SELECT * FROM ${table} WHERE id = ?`).get(id) as T | undefined;
  if (!row) throw new AppFailure('NOT_FOUND', goneMessages[table]);
  return row;
}

/** Like requireRow for an optional reference (a Handlungsfeld): null or absent passes. */
export function requireIfSet(
  db: Database.Database,
  table: Checked,
  id: number | null | undefined,
): void {
  if (id !== undefined && id !== null) requireRow(db, table, id);
}

/** A group is only valid together with the workshop it belongs to. */
export function requireCaptureContext(
  db: Database.Database,
  workshopId: number | null,
  groupId: number | null,
): void {
  if (workshopId !== null) requireRow(db, 'workshops', workshopId);
  if (groupId === null) return;
  const group = requireRow<{ workshop_id: number }>(db, 'workshop_groups', groupId);
  if (group.workshop_id !== workshopId) {
    throw new AppFailure('INVALID_INPUT', 'Die Gruppe gehört nicht zu dieser Zukunftswerkstatt.');
  }
}

/** The row a drop lands before must sit in the container the drop targets. */
export function requireSibling(inContainer: boolean, message: string): void {
  if (!inContainer) throw new AppFailure('INVALID_INPUT', message);
}
