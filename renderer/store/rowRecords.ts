// The board keeps its rows in records by id that are replaced, never changed. A record made from
// another remembers which ids it changed, so the index (boardIndex.ts) and the pending rows
// (pendingRows.ts) find the one moved card of 10,000 without comparing all of them.

interface Made {
  base: object;
  ids: readonly number[];
}

const madeFrom = new WeakMap<object, Made>();

/** `base` with `changed` rows put in and `removed` ids taken out, as a new record. */
export function withRows<T extends { id: number }>(
  base: Record<number, T>,
  changed: readonly T[],
  removed: readonly number[] = [],
): Record<number, T> {
  const next = { ...base };
  for (const row of changed) next[row.id] = row;
  for (const id of removed) delete next[id];
  madeFrom.set(next, { base, ids: [...changed.map((row) => row.id), ...removed] });
  return next;
}

/** Steps followed back from a record to the one it is compared with; further is not worth it. */
const mostSteps = 8;

/**
 * The ids whose rows may differ between `before` and `after` (a superset), when `after` was made
 * from `before` in a few steps by `withRows`; undefined when that is not known.
 */
export function changedIds(before: object, after: object): Set<number> | undefined {
  const ids = new Set<number>();
  let current = after;
  for (let step = 0; step < mostSteps && current !== before; step++) {
    const made = madeFrom.get(current);
    if (!made) return undefined;
    for (const id of made.ids) ids.add(id);
    current = made.base;
  }
  return current === before ? ids : undefined;
}

/**
 * The ids whose rows may differ between two records of the same rows (removed ones included):
 * what `after` remembers, or else found by comparing every row.
 */
export function differingIds<T>(before: Record<number, T>, after: Record<number, T>): Set<number> {
  const known = changedIds(before, after);
  if (known) return known;
  const ids = new Set<number>();
  for (const key in after) if (after[key] !== before[key]) ids.add(Number(key));
  for (const key in before) if (!(key in after)) ids.add(Number(key));
  return ids;
}
