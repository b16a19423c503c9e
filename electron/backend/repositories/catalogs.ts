// The catalogue editors: all catalogues with their use, and Zielgruppen and Leitziele added,
// renamed, reordered, merged and removed (each entry's project links follow it).
import type Database from 'better-sqlite3';
import { AppFailure } from '../../../shared/errors';
import type { Catalogs } from '../../../shared/library';
import { foldText } from '../../../shared/search';
import type { Writer } from '../store/changes';
import { statement } from '../store/statements';
import type { Container } from './positions';
import { endOf, moveWithin } from './positions';
import { requireRow } from './references';
import { firstColumn } from './rows';
import { swotOrder } from './swot';

/** A catalogue whose entries projects link to by a table of pairs. */
export interface LinkedCatalog {
  table: 'target_groups' | 'strategic_goals';
  /** The column the user edits. */
  textColumn: 'name' | 'text';
  linkTable: 'project_target_groups' | 'project_strategic_goals';
  linkColumn: 'target_group_id' | 'strategic_goal_id';
  taken: string;
}

export const targetGroupCatalog: LinkedCatalog = {
  table: 'target_groups',
  textColumn: 'name',
  linkTable: 'project_target_groups',
  linkColumn: 'target_group_id',
  taken: 'Diese Zielgruppe gibt es schon.',
};

export const strategicGoalCatalog: LinkedCatalog = {
  table: 'strategic_goals',
  textColumn: 'text',
  linkTable: 'project_strategic_goals',
  linkColumn: 'strategic_goal_id',
  taken: 'Dieses Leitziel gibt es schon.',
};

const whole = (catalog: LinkedCatalog): Container => ({
  table: catalog.table,
  where: '1',
  params: [],
});

/** Entries are told apart as a reader would: case, umlauts and ß/ss do not make a new one. */
function assertFree(
  db: Database.Database,
  catalog: LinkedCatalog,
  text: string,
  exceptId: number | null,
) {
  const folded = foldText(text);
  const rows = statement(
    db,
    `SELECT id, ${catalog.textColumn} AS text FROM ${catalog.table}`,
  ).all() as {
    id: number;
    text: string;
  }[];
  if (rows.some((row) => row.id !== exceptId && foldText(row.text) === folded)) {
    throw new AppFailure('INVALID_INPUT', catalog.taken);
  }
}

export function createEntry(writer: Writer, catalog: LinkedCatalog, text: string): number {
  assertFree(writer.db, catalog, text, null);
  return writer.insert(catalog.table, {
    [catalog.textColumn]: text,
    position: endOf(writer.db, whole(catalog)),
  });
}

export function renameEntry(writer: Writer, catalog: LinkedCatalog, id: number, text: string) {
  requireRow(writer.db, catalog.table, id);
  assertFree(writer.db, catalog, text, id);
  writer.update(catalog.table, { id }, { [catalog.textColumn]: text });
}

/** Before `beforeId`, or to the end when that is null. */
export function moveEntry(
  writer: Writer,
  catalog: LinkedCatalog,
  id: number,
  beforeId: number | null,
) {
  requireRow(writer.db, catalog.table, id);
  if (beforeId !== null) requireRow(writer.db, catalog.table, beforeId);
  moveWithin(writer, whole(catalog), id, beforeId);
}

/**
 * Removes an entry. Projects linked to it are linked to `replaceWithId` instead (merging), or
 * simply lose the link when that is null.
 */
export function removeEntry(
  writer: Writer,
  catalog: LinkedCatalog,
  id: number,
  replaceWithId: number | null,
) {
  requireRow(writer.db, catalog.table, id);
  if (replaceWithId !== null) requireRow(writer.db, catalog.table, replaceWithId);
  const projectIds = firstColumn<number>(
    writer.db,
    `SELECT project_id FROM ${catalog.linkTable} WHERE ${catalog.linkColumn} = ? ORDER BY project_id`,
    id,
  );
  for (const projectId of projectIds) {
    writer.delete(catalog.linkTable, { project_id: projectId, [catalog.linkColumn]: id });
    if (replaceWithId === null) continue;
    const target = { project_id: projectId, [catalog.linkColumn]: replaceWithId };
    if (!writer.read(catalog.linkTable, target)) writer.insert(catalog.linkTable, target);
  }
  writer.delete(catalog.table, { id });
}

export function readCatalogs(db: Database.Database): Catalogs {
  const actionFields = statement(
    db,
    `SELECT f.id, f.name, f.color, f.position, f.hidden,
       (SELECT count(*) FROM projects p WHERE p.action_field_id = f.id) AS projectCount
     FROM action_fields f ORDER BY f.position, f.id`,
  ).all() as (Omit<Catalogs['actionFields'][number], 'hidden'> & { hidden: number })[];
  return {
    actionFields: actionFields.map((field) => ({ ...field, hidden: field.hidden === 1 })),
    targetGroups: statement(
      db,
      `SELECT t.id, t.name, t.position,
         (SELECT count(*) FROM project_target_groups pt WHERE pt.target_group_id = t.id) AS projectCount
       FROM target_groups t ORDER BY t.position, t.id`,
    ).all() as Catalogs['targetGroups'],
    strategicGoals: statement(
      db,
      `SELECT g.id, g.text, g.position,
         (SELECT count(*) FROM project_strategic_goals pg WHERE pg.strategic_goal_id = g.id) AS projectCount
       FROM strategic_goals g ORDER BY g.position, g.id`,
    ).all() as Catalogs['strategicGoals'],
    swotEntries: statement(
      db,
      `SELECT id, kind, text, position FROM swot_entries ORDER BY ${swotOrder()}`,
    ).all() as Catalogs['swotEntries'],
  };
}
