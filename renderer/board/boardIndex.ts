// Orderings derived from the board's rows: which ideas sit in which container, which projects in
// which column. Arrays that did not change keep their identity, so only changed lists re-render.
import type { BoardActionField, BoardProject, Idea } from '../../shared/contract';

export const inboxKey = 'inbox';
export type ContainerKey = typeof inboxKey | `p${number}`;
export const projectKey = (projectId: number): ContainerKey => `p${projectId}`;
export const containerOf = (idea: Pick<Idea, 'projectId'>): ContainerKey =>
  idea.projectId === null ? inboxKey : projectKey(idea.projectId);

export interface BoardIndex {
  ideasByContainer: Partial<Record<ContainerKey, number[]>>;
  projectsByField: Record<number, number[]>;
  fieldOrder: number[];
  /** Phone cards kept from the room while brainwriting: only counted until revealed. */
  concealedIdeas: number[];
  /** Cards the facilitator took off the board; listed apart, shown again on request. */
  hiddenIdeas: number[];
}

export const emptyIndex: BoardIndex = {
  ideasByContainer: {},
  projectsByField: {},
  fieldOrder: [],
  concealedIdeas: [],
  hiddenIdeas: [],
};

const byPosition = (a: { position: number; id: number }, b: { position: number; id: number }) =>
  a.position - b.position || a.id - b.id;

export function buildIndex(
  ideas: Record<number, Idea>,
  projects: Record<number, BoardProject>,
  fields: Record<number, BoardActionField>,
  previous: BoardIndex,
): BoardIndex {
  const ideaGroups: Record<string, Idea[]> = { [inboxKey]: [] };
  const apart: Record<'concealed' | 'hidden', Idea[]> = { concealed: [], hidden: [] };
  for (const project of Object.values(projects)) ideaGroups[projectKey(project.id)] = [];
  for (const idea of Object.values(ideas)) {
    if (idea.visibility === 'shown') (ideaGroups[containerOf(idea)] ??= []).push(idea);
    else apart[idea.visibility].push(idea);
  }
  const ideasByContainer: Record<string, number[]> = {};
  for (const [key, group] of Object.entries(ideaGroups)) {
    ideasByContainer[key] = reuse(
      group.sort(byPosition).map((idea) => idea.id),
      previous.ideasByContainer[key as ContainerKey],
    );
  }

  const projectGroups: Record<number, BoardProject[]> = {};
  for (const field of Object.values(fields)) projectGroups[field.id] = [];
  for (const project of Object.values(projects))
    (projectGroups[project.actionFieldId] ??= []).push(project);
  const projectsByField: Record<number, number[]> = {};
  for (const [key, group] of Object.entries(projectGroups)) {
    projectsByField[Number(key)] = reuse(
      group.sort(byPosition).map((project) => project.id),
      previous.projectsByField[Number(key)],
    );
  }

  const fieldOrder = reuse(
    Object.values(fields)
      .sort(byPosition)
      .map((field) => field.id),
    previous.fieldOrder,
  );
  const ids = (group: Idea[]) => group.sort(byPosition).map((idea) => idea.id);
  return {
    ideasByContainer,
    projectsByField,
    fieldOrder,
    concealedIdeas: reuse(ids(apart.concealed), previous.concealedIdeas),
    hiddenIdeas: reuse(ids(apart.hidden), previous.hiddenIdeas),
  };
}

function reuse(next: number[], previous: number[] | undefined): number[] {
  if (previous && previous.length === next.length && previous.every((id, i) => id === next[i])) {
    return previous;
  }
  return next;
}
