// Migrations beyond the app's own, for exercising the migration runner from tests and child
// processes, and workspace files as older versions of the app wrote them.
import Database from 'better-sqlite3';
import { seedDefaultCatalogues } from '../../electron/backend/repositories/catalogues';
import { insertWorkspace } from '../../electron/backend/repositories/workspace';
import { Writer } from '../../electron/backend/store/changes';
import { applyConnectionSettings } from '../../electron/backend/store/connection';
import type { Db } from '../../electron/backend/store/connection';
import { migrate } from '../../electron/backend/store/migrate';
import { migrations, schemaVersion } from '../../electron/backend/store/migrations';
import type { Migration } from '../../electron/backend/store/migrations';

/** Adds a small table with one row: the schema after it is observable and cheap. */
export const extraMigration: Migration = {
  version: schemaVersion + 1,
  name: 'Test',
  sql: `CREATE TABLE extra (id INTEGER PRIMARY KEY, note TEXT NOT NULL) STRICT; INSERT INTO extra (note) VALUES ('a');`,
};

/** Like extraMigration, but its second statement fails. */
export const failingMigration: Migration = {
  version: schemaVersion + 1,
  name: 'Kaputt',
  sql: `CREATE TABLE extra (id INTEGER PRIMARY KEY, note TEXT NOT NULL) STRICT; INSERT INTO gibt_es_nicht (note) VALUES ('a');`,
};

/**
 * Takes a while: `rows` rows of text, written inside the migration's one transaction. Its small
 * page cache makes SQLite write pages into the file before the commit (a cache spill), so a kill
 * midway leaves a half-changed file and a hot journal: the case the rollback must get right.
 */
export function slowMigration(rows: number): Migration {
  return {
    version: schemaVersion + 1,
    name: 'Langsam',
    sql: `PRAGMA cache_size = 200;
CREATE TABLE slow (id INTEGER PRIMARY KEY, note TEXT NOT NULL) STRICT;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${rows})
INSERT INTO slow (id, note) SELECT i, printf('Zeile %d der langsamen Migration', i) FROM n;`,
  };
}

export const withMigration = (migration: Migration): readonly Migration[] => [
  ...migrations,
  migration,
];

/** The app's migrations up to `version`: a backend with these creates files of that older schema. */
export const migrationsUpTo = (version: number): readonly Migration[] =>
  migrations.filter((migration) => migration.version <= version);
/**
 * A closed workspace file at schema `version`, as that version of the app made it: its
 * migrations, a Kommune named `name` with the default catalogues and steps, then `seed`.
 */
export function workspaceAtVersion(
  file: string,
  version: number,
  name: string,
  seed: (db: Db) => void = () => {},
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
