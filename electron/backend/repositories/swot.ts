// SWOT entries: created at the end of their quadrant, changed, moved within or between quadrants,
// removed together with the projects' references to them.
import type { SwotKind } from '../../../shared/domain';
import type { Writer } from '../store/changes';
import type { Container } from './positions';
import { endOf, moveWithin } from './positions';
import { requireIfSet, requireRow, requireSibling } from './references';
import { firstColumn } from './rows';

/**
 * The SWOT's order in SQL (`prefix`: the table's alias with its dot): positions count within a
 * quadrant, the quadrants come in the SWOT's own order.
 */
export const swotOrder = (prefix = ''): string =>
  `instr('staerke schwaeche chance risiko', ${prefix}kind), ${prefix}position, ${prefix}id`;

const quadrant = (kind: SwotKind): Container => ({
  table: 'swot_entries',
  where: 'kind = ?',
  params: [kind],
});

export interface SwotFields {
  text?: string;
  evidence?: string;
  actionFieldId?: number | null;
}

export function createSwotEntry(writer: Writer, kind: SwotKind, fields: SwotFields): number {
  requireIfSet(writer.db, 'action_fields', fields.actionFieldId);
  return writer.insert('swot_entries', {
    kind,
    text: fields.text ?? '',
    evidence: fields.evidence ?? '',
    action_field_id: fields.actionFieldId ?? null,
    position: endOf(writer.db, quadrant(kind)),
  });
}

/** Changes an entry; another `kind` puts it at the end of that quadrant. */
export function updateSwotEntry(
  writer: Writer,
  id: number,
  { kind, ...fields }: SwotFields & { kind?: SwotKind },
): void {
  const entry = requireRow<{ kind: SwotKind }>(writer.db, 'swot_entries', id);
  requireIfSet(writer.db, 'action_fields', fields.actionFieldId);
  const { actionFieldId, ...texts } = fields;
  writer.update(
    'swot_entries',
    { id },
    {
      ...texts,
      ...(actionFieldId !== undefined && { action_field_id: actionFieldId }),
    },
  );
  if (kind !== undefined && kind !== entry.kind) moveSwotEntry(writer, id, kind, null);
}

/** Into quadrant `kind` before `beforeId` (null: at its end). */
export function moveSwotEntry(
  writer: Writer,
  id: number,
  kind: SwotKind,
  beforeId: number | null,
): void {
  requireRow(writer.db, 'swot_entries', id);
  if (beforeId !== null) {
    const before = requireRow<{ kind: SwotKind }>(writer.db, 'swot_entries', beforeId);
    requireSibling(before.kind === kind, 'Der Eintrag, vor den verschoben wird, steht woanders.');
  }
  writer.update('swot_entries', { id }, { kind });
  moveWithin(writer, quadrant(kind), id, beforeId);
}

export function deleteSwotEntry(writer: Writer, id: number): void {
  requireRow(writer.db, 'swot_entries', id);
  const projectIds = firstColumn<number>(
    writer.db,
    'SELECT project_id FROM project_swot_entries WHERE swot_entry_id = ? ORDER BY project_id',
    id,
  );
  for (const projectId of projectIds) {
    writer.delete('project_swot_entries', { project_id: projectId, swot_entry_id: id });
  }
  writer.delete('swot_entries', { id });
}
