// Ordering by REAL positions: appending takes max + 1 and inserting takes a midpoint, so a move
// writes one row only.
import type Database from 'better-sqlite3';
import { positionBetween } from '../../../shared/positions';
import type { Writer } from '../store/changes';
import { statement } from '../store/statements';

/** The rows that are ordered among each other, e.g. the ideas of one project. */
export interface Container {
  table:
    | 'ideas'
    | 'projects'
    | 'action_fields'
    | 'workshops'
    | 'target_groups'
    | 'strategic_goals'
    | 'project_milestones'
    | 'indicators'
    | 'profile_charts'
    | 'swot_entries'
    | 'inventory_measures'
    | 'step_checklist_items'
    | 'kickoff_agreements'
    | 'actors';
  where: string;
  params: unknown[];
}

/** The position after the last row matching `where` (e.g. the ideas of one project). */
export function nextPosition(
  db: Database.Database,
  table: string,
  where: string,
  params: unknown[] = [],
): number {
  const sql = `SELECT max(position) AS last FROM ${table} WHERE ${where}`;
  const row = statement(db, sql).get(...params) as { last: number | null };
  return (row.last ?? 0) + 1;
}

export const endOf = (db: Database.Database, container: Container): number =>
  nextPosition(db, container.table, container.where, container.params);

/**
 * Moves row `id` of `container` just before `beforeId` (null: to the end). The caller has checked
 * that both rows exist and lie in the container.
 */
export function moveWithin(
  writer: Writer,
  container: Container,
  id: number,
  beforeId: number | null,
): void {
  if (beforeId === id) return;
  const position =
    beforeId === null
      ? endOf(writer.db, container)
      : positionBefore(writer, container, beforeId, id);
  writer.update(container.table, { id }, { position });
}

/**
 * The position that puts a row just before `beforeId` in `container` (the caller has checked
 * that `beforeId` is there): the midpoint to its predecessor, or one less when it is first.
 * `movingId` is left out of the predecessors, as it is about to leave its place.
 */
export function positionBefore(
  writer: Writer,
  container: Container,
  beforeId: number,
  movingId: number | null = null,
): number {
  const found = midpoint(writer.db, container, beforeId, movingId);
  if (found !== undefined) return found;
  // After ~50 inserts at the same spot the midpoint no longer fits between two doubles; then
  // (and only then) the container is numbered afresh, which writes every row in it once.
  renumber(writer, container);
  return midpoint(writer.db, container, beforeId, movingId) as number;
}

function midpoint(
  db: Database.Database,
  { table, where, params }: Container,
  beforeId: number,
  movingId: number | null,
): number | undefined {
  const before = statement(db, `SELECT position FROM ${table} WHERE id = ?`).get(beforeId) as
    { position: number } | undefined;
  if (!before) throw new Error(`${table} ${beforeId} fehlt im Container`);
  const previous = statement(
    db,
    `SELECT max(position) AS position FROM ${table}
     WHERE (${where}) AND position < ? AND id IS NOT ?`,
  ).get(...params, before.position, movingId) as { position: number | null };
  const position = positionBetween(previous.position ?? undefined, before.position);
  const fits = previous.position === null || position > previous.position;
  return fits && position < before.position ? position : undefined;
}

function renumber(writer: Writer, { table, where, params }: Container): void {
  const ids = statement(writer.db, `SELECT id FROM ${table} WHERE ${where} ORDER BY position, id`)
    .all(...params)
    .map((row) => (row as { id: number }).id);
  ids.forEach((id, index) => writer.update(table, { id }, { position: index + 1 }));
}
