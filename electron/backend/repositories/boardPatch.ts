// Turns the row changes of one action (or of its undo/redo) into the board patch the renderer
// applies: every touched entity once, in its final state as `board:load` would give it.
import type Database from 'better-sqlite3';
import type { BoardPatch } from '../../../shared/contract';
import type { RowChange } from '../store/changes';
import { readActionField } from './actionFields';
import { readIdea } from './ideas';
import { readBoardProject } from './projects';
import { readWorkshop } from './workshops';

type Entity = 'ideas' | 'projects' | 'actionFields' | 'workshops';

/** Per entity: the ids touched, each with whether it existed before the action. */
type Touched = Record<Entity, Map<number, boolean>>;

export function patchFromChanges(db: Database.Database, changes: RowChange[]): BoardPatch {
  const touched: Touched = {
    ideas: new Map(),
    projects: new Map(),
    actionFields: new Map(),
    workshops: new Map(),
  };
  for (const change of changes) collect(touched, change);
  const [ideas, removedIdeaIds] = split(touched.ideas, (id) => readIdea(db, id));
  const [projects, removedProjectIds] = split(touched.projects, (id) => readBoardProject(db, id));
  const [actionFields, removedActionFieldIds] = split(touched.actionFields, (id) =>
    readActionField(db, id),
  );
  const [workshops, removedWorkshopIds] = split(touched.workshops, (id) => readWorkshop(db, id));
  return {
    ideas,
    removedIdeaIds,
    projects,
    removedProjectIds,
    actionFields,
    removedActionFieldIds,
    workshops,
    removedWorkshopIds,
  };
}

const entityOf: Partial<Record<RowChange['table'], Entity>> = {
  ideas: 'ideas',
  projects: 'projects',
  action_fields: 'actionFields',
  workshops: 'workshops',
};

function collect(touched: Touched, change: RowChange): void {
  const entity = entityOf[change.table];
  if (entity) {
    const id = change.key.id as number;
    // The first change of a row knows whether it existed before the action began.
    if (!touched[entity].has(id)) touched[entity].set(id, change.before !== undefined);
  } else if (change.table === 'workshop_groups') {
    // A group is part of its session: the whole session goes into the patch. A session seen only
    // through its groups existed before; if it was created here, its own row says so.
    for (const row of [change.before, change.after]) {
      const workshopId = row?.workshop_id as number | undefined;
      if (workshopId !== undefined && !touched.workshops.has(workshopId)) {
        touched.workshops.set(workshopId, true);
      }
    }
  }
}

/** Rows that exist now are sent whole; gone ones by id, unless they only lived inside the action. */
function split<T>(ids: Map<number, boolean>, read: (id: number) => T | undefined): [T[], number[]] {
  const present: T[] = [];
  const removed: number[] = [];
  for (const [id, existed] of ids) {
    const row = read(id);
    if (row) present.push(row);
    else if (existed) removed.push(id);
  }
  return [present, removed];
}
