// How a Handlungsfeld ends: merged into another (its projects join the end of it) or deleted,
// with its projects moved elsewhere first. The Bestandsaufnahme's measures and the SWOT entries
// follow, or lose it.
import { AppFailure } from '../../../shared/errors';
import type { Writer } from '../store/changes';
import { projectsIn } from './containers';
import { endOf } from './positions';
import { requireRow } from './references';
import { firstColumn } from './rows';

export function mergeActionFields(writer: Writer, sourceId: number, targetId: number): void {
  requireRow(writer.db, 'action_fields', sourceId);
  requireRow(writer.db, 'action_fields', targetId);
  moveContents(writer, sourceId, targetId);
  writer.delete('action_fields', { id: sourceId });
}

export function deleteActionField(writer: Writer, id: number, moveTo: number | null): void {
  requireRow(writer.db, 'action_fields', id);
  if (moveTo !== null) requireRow(writer.db, 'action_fields', moveTo);
  if (moveTo === null && projectIdsIn(writer, id).length > 0) {
    throw new AppFailure(
      'INVALID_INPUT',
      'Das Handlungsfeld hat noch Projekte. Bitte wählen Sie, wohin sie wechseln.',
    );
  }
  moveContents(writer, id, moveTo);
  writer.delete('action_fields', { id });
}

/** Projects join the end of `toId` in their order; measures and SWOT entries point there (or nowhere). */
function moveContents(writer: Writer, fromId: number, toId: number | null): void {
  const projectIds = projectIdsIn(writer, fromId);
  if (toId !== null) {
    const start = endOf(writer.db, projectsIn(toId));
    projectIds.forEach((id, index) =>
      writer.update('projects', { id }, { action_field_id: toId, position: start + index }),
    );
  }
  for (const table of ['inventory_measures', 'swot_entries'] as const) {
    const ids = firstColumn<number>(
      writer.db,
      `SELECT id FROM ${table} WHERE action_field_id = ? ORDER BY id`,
      fromId,
    );
    for (const id of ids) writer.update(table, { id }, { action_field_id: toId });
  }
}

const projectIdsIn = (writer: Writer, actionFieldId: number): number[] =>
  firstColumn<number>(
    writer.db,
    'SELECT id FROM projects WHERE action_field_id = ? ORDER BY position, id',
    actionFieldId,
  );
