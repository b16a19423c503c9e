// Schema v2: full-text search of the Projektbibliothek. The index holds text folded by the app
// (foldText of shared/search.ts: case, umlauts, ß → ss); triggers only queue what changed, so the
// file stays editable with any SQLite tool and the app refolds the queue before it searches.
import type { Migration } from './types';

export const librarySearch: Migration = {
  version: 2,
  name: 'Volltextsuche der Projektbibliothek',
  sql: `
-- One row per project (rowid = project id): title, description and its ideas' texts, folded.
CREATE VIRTUAL TABLE library_search USING fts5 (
  title, description, ideas,
  tokenize = 'unicode61 remove_diacritics 0'
);

-- One row per idea inside a project (rowid = idea id), folded: which ideas a search matched.
CREATE VIRTUAL TABLE idea_search USING fts5 (
  text,
  tokenize = 'unicode61 remove_diacritics 0'
);

-- Rows whose search text may have changed since they were last indexed.
CREATE TABLE search_queue (
  kind TEXT NOT NULL CHECK (kind IN ('project', 'idea')),
  id INTEGER NOT NULL,
  PRIMARY KEY (kind, id)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER projects_queue_insert AFTER INSERT ON projects BEGIN
  INSERT OR IGNORE INTO search_queue (kind, id) VALUES ('project', new.id);
END;
CREATE TRIGGER projects_queue_update AFTER UPDATE OF title, description ON projects BEGIN
  INSERT OR IGNORE INTO search_queue (kind, id) VALUES ('project', new.id);
END;
CREATE TRIGGER projects_queue_delete AFTER DELETE ON projects BEGIN
  INSERT OR IGNORE INTO search_queue (kind, id) VALUES ('project', old.id);
END;

CREATE TRIGGER ideas_queue_insert AFTER INSERT ON ideas WHEN new.project_id IS NOT NULL BEGIN
  INSERT OR IGNORE INTO search_queue (kind, id) VALUES ('idea', new.id);
  INSERT OR IGNORE INTO search_queue (kind, id) VALUES ('project', new.project_id);
END;
CREATE TRIGGER ideas_queue_update AFTER UPDATE OF text, project_id ON ideas
  WHEN old.project_id IS NOT NULL OR new.project_id IS NOT NULL BEGIN
  INSERT OR IGNORE INTO search_queue (kind, id) VALUES ('idea', new.id);
  INSERT OR IGNORE INTO search_queue (kind, id)
    SELECT 'project', old.project_id WHERE old.project_id IS NOT NULL;
  INSERT OR IGNORE INTO search_queue (kind, id)
    SELECT 'project', new.project_id WHERE new.project_id IS NOT NULL;
END;
CREATE TRIGGER ideas_queue_delete AFTER DELETE ON ideas WHEN old.project_id IS NOT NULL BEGIN
  INSERT OR IGNORE INTO search_queue (kind, id) VALUES ('idea', old.id);
  INSERT OR IGNORE INTO search_queue (kind, id) VALUES ('project', old.project_id);
END;

-- A project's idea count and dots, read from the index alone (the library lists all projects).
CREATE INDEX ideas_by_project_dots ON ideas (project_id, dots);

INSERT INTO search_queue (kind, id) SELECT 'project', id FROM projects;
INSERT INTO search_queue (kind, id) SELECT 'idea', id FROM ideas WHERE project_id IS NOT NULL;
`,
};
