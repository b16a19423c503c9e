// Row-level change capture: every write of a user action records the row before and after,
// so undo and redo are generic inverse operations, kept in the backend next to the data.
import type Database from 'better-sqlite3';
import { statement } from './statements';
import { tableKeys } from './tables';
import type { Row, Table } from './tables';

export interface RowChange {
  table: Table;
  key: Row;
  before: Row | undefined;
  after: Row | undefined;
}

/** The write API handed to a user action; reads go to `db` directly. */
export class Writer {
  readonly changes: RowChange[] = [];

  constructor(readonly db: Database.Database) {}

  /** Inserts a row and returns its rowid. */
  insert(table: Table, row: Row): number {
    const columns = Object.keys(row);
    const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => '@' + c).join(', ')})`;
    const { lastInsertRowid } = this.statement(sql).run(row);
    const key = this.keyOf(table, { ...row, id: Number(lastInsertRowid) });
    this.changes.push({ table, key, before: undefined, after: this.read(table, key) });
    return Number(lastInsertRowid);
  }

  /** Updates the columns in `patch` of the row with `key`; returns false when there is no such row. */
  update(table: Table, key: Row, patch: Row): boolean {
    const before = this.read(table, key);
    if (!before) return false;
    const changed = Object.keys(patch).filter((column) => before[column] !== patch[column]);
    if (changed.length === 0) return true;
    const sql = `UPDATE ${table} SET ${changed.map((c) => `${c} = @${c}`).join(', ')} WHERE ${this.where(table)}`;
    this.statement(sql).run({ ...patch, ...prefixed(key) });
    this.changes.push({ table, key, before, after: this.read(table, key) });
    return true;
  }

  /** Deletes the row with `key`; returns false when there is no such row. */
  delete(table: Table, key: Row): boolean {
    const before = this.read(table, key);
    if (!before) return false;
    this.statement(`DELETE FROM ${table} WHERE ${this.where(table)}`).run(prefixed(key));
    this.changes.push({ table, key, before, after: undefined });
    return true;
  }

  read(table: Table, key: Row): Row | undefined {
    return this.statement(`SELECT * FROM ${table} WHERE ${this.where(table)}`).get(
      prefixed(key),
    ) as Row | undefined;
  }

  /** Puts a row into the state `target` (undefined: absent), whatever it is now. */
  restore(table: Table, key: Row, target: Row | undefined): void {
    const current = this.read(table, key);
    if (!target) {
      if (current) this.delete(table, key);
    } else if (!current) {
      this.insert(table, target);
    } else {
      this.update(table, key, target);
    }
  }

  private keyOf(table: Table, row: Row): Row {
    return Object.fromEntries(tableKeys[table].map((column) => [column, row[column]]));
  }

  private where(table: Table): string {
    return tableKeys[table].map((column) => `${column} = @key_${column}`).join(' AND ');
  }

  private statement(sql: string): Database.Statement {
    return statement(this.db, sql);
  }
}

const prefixed = (key: Row): Row =>
  Object.fromEntries(Object.entries(key).map(([column, value]) => [`key_${column}`, value]));
