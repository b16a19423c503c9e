// Handlungsfelder: the columns of the board, in the user's order, hidden ones kept.
import type Database from 'better-sqlite3';
import type { BoardActionField } from '../../../shared/contract';
import type { Writer } from '../store/changes';
import { statement } from '../store/statements';
import { allActionFields } from './containers';
import { endOf, moveWithin } from './positions';
import { requireRow } from './references';

export interface ActionFieldChanges {
  name?: string;
  color?: string;
  description?: string;
  hidden?: boolean;
}

export function createActionField(
  writer: Writer,
  field: { name: string; color: string; description: string },
): number {
  return writer.insert('action_fields', {
    ...field,
    position: endOf(writer.db, allActionFields),
    hidden: 0,
  });
}

export function updateActionField(writer: Writer, id: number, changes: ActionFieldChanges): void {
  requireRow(writer.db, 'action_fields', id);
  writer.update(
    'action_fields',
    { id },
    {
      ...(changes.name !== undefined && { name: changes.name }),
      ...(changes.color !== undefined && { color: changes.color }),
      ...(changes.description !== undefined && { description: changes.description }),
      ...(changes.hidden !== undefined && { hidden: changes.hidden ? 1 : 0 }),
    },
  );
}

/** Before `beforeId`, or to the end when that is null. */
export function moveActionField(writer: Writer, id: number, beforeId: number | null): void {
  requireRow(writer.db, 'action_fields', id);
  if (beforeId !== null) requireRow(writer.db, 'action_fields', beforeId);
  moveWithin(writer, allActionFields, id, beforeId);
}

const columns = 'id, name, description, color, position, hidden';

type ActionFieldRow = Omit<BoardActionField, 'hidden'> & { hidden: number };

const toBoardActionField = (row: ActionFieldRow): BoardActionField => ({
  ...row,
  hidden: row.hidden === 1,
});

export function readActionField(db: Database.Database, id: number): BoardActionField | undefined {
  const row = statement(db, `SELECT ${columns} FROM action_fields WHERE id = ?`).get(id);
  return row ? toBoardActionField(row as ActionFieldRow) : undefined;
}

export function listActionFields(db: Database.Database): BoardActionField[] {
  const sql = `SELECT ${columns} FROM action_fields ORDER BY position, id`;
  return (statement(db, sql).all() as ActionFieldRow[]).map(toBoardActionField);
}
