// Idea cards: capture and read.
import type Database from 'better-sqlite3';
import type { Idea } from '../../../shared/contract';
import type { Phase } from '../../../shared/domain';
import type { Writer } from '../store/changes';
import { statement } from '../store/statements';
import { nextPosition } from './positions';
import { now } from './time';

export interface NewIdea {
  text: string;
  phase: Phase;
  workshopId: number | null;
  groupId: number | null;
  author: string;
  dots?: number;
  projectId?: number | null;
}

export function createIdea(writer: Writer, idea: NewIdea): Idea {
  const projectId = idea.projectId ?? null;
  const position =
    projectId === null
      ? nextPosition(writer.db, 'ideas', 'project_id IS NULL')
      : nextPosition(writer.db, 'ideas', 'project_id = ?', [projectId]);
  const id = writer.insert('ideas', {
    text: idea.text,
    phase: idea.phase,
    workshop_id: idea.workshopId,
    group_id: idea.groupId,
    author: idea.author,
    dots: idea.dots ?? 0,
    project_id: projectId,
    position,
    created_at: now(),
  });
  return readIdea(writer.db, id) as Idea;
}

const ideaColumns = `id, text, phase, workshop_id AS workshopId, group_id AS groupId, author, dots,
  color, project_id AS projectId, position, created_at AS createdAt`;

export function readIdea(db: Database.Database, id: number): Idea | undefined {
  return statement(db, `SELECT ${ideaColumns} FROM ideas WHERE id = ?`).get(id) as Idea | undefined;
}

export function listIdeas(db: Database.Database): Idea[] {
  return db
    .prepare(`SELECT ${ideaColumns} FROM ideas ORDER BY project_id, position`)
    .all() as Idea[];
}
