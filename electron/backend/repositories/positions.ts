// Ordering by REAL positions: appending takes max + 1, so a move touches one row only.
import type Database from 'better-sqlite3';
import { statement } from '../store/statements';

/** The position after the last row matching `where` (e.g. the ideas of one project). */
export function nextPosition(
  db: Database.Database,
  table: string,
  where: string,
  params: unknown[] = [],
): number {
  const sql = `SELECT max(position) AS last FROM ${table} WHERE ${where}`;
  const row = statement(db, sql).get(...params) as { last: number | null };
  return (row.last ?? 0) + 1;
}
