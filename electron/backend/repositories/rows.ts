// Small shapes of query results: one column as a list, rows grouped by a key.
import type Database from 'better-sqlite3';
import { statement } from '../store/statements';

/**
 * The first column of every row. (Not `pluck()`: that switches the cached statement for every
 * later caller of the same SQL.)
 */
export function firstColumn<T>(db: Database.Database, sql: string, ...params: unknown[]): T[] {
  return (statement(db, sql).all(...params) as Record<string, T>[]).map(
    (row) => Object.values(row)[0] as T,
  );
}

export function groupBy<T, V>(
  rows: T[],
  key: (row: T) => number,
  value: (row: T) => V,
): Map<number, V[]> {
  const groups = new Map<number, V[]>();
  for (const row of rows) {
    const list = groups.get(key(row));
    if (list) list.push(value(row));
    else groups.set(key(row), [value(row)]);
  }
  return groups;
}

/** The rows of `sql`, which has a `projectId` column, grouped by project, each made a value. */
export function byProject<V>(
  db: Database.Database,
  sql: string,
  value: (row: Record<string, unknown>) => V,
): Map<number, V[]> {
  return groupBy(
    statement(db, sql).all() as Record<string, unknown>[],
    (row) => row.projectId as number,
    value,
  );
}
