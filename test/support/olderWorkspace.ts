// A workspace file as an older version of the app made it: migrated only up to `version`, with
// the Kommune and the default catalogues, and whatever rows a test adds with plain SQL.
import Database from 'better-sqlite3';
import { seedDefaultCatalogues } from '../../electron/backend/repositories/catalogues';
import { insertWorkspace } from '../../electron/backend/repositories/workspace';
import { Writer } from '../../electron/backend/store/changes';
import { applyConnectionSettings } from '../../electron/backend/store/connection';
import { migrate } from '../../electron/backend/store/migrate';
import { migrations } from '../../electron/backend/store/migrations';

export function olderWorkspace(
  file: string,
  version: number,
  name: string,
  seed: (db: Database.Database) => void = () => {},
): string {
  const db = new Database(file);
  try {
    applyConnectionSettings(db);
    migrate(
      db,
      migrations.filter((migration) => migration.version <= version),
    );
    db.transaction(() => {
      const writer = new Writer(db);
      insertWorkspace(writer, {
        name,
        officialKey: '',
        state: '',
        district: '',
        inhabitants: null,
        consultant: '',
      });
      seedDefaultCatalogues(writer);
      seed(db);
    })();
  } finally {
    db.close();
  }
  return file;
}
