// The Bestandsaufnahme: measures the Kommune already runs, with Träger, Handlungsfeld, status and
// a note (stored as the measure's description), in the user's order.
import type { InventoryStatus } from '../../../shared/profile/types';
import type { Writer } from '../store/changes';
import type { Container } from './positions';
import { endOf, moveWithin } from './positions';
import { requireIfSet, requireRow } from './references';

const allMeasures: Container = { table: 'inventory_measures', where: '1', params: [] };

export interface InventoryFields {
  title?: string;
  sponsor?: string;
  actionFieldId?: number | null;
  status?: InventoryStatus;
  note?: string;
}

function columns({ actionFieldId, note, ...rest }: InventoryFields) {
  return {
    ...rest,
    ...(actionFieldId !== undefined && { action_field_id: actionFieldId }),
    ...(note !== undefined && { description: note }),
  };
}

export function createMeasure(writer: Writer, fields: InventoryFields & { title: string }): number {
  requireIfSet(writer.db, 'action_fields', fields.actionFieldId);
  return writer.insert('inventory_measures', {
    sponsor: '',
    status: 'laufend',
    description: '',
    action_field_id: null,
    ...columns(fields),
    position: endOf(writer.db, allMeasures),
  });
}

export function updateMeasure(writer: Writer, id: number, fields: InventoryFields): void {
  requireRow(writer.db, 'inventory_measures', id);
  requireIfSet(writer.db, 'action_fields', fields.actionFieldId);
  writer.update('inventory_measures', { id }, columns(fields));
}

export function moveMeasure(writer: Writer, id: number, beforeId: number | null): void {
  requireRow(writer.db, 'inventory_measures', id);
  if (beforeId !== null) requireRow(writer.db, 'inventory_measures', beforeId);
  moveWithin(writer, allMeasures, id, beforeId);
}

export function deleteMeasure(writer: Writer, id: number): void {
  requireRow(writer.db, 'inventory_measures', id);
  writer.delete('inventory_measures', { id });
}
