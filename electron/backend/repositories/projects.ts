// Projects (clusters of the board, entries of the Projektbibliothek): create from a card, rename,
// move between Handlungsfelder, dots.
import type Database from 'better-sqlite3';
import type { BoardProject } from '../../../shared/contract';
import { titleFromIdea } from '../../../shared/projectTitle';
import { AppFailure } from '../../../shared/errors';
import type { Writer } from '../store/changes';
import type { Row } from '../store/tables';
import { statement } from '../store/statements';
import { projectsIn } from './containers';
import { endOf, positionBefore } from './positions';
import { requireRow } from './references';
import { now } from './time';

interface ProjectRow {
  id: number;
  action_field_id: number;
  position: number;
}

/** Onto a Handlungsfeld: a new project named after the card, which the caller then moves in. */
export function createProjectFromIdea(
  writer: Writer,
  actionFieldId: number,
  beforeProjectId: number | null,
  ideaText: string,
): number {
  requireRow(writer.db, 'action_fields', actionFieldId);
  const timestamp = now();
  return writer.insert('projects', {
    action_field_id: actionFieldId,
    position: placeInField(writer, actionFieldId, beforeProjectId, null),
    title: titleFromIdea(ideaText),
    status: 'idee',
    created_at: timestamp,
    updated_at: timestamp,
  });
}

export function renameProject(writer: Writer, id: number, title: string): void {
  requireRow(writer.db, 'projects', id);
  updateProject(writer, id, { title });
}

export function setProjectDots(writer: Writer, id: number, dots: number): void {
  requireRow(writer.db, 'projects', id);
  updateProject(writer, id, { dots });
}

export function moveProject(
  writer: Writer,
  id: number,
  actionFieldId: number,
  beforeProjectId: number | null,
): void {
  const project = requireRow<ProjectRow>(writer.db, 'projects', id);
  requireRow(writer.db, 'action_fields', actionFieldId);
  const position =
    beforeProjectId === id && project.action_field_id === actionFieldId
      ? project.position
      : placeInField(writer, actionFieldId, beforeProjectId, id);
  updateProject(writer, id, { action_field_id: actionFieldId, position });
}

/** Writes `patch`, and stamps `updated_at` only when something really changed. */
export function updateProject(writer: Writer, id: number, patch: Row): void {
  const current = writer.read('projects', { id }) as Row;
  if (Object.keys(patch).every((column) => current[column] === patch[column])) return;
  writer.update('projects', { id }, { ...patch, updated_at: now() });
}

function placeInField(
  writer: Writer,
  actionFieldId: number,
  beforeProjectId: number | null,
  movingId: number | null,
): number {
  if (beforeProjectId === null) return endOf(writer.db, projectsIn(actionFieldId));
  const before = requireRow<ProjectRow>(writer.db, 'projects', beforeProjectId);
  if (before.action_field_id !== actionFieldId) {
    throw new AppFailure(
      'INVALID_INPUT',
      'Das Projekt, vor das verschoben werden soll, liegt in einem anderen Handlungsfeld.',
    );
  }
  return positionBefore(writer, projectsIn(actionFieldId), beforeProjectId, movingId);
}

const boardProjectColumns = `id, action_field_id AS actionFieldId, title, position, dots, status,
  key_measure AS keyMeasure`;

type BoardProjectRow = Omit<BoardProject, 'keyMeasure'> & { keyMeasure: number };

const toBoardProject = (row: BoardProjectRow): BoardProject => ({
  ...row,
  keyMeasure: row.keyMeasure === 1,
});

export function readBoardProject(db: Database.Database, id: number): BoardProject | undefined {
  const row = statement(db, `SELECT ${boardProjectColumns} FROM projects WHERE id = ?`).get(id);
  return row ? toBoardProject(row as BoardProjectRow) : undefined;
}

/** Every project, grouped by Handlungsfeld, each in its order. */
export function listBoardProjects(db: Database.Database): BoardProject[] {
  const sql = `SELECT ${boardProjectColumns} FROM projects ORDER BY action_field_id, position, id`;
  return (statement(db, sql).all() as BoardProjectRow[]).map(toBoardProject);
}
