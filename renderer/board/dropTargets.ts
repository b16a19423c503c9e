// Where a drop lands: from the droppable under the card and the card's final position to the
// contract's target, and the optimistic change that shows it before the backend confirms.
import type { IdeaTarget } from '../../shared/contract';
import { positionBetween } from '../../shared/positions';
import { titleFromIdea } from '../../shared/projectTitle';
import type { BoardRows } from '../store/boardSlice';
import { placeholderProjectId } from '../store/boardSlice';
import { withRows } from '../store/rowRecords';
import { buildIndex, inboxKey, projectKey } from './boardIndex';
import type { BoardIndex } from './boardIndex';

export type DropData =
  | { type: 'inbox' }
  | { type: 'project'; projectId: number }
  | { type: 'column'; actionFieldId: number };

/** The first element among `selector` matches whose middle lies below `y`, as an id. */
function firstBelow(
  container: Element | null,
  selector: string,
  attribute: string,
  y: number,
  skip: readonly number[],
) {
  for (const element of container?.querySelectorAll(selector) ?? []) {
    const id = Number(element.getAttribute(attribute));
    if (skip.includes(id)) continue;
    const rect = element.getBoundingClientRect();
    if (rect.top + rect.height / 2 > y) return id;
  }
  return null;
}

/** Where cards dropped at height `centerY` land; the moving cards themselves are no landmarks. */
export function ideaTargetFor(
  ideaIds: readonly number[],
  data: DropData,
  centerY: number,
): IdeaTarget {
  if (data.type === 'inbox') return { kind: 'inbox' };
  if (data.type === 'project') {
    const container = document.querySelector(
      `[data-project-id="${data.projectId}"] .project-ideas`,
    );
    const beforeIdeaId = firstBelow(container, '[data-idea-id]', 'data-idea-id', centerY, ideaIds);
    return { kind: 'project', projectId: data.projectId, beforeIdeaId };
  }
  const column = document.querySelector(`[data-action-field-id="${data.actionFieldId}"]`);
  const beforeProjectId = firstBelow(column, '[data-project-id]', 'data-project-id', centerY, [
    placeholderProjectId,
  ]);
  return { kind: 'newProject', actionFieldId: data.actionFieldId, beforeProjectId };
}

export interface ProjectTarget {
  actionFieldId: number;
  beforeProjectId: number | null;
}

export function projectTargetFor(
  projectId: number,
  data: DropData,
  centerY: number,
  rows: BoardRows,
): ProjectTarget | undefined {
  if (data.type === 'inbox') return undefined;
  const actionFieldId =
    data.type === 'column' ? data.actionFieldId : rows.projects[data.projectId]?.actionFieldId;
  if (actionFieldId === undefined) return undefined;
  const column = document.querySelector(`[data-action-field-id="${actionFieldId}"]`);
  return {
    actionFieldId,
    beforeProjectId: firstBelow(column, '[data-project-id]', 'data-project-id', centerY, [
      projectId,
    ]),
  };
}

/** True when a target would leave the idea where it is. */
export function isNoOp(
  rows: BoardRows,
  index: BoardIndex,
  ideaId: number,
  target: IdeaTarget,
): boolean {
  const idea = rows.ideas[ideaId];
  if (!idea) return true;
  if (target.kind === 'inbox') return idea.projectId === null;
  if (target.kind !== 'project' || target.projectId !== idea.projectId) return false;
  const ids = index.ideasByContainer[projectKey(target.projectId)] ?? [];
  const next = ids[ids.indexOf(ideaId) + 1] ?? null;
  return target.beforeIdeaId === next || target.beforeIdeaId === ideaId;
}

/** The rows as they will be after the move, shown while the backend commits it. */
export function optimisticIdeaMove(index: BoardIndex, ideaId: number, target: IdeaTarget) {
  return (rows: BoardRows): Partial<BoardRows> => {
    const idea = rows.ideas[ideaId];
    if (!idea) return {};
    if (target.kind === 'newProject') {
      const siblings = (index.projectsByField[target.actionFieldId] ?? []).map(
        (id) => rows.projects[id],
      );
      const position = placeBefore(siblings, target.beforeProjectId);
      return {
        projects: withRows(rows.projects, [
          {
            id: placeholderProjectId,
            actionFieldId: target.actionFieldId,
            title: titleFromIdea(idea.text),
            position,
            dots: 0,
            status: 'idee',
            keyMeasure: false,
          },
        ]),
        ideas: withRows(rows.ideas, [{ ...idea, projectId: placeholderProjectId, position: 1 }]),
      };
    }
    const key = target.kind === 'inbox' ? inboxKey : projectKey(target.projectId);
    const siblings = (index.ideasByContainer[key] ?? [])
      .filter((id) => id !== ideaId)
      .map((id) => rows.ideas[id]);
    const position = placeBefore(siblings, target.kind === 'project' ? target.beforeIdeaId : null);
    const projectId = target.kind === 'inbox' ? null : target.projectId;
    return { ideas: withRows(rows.ideas, [{ ...idea, projectId, position }]) };
  };
}

/** Several cards moved as one: the first decides (a new project), the others follow it in order. */
export function optimisticIdeasMove(
  index: BoardIndex,
  ideaIds: readonly number[],
  target: IdeaTarget,
) {
  return (rows: BoardRows): Partial<BoardRows> => {
    let current = rows;
    let currentIndex = index;
    let to = target;
    for (const id of ideaIds) {
      current = { ...current, ...optimisticIdeaMove(currentIndex, id, to)(current) };
      currentIndex = buildIndex(
        current.ideas,
        current.projects,
        current.actionFields,
        currentIndex,
      );
      if (to.kind === 'newProject')
        to = { kind: 'project', projectId: placeholderProjectId, beforeIdeaId: null };
    }
    return current;
  };
}

export function optimisticProjectMove(index: BoardIndex, projectId: number, target: ProjectTarget) {
  return (rows: BoardRows): Partial<BoardRows> => {
    const project = rows.projects[projectId];
    if (!project) return {};
    const siblings = (index.projectsByField[target.actionFieldId] ?? [])
      .filter((id) => id !== projectId)
      .map((id) => rows.projects[id]);
    const position = placeBefore(siblings, target.beforeProjectId);
    return {
      projects: withRows(rows.projects, [
        { ...project, actionFieldId: target.actionFieldId, position },
      ]),
    };
  };
}

function placeBefore(
  siblings: ({ id: number; position: number } | undefined)[],
  beforeId: number | null,
): number {
  const present = siblings.filter(
    (row): row is { id: number; position: number } => row !== undefined,
  );
  const at = beforeId === null ? present.length : present.findIndex((row) => row.id === beforeId);
  const index = at === -1 ? present.length : at;
  return positionBetween(present[index - 1]?.position, present[index]?.position);
}
