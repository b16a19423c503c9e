// Ordering by REAL positions: appending takes max + 1, so a move touches one row only.
import type Database from 'better-sqlite3';

/** The position after the last row matching `where` (e.g. the ideas of one project). */
export function nextPosition(
  db: Database.Database,
  table: string,
  where: string,
  params: unknown[] = [],
): number {
  const row = db
    .prepare(`SELECT max(position) AS last FROM ${table} WHERE ${where}`)
    .get(...params) as {
    last: number | null;
  };
  return (row.last ?? 0) + 1;
}
