// Schema: the library's search reads every text of a fact sheet (Verantwortlich, Partner,
// Finanzierung, Indikatoren, Projektart, Meilensteine, Zielgruppen, Leitziele) besides title,
// description and ideas, and the folding now treats ae/oe/ue like ä/ö/ü — so the index is
// rebuilt: the new column, triggers for what feeds it, and every row queued to be folded again.
import type { Migration } from './types';

export const searchEverything: Migration = {
  version: 5,
  name: 'Suche über alle Steckbrief-Felder',
  sql: `
DROP TABLE library_search;
CREATE VIRTUAL TABLE library_search USING fts5 (
  title, description, ideas, details,
  tokenize = 'unicode61 remove_diacritics 0'
);

DROP TRIGGER projects_queue_update;
CREATE TRIGGER projects_queue_update
  AFTER UPDATE OF title, description, lead, partners, funding, indicators, project_type ON projects
BEGIN
  INSERT OR IGNORE INTO search_queue (kind, id) VALUES ('project', new.id);
END;

CREATE TRIGGER milestones_queue_insert AFTER INSERT ON project_milestones BEGIN
  INSERT OR IGNORE INTO search_queue (kind, id) VALUES ('project', new.project_id);
END;
CREATE TRIGGER milestones_queue_update AFTER UPDATE ON project_milestones BEGIN
  INSERT OR IGNORE INTO search_queue (kind, id) VALUES ('project', old.project_id);
  INSERT OR IGNORE INTO search_queue (kind, id) VALUES ('project', new.project_id);
END;
CREATE TRIGGER milestones_queue_delete AFTER DELETE ON project_milestones BEGIN
  INSERT OR IGNORE INTO search_queue (kind, id) VALUES ('project', old.project_id);
END;

CREATE TRIGGER target_links_queue_insert AFTER INSERT ON project_target_groups BEGIN
  INSERT OR IGNORE INTO search_queue (kind, id) VALUES ('project', new.project_id);
END;
CREATE TRIGGER target_links_queue_delete AFTER DELETE ON project_target_groups BEGIN
  INSERT OR IGNORE INTO search_queue (kind, id) VALUES ('project', old.project_id);
END;
CREATE TRIGGER goal_links_queue_insert AFTER INSERT ON project_strategic_goals BEGIN
  INSERT OR IGNORE INTO search_queue (kind, id) VALUES ('project', new.project_id);
END;
CREATE TRIGGER goal_links_queue_delete AFTER DELETE ON project_strategic_goals BEGIN
  INSERT OR IGNORE INTO search_queue (kind, id) VALUES ('project', old.project_id);
END;

-- A renamed Zielgruppe or Leitziel changes what its projects are found by.
CREATE TRIGGER target_groups_queue_rename AFTER UPDATE OF name ON target_groups BEGIN
  INSERT OR IGNORE INTO search_queue (kind, id)
    SELECT 'project', project_id FROM project_target_groups WHERE target_group_id = new.id;
END;
CREATE TRIGGER strategic_goals_queue_rename AFTER UPDATE OF text ON strategic_goals BEGIN
  INSERT OR IGNORE INTO search_queue (kind, id)
    SELECT 'project', project_id FROM project_strategic_goals WHERE strategic_goal_id = new.id;
END;

DELETE FROM idea_search;
INSERT OR IGNORE INTO search_queue (kind, id) SELECT 'project', id FROM projects;
INSERT OR IGNORE INTO search_queue (kind, id)
  SELECT 'idea', id FROM ideas WHERE project_id IS NOT NULL;
`,
};
