// The SWOT's order while an entry is dragged: the quadrants as lists of ids (plain data, changed
// in place as the entry moves over another quadrant), and where the entry lands when dropped.
import { arrayMove } from '@dnd-kit/sortable';
import { swotKinds } from '../../shared/domain';
import type { SwotKind } from '../../shared/domain';
import type { SwotEntry } from '../../shared/profile/types';

export type Columns = Record<SwotKind, number[]>;

export const columnsOf = (entries: readonly SwotEntry[]): Columns =>
  Object.fromEntries(
    swotKinds.map((kind) => [kind, entries.filter((e) => e.kind === kind).map((e) => e.id)]),
  ) as Columns;

/** Drag ids: "swot-12" for an entry, "quadrant-staerke" for a quadrant (also when empty). */
export const entryDragId = (id: number) => `swot-${id}`;
export const quadrantDragId = (kind: SwotKind) => `quadrant-${kind}`;

export function parseDragId(
  dragId: string | number,
): { entry: number } | { quadrant: SwotKind } | null {
  const text = String(dragId);
  if (text.startsWith('swot-')) return { entry: Number(text.slice(5)) };
  const kind = text.slice('quadrant-'.length) as SwotKind;
  return text.startsWith('quadrant-') && swotKinds.includes(kind) ? { quadrant: kind } : null;
}

export const quadrantOf = (columns: Columns, id: number): SwotKind | undefined =>
  swotKinds.find((kind) => columns[kind].includes(id));

/**
 * The columns with entry `id` moved over `target`: within its quadrant to the target's place (as a
 * sortable list moves), into another quadrant before the target entry or at the quadrant's end.
 * The same columns when nothing changes.
 */
export function moveOver(columns: Columns, id: number, target: string | number): Columns {
  const over = parseDragId(target);
  const from = quadrantOf(columns, id);
  if (!over || !from) return columns;
  const to = 'quadrant' in over ? over.quadrant : quadrantOf(columns, over.entry);
  if (!to || ('entry' in over && over.entry === id)) return columns;
  if (from === to) {
    if (!('entry' in over)) return columns;
    const list = columns[from];
    return { ...columns, [from]: arrayMove(list, list.indexOf(id), list.indexOf(over.entry)) };
  }
  const into = columns[to];
  const at = 'entry' in over ? into.indexOf(over.entry) : into.length;
  return {
    ...columns,
    [from]: columns[from].filter((entry) => entry !== id),
    [to]: [...into.slice(0, at), id, ...into.slice(at)],
  };
}

/** Where the entry sits in `columns`: its quadrant and the entry after it (null: the last). */
export function placeOf(
  columns: Columns,
  id: number,
): { kind: SwotKind; beforeId: number | null } | null {
  const kind = quadrantOf(columns, id);
  if (!kind) return null;
  const list = columns[kind];
  return { kind, beforeId: list[list.indexOf(id) + 1] ?? null };
}
