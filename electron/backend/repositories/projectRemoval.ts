// How a project ends: merged into another, dissolved into the Ideenspeicher, or cleared away when
// a drag leaves an empty cluster behind. Its dependent rows go with it, each through the Writer.
import type Database from 'better-sqlite3';
import type { Writer } from '../store/changes';
import { tableKeys } from '../store/tables';
import type { Row, Table } from '../store/tables';
import { statement } from '../store/statements';
import { ideasIn } from './containers';
import { endOf } from './positions';
import { updateProject } from './projects';
import { requireRow } from './references';

/** The fact-sheet rows that belong to one project only. */
const dependentTables = [
  'project_milestones',
  'project_target_groups',
  'project_strategic_goals',
  'project_swot_entries',
] as const satisfies readonly Table[];

/** `sourceId`'s cards join the end of `targetId` in their order, its dots add up; the source goes. */
export function mergeProjects(writer: Writer, sourceId: number, targetId: number): void {
  const source = requireRow<{ dots: number }>(writer.db, 'projects', sourceId);
  const target = requireRow<{ dots: number }>(writer.db, 'projects', targetId);
  appendIdeas(writer, sourceId, targetId);
  updateProject(writer, targetId, { dots: target.dots + source.dots });
  deleteProject(writer, sourceId);
}

/** The project's cards go back to the end of the Ideenspeicher; the project goes. */
export function dissolveProject(writer: Writer, id: number): void {
  requireRow(writer.db, 'projects', id);
  appendIdeas(writer, id, null);
  deleteProject(writer, id);
}

/**
 * The one rule for empty projects: moving or deleting the only card of a cluster leaves an empty
 * project behind. If nobody has worked on its fact sheet it is clutter and goes; once anything
 * beyond the title was entered (a description, milestones, links, dots, a status …) it stays, as
 * the user may still want it.
 */
export function removeIfEmptyAndBare(writer: Writer, id: number): void {
  if (isEmptyAndBare(writer.db, id)) deleteProject(writer, id);
}

function isEmptyAndBare(db: Database.Database, id: number): boolean {
  const row = statement(
    db,
    `SELECT 1 FROM projects p
     WHERE p.id = ? AND p.description = '' AND p.lead = '' AND p.partners = ''
       AND p.start_month IS NULL AND p.end_month IS NULL AND p.budget_cents IS NULL
       AND p.funding = '' AND p.indicators = '' AND p.priority IS NULL AND p.key_measure = 0
       AND p.status = 'idee' AND p.project_goal IS NULL AND p.project_type = ''
       AND p.area_scope IS NULL AND p.dots = 0 AND p.origin = ''
       AND NOT EXISTS (SELECT 1 FROM ideas WHERE project_id = p.id)
       AND NOT EXISTS (SELECT 1 FROM project_milestones WHERE project_id = p.id)
       AND NOT EXISTS (SELECT 1 FROM project_target_groups WHERE project_id = p.id)
       AND NOT EXISTS (SELECT 1 FROM project_strategic_goals WHERE project_id = p.id)
       AND NOT EXISTS (SELECT 1 FROM project_swot_entries WHERE project_id = p.id)
       AND NOT EXISTS (SELECT 1 FROM review_entries WHERE project_id = p.id)`,
  ).get(id);
  return row !== undefined;
}

function appendIdeas(writer: Writer, fromProjectId: number, toProjectId: number | null): void {
  const ids = statement(
    writer.db,
    'SELECT id FROM ideas WHERE project_id = ? ORDER BY position, id',
  )
    .all(fromProjectId)
    .map((row) => (row as { id: number }).id);
  const start = endOf(writer.db, ideasIn(toProjectId));
  ids.forEach((id, index) =>
    writer.update('ideas', { id }, { project_id: toProjectId, position: start + index }),
  );
}

/**
 * Deletes a project without cards: its own fact-sheet rows first (foreign keys), and a
 * Zwischenbilanz entry about it keeps its text and the project's title but no longer points at it.
 */
function deleteProject(writer: Writer, id: number): void {
  for (const table of dependentTables) {
    const keys = tableKeys[table].join(', ');
    const rows = statement(writer.db, `SELECT ${keys} FROM ${table} WHERE project_id = ?`).all(
      id,
    ) as Row[];
    for (const row of rows) writer.delete(table, row);
  }
  const reviewEntries = statement(
    writer.db,
    'SELECT e.id, p.title FROM review_entries e JOIN projects p ON p.id = e.project_id WHERE e.project_id = ?',
  ).all(id) as { id: number; title: string }[];
  for (const { id: entryId, title } of reviewEntries) {
    writer.update('review_entries', { id: entryId }, { project_id: null, project_title: title });
  }
  writer.delete('projects', { id });
}
