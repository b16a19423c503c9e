// Idea cards: capture, edit, delete, move between the Ideenspeicher and projects, dots.
import type Database from 'better-sqlite3';
import type { Idea, IdeaTarget } from '../../../shared/contract';
import { AppFailure } from '../../../shared/errors';
import type { IdeaVisibility, Phase } from '../../../shared/domain';
import type { Writer } from '../store/changes';
import { statement } from '../store/statements';
import { ideasIn } from './containers';
import { endOf, positionBefore } from './positions';
import { removeIfEmptyAndBare } from './projectRemoval';
import { createProjectFromIdea } from './projects';
import { requireCaptureContext, requireRow } from './references';
import { firstColumn } from './rows';
import { now } from './time';

export interface NewIdea {
  text: string;
  phase: Phase;
  workshopId: number | null;
  groupId: number | null;
  author: string;
  dots?: number;
  projectId?: number | null;
  /** Cards from participants' phones: the device's number and whether the room sees it yet. */
  device?: number | null;
  visibility?: IdeaVisibility;
}

export interface IdeaChanges {
  text?: string;
  phase?: Phase;
  workshopId?: number | null;
  groupId?: number | null;
  color?: string | null;
}

interface IdeaRow {
  id: number;
  text: string;
  workshop_id: number | null;
  group_id: number | null;
  project_id: number | null;
  position: number;
  visibility: IdeaVisibility;
}

/** Appends a card to its project, or to the Ideenspeicher when it has none. */
export function createIdea(writer: Writer, idea: NewIdea): Idea {
  return readIdea(writer.db, insertIdea(writer, idea)) as Idea;
}

/** Cards from phones, in the order they arrived; answers their ids in the same order. */
export function createPhoneIdeas(writer: Writer, ideas: NewIdea[]): number[] {
  return ideas.map((idea) => insertIdea(writer, idea));
}

/** A transcribed pinboard: the cards keep the order they were typed in. */
export function createIdeas(writer: Writer, texts: string[], context: Omit<NewIdea, 'text'>): void {
  for (const text of texts) insertIdea(writer, { ...context, text });
}

function insertIdea(writer: Writer, idea: NewIdea): number {
  const projectId = idea.projectId ?? null;
  requireCaptureContext(writer.db, idea.workshopId, idea.groupId);
  if (projectId !== null) requireRow(writer.db, 'projects', projectId);
  return writer.insert('ideas', {
    text: idea.text,
    phase: idea.phase,
    workshop_id: idea.workshopId,
    group_id: idea.groupId,
    author: idea.author,
    dots: idea.dots ?? 0,
    project_id: projectId,
    position: endOf(writer.db, ideasIn(projectId)),
    created_at: now(),
    // Only a phone's card names them; the laptop's cards take the columns' defaults (none, shown).
    ...(idea.device != null && { device: idea.device, visibility: idea.visibility ?? 'shown' }),
  });
}

export function updateIdea(writer: Writer, id: number, changes: IdeaChanges): void {
  const current = requireRow<IdeaRow>(writer.db, 'ideas', id);
  const workshopId = changes.workshopId !== undefined ? changes.workshopId : current.workshop_id;
  let groupId = changes.groupId !== undefined ? changes.groupId : current.group_id;
  // A card moved to another session without naming a group cannot keep the old session's table.
  if (changes.groupId === undefined && workshopId !== current.workshop_id) groupId = null;
  requireCaptureContext(writer.db, workshopId, groupId);
  writer.update(
    'ideas',
    { id },
    {
      ...(changes.text !== undefined && { text: changes.text }),
      ...(changes.phase !== undefined && { phase: changes.phase }),
      ...(changes.color !== undefined && { color: changes.color }),
      workshop_id: workshopId,
      group_id: groupId,
    },
  );
}

/** Deleting the last card of a project follows the same rule as moving it out (projectRemoval.ts). */
export function deleteIdea(writer: Writer, id: number): void {
  const idea = requireRow<IdeaRow>(writer.db, 'ideas', id);
  writer.delete('ideas', { id });
  if (idea.project_id !== null) removeIfEmptyAndBare(writer, idea.project_id);
}

/** Takes a card of the Ideenspeicher off the board (kept, and shown again on request) or back on. */
export function setIdeaHidden(writer: Writer, id: number, hidden: boolean): void {
  const idea = requireRow<IdeaRow>(writer.db, 'ideas', id);
  if (idea.project_id !== null) {
    throw new AppFailure('INVALID_INPUT', 'Nur Karten im Ideenspeicher lassen sich ausblenden.');
  }
  if (idea.visibility === 'concealed' && !hidden) return;
  writer.update('ideas', { id }, { visibility: hidden ? 'hidden' : 'shown' });
}

/** Brainwriting ends: every concealed card is shown to the room. Answers how many. */
export function revealConcealedIdeas(writer: Writer): number {
  const ids = firstColumn<number>(writer.db, "SELECT id FROM ideas WHERE visibility = 'concealed'");
  for (const id of ids) writer.update('ideas', { id }, { visibility: 'shown' });
  return ids.length;
}

export function setIdeaDots(writer: Writer, id: number, dots: number): void {
  requireRow(writer.db, 'ideas', id);
  writer.update('ideas', { id }, { dots });
}

/** Several cards in order: onto a Handlungsfeld the first makes the project, the rest join it. */
export function moveIdeas(writer: Writer, ids: number[], target: IdeaTarget): void {
  let to = target;
  for (const id of ids) {
    const projectId = moveIdea(writer, id, to);
    if (to.kind === 'newProject' && projectId !== null)
      to = { kind: 'project', projectId, beforeIdeaId: null };
  }
}

/** Moves a card; answers the project it now belongs to (null: the Ideenspeicher). */
export function moveIdea(writer: Writer, id: number, target: IdeaTarget): number | null {
  const idea = requireRow<IdeaRow>(writer.db, 'ideas', id);
  if (idea.visibility !== 'shown') {
    throw new AppFailure(
      'INVALID_INPUT',
      'Verdeckte oder ausgeblendete Karten bleiben im Ideenspeicher, bis sie gezeigt werden.',
    );
  }
  // The Ideenspeicher has no drop position: a card already there stays where it is.
  if (target.kind === 'inbox' && idea.project_id === null) return null;
  const projectId =
    target.kind === 'inbox'
      ? null
      : target.kind === 'project'
        ? requireRow<{ id: number }>(writer.db, 'projects', target.projectId).id
        : createProjectFromIdea(writer, target.actionFieldId, target.beforeProjectId, idea.text);
  const beforeIdeaId = target.kind === 'project' ? target.beforeIdeaId : null;
  writer.update(
    'ideas',
    { id },
    { project_id: projectId, position: placeAmongIdeas(writer, idea, projectId, beforeIdeaId) },
  );
  if (idea.project_id !== null && idea.project_id !== projectId) {
    removeIfEmptyAndBare(writer, idea.project_id);
  }
  return projectId;
}

function placeAmongIdeas(
  writer: Writer,
  idea: IdeaRow,
  projectId: number | null,
  beforeIdeaId: number | null,
): number {
  if (beforeIdeaId === null) return endOf(writer.db, ideasIn(projectId));
  if (beforeIdeaId === idea.id && idea.project_id === projectId) return idea.position;
  const before = requireRow<IdeaRow>(writer.db, 'ideas', beforeIdeaId);
  if (before.project_id !== projectId) {
    throw new AppFailure(
      'INVALID_INPUT',
      'Die Idee, vor die verschoben werden soll, liegt in einem anderen Projekt.',
    );
  }
  return positionBefore(writer, ideasIn(projectId), beforeIdeaId, idea.id);
}

const ideaColumns = `id, text, phase, workshop_id AS workshopId, group_id AS groupId, author, dots,
  color, project_id AS projectId, position, created_at AS createdAt, device, visibility`;

export function readIdea(db: Database.Database, id: number): Idea | undefined {
  return statement(db, `SELECT ${ideaColumns} FROM ideas WHERE id = ?`).get(id) as Idea | undefined;
}

/** Every card, the Ideenspeicher first, then by project, each in its order. */
export function listIdeas(db: Database.Database): Idea[] {
  return statement(
    db,
    `SELECT ${ideaColumns} FROM ideas ORDER BY project_id, position, id`,
  ).all() as Idea[];
}
