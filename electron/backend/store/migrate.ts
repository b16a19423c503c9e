// Applies pending migrations in one transaction: the file is at the old version or the new, never between.
import type Database from 'better-sqlite3';
import { applicationId } from './fileFormat';
import type { Migration } from './migrations';
import { registerTextCleaning } from './textCleaning';

export function migrate(db: Database.Database, migrations: readonly Migration[]): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  const pending = migrations.filter((migration) => migration.version > current);
  if (pending.length === 0) return;
  // Migrations clean stored texts with the same function the contract uses for new ones.
  registerTextCleaning(db);
  db.transaction(() => {
    for (const migration of pending) {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }
    db.pragma(`application_id = ${applicationId}`);
  }).exclusive();
}
