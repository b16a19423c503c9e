// Orderings derived from the board's rows: which ideas sit in which container, which projects in
// which column. Arrays that did not change keep their identity, so only changed lists re-render.
// An index remembers the rows it was built from: the next one redoes only the lists a change
// touched (a drop on a board of 10,000 ideas re-sorts two lists, not all of them).
import type { BoardActionField, BoardProject, Idea } from '../../shared/contract';
import { differingIds } from '../store/rowRecords';
import { sameItems } from '../store/sameItems';

export const inboxKey = 'inbox';
export type ContainerKey = typeof inboxKey | `p${number}`;
export const projectKey = (projectId: number): ContainerKey => `p${projectId}`;
export const containerOf = (idea: Pick<Idea, 'projectId'>): ContainerKey =>
  idea.projectId === null ? inboxKey : projectKey(idea.projectId);

interface IndexedRows {
  ideas: Record<number, Idea>;
  projects: Record<number, BoardProject>;
  fields: Record<number, BoardActionField>;
}

export interface BoardIndex {
  ideasByContainer: Partial<Record<ContainerKey, number[]>>;
  /** The dots on the shown cards of each container (a project's sum beside its own dots). */
  dotsByContainer: Partial<Record<ContainerKey, number>>;
  projectsByField: Record<number, number[]>;
  fieldOrder: number[];
  /** Phone cards kept from the room while brainwriting: only counted until revealed. */
  concealedIdeas: number[];
  /** Cards the facilitator took off the board; listed apart, shown again on request. */
  hiddenIdeas: number[];
  /** The rows this index was built from. */
  source: IndexedRows;
}

export const emptyIndex: BoardIndex = {
  ideasByContainer: {},
  dotsByContainer: {},
  projectsByField: {},
  fieldOrder: [],
  concealedIdeas: [],
  hiddenIdeas: [],
  source: { ideas: {}, projects: {}, fields: {} },
};

/** Where an idea is listed: its container when shown, else the list of concealed or hidden. */
type Slot = ContainerKey | 'concealed' | 'hidden';
const slotOf = (idea: Idea): Slot =>
  idea.visibility === 'shown' ? containerOf(idea) : idea.visibility;

/** More changed ideas than this, and building the lists afresh is as quick. */
const mostChangesPatched = 200;

const byPosition = (a: { position: number; id: number }, b: { position: number; id: number }) =>
  a.position - b.position || a.id - b.id;

export function buildIndex(
  ideas: Record<number, Idea>,
  projects: Record<number, BoardProject>,
  fields: Record<number, BoardActionField>,
  previous: BoardIndex,
): BoardIndex {
  const source = { ideas, projects, fields };
  const lists =
    (projects === previous.source.projects && patchedSlots(ideas, previous)) ||
    allSlots(ideas, projects);
  const ideasByContainer: Partial<Record<ContainerKey, number[]>> = {
    ...(lists.patched ? previous.ideasByContainer : {}),
  };
  const dotsByContainer = { ...(lists.patched ? previous.dotsByContainer : {}) };
  for (const [slot, ids] of lists.slots) {
    if (slot === 'concealed' || slot === 'hidden') continue;
    const kept = reuse(ids, previous.ideasByContainer[slot]);
    ideasByContainer[slot] = kept;
    dotsByContainer[slot] = kept.reduce((sum, id) => sum + (ideas[id]?.dots ?? 0), 0);
  }
  const apart = (slot: 'concealed' | 'hidden', before: number[]) => {
    const ids = lists.slots.get(slot);
    return ids ? reuse(ids, before) : before;
  };
  const unchangedColumns =
    projects === previous.source.projects && fields === previous.source.fields;
  return {
    ideasByContainer,
    dotsByContainer,
    projectsByField: unchangedColumns
      ? previous.projectsByField
      : projectOrder(projects, fields, previous),
    fieldOrder: unchangedColumns
      ? previous.fieldOrder
      : reuse(sortedIds(Object.values(fields)), previous.fieldOrder),
    concealedIdeas: apart('concealed', previous.concealedIdeas),
    hiddenIdeas: apart('hidden', previous.hiddenIdeas),
    source,
  };
}

/** Every list, sorted afresh; every project has one, if empty. */
function allSlots(ideas: Record<number, Idea>, projects: Record<number, BoardProject>) {
  const groups = new Map<Slot, Idea[]>([
    [inboxKey, []],
    ['concealed', []],
    ['hidden', []],
  ]);
  for (const project of Object.values(projects)) groups.set(projectKey(project.id), []);
  for (const idea of Object.values(ideas)) {
    const slot = slotOf(idea);
    let group = groups.get(slot);
    if (!group) groups.set(slot, (group = []));
    group.push(idea);
  }
  const slots = new Map<Slot, number[]>();
  for (const [slot, group] of groups) slots.set(slot, sortedIds(group));
  return { patched: false, slots };
}

/**
 * Only the lists that changed ideas left or joined, from the previous index's lists; undefined
 * when too much changed to be worth it.
 */
function patchedSlots(ideas: Record<number, Idea>, previous: BoardIndex) {
  const before = previous.source.ideas;
  const changed = differingIds(before, ideas);
  if (changed.size > mostChangesPatched) return undefined;

  const joining = new Map<Slot, Idea[]>();
  for (const id of changed) {
    const was = before[id];
    if (was && !joining.has(slotOf(was))) joining.set(slotOf(was), []);
    const now = ideas[id];
    if (!now) continue;
    const slot = slotOf(now);
    const list = joining.get(slot);
    if (list) list.push(now);
    else joining.set(slot, [now]);
  }
  const slots = new Map<Slot, number[]>();
  for (const [slot, joined] of joining) {
    const stayed = listOf(previous, slot)
      .filter((id) => !changed.has(id))
      .map((id) => ideas[id] as Idea);
    slots.set(slot, sortedIds([...stayed, ...joined]));
  }
  return { patched: true, slots };
}

function listOf(index: BoardIndex, slot: Slot): number[] {
  if (slot === 'concealed') return index.concealedIdeas;
  if (slot === 'hidden') return index.hiddenIdeas;
  return index.ideasByContainer[slot] ?? [];
}

function projectOrder(
  projects: Record<number, BoardProject>,
  fields: Record<number, BoardActionField>,
  previous: BoardIndex,
): Record<number, number[]> {
  const groups: Record<number, BoardProject[]> = {};
  for (const field of Object.values(fields)) groups[field.id] = [];
  for (const project of Object.values(projects))
    (groups[project.actionFieldId] ??= []).push(project);
  const order: Record<number, number[]> = {};
  for (const [key, group] of Object.entries(groups)) {
    order[Number(key)] = reuse(sortedIds(group), previous.projectsByField[Number(key)]);
  }
  return order;
}

const sortedIds = (rows: { id: number; position: number }[]) =>
  rows.sort(byPosition).map((row) => row.id);

function reuse(next: number[], previous: number[] | undefined): number[] {
  return previous && sameItems(previous, next) ? previous : next;
}
