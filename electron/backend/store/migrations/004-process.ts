// Schema v4: the guided process — when a step was finished, the Kick-Off with its agreements, the
// Steuerungsgruppe, and a Zwischenbilanz per measure that outlives its Fassung and its projects.
import checklists from '../../../../assets/catalogues/checklisten.json';
import type { Migration } from './types';

const quoted = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * Steps without any checklist item get the default list a new workspace gets; the texts come from
 * the same catalogue, so an old file ends up where a new one starts.
 */
const defaultChecklists = Object.entries(checklists)
  .flatMap(([step, texts]) =>
    texts.map((text, index) => `(${quoted(step)}, ${index + 1}, ${quoted(text)})`),
  )
  .join(',\n  ');

export const processSteps: Migration = {
  version: 4,
  name: 'Geführter Prozess: Kick-Off, Checklisten, Zwischenbilanz je Maßnahme',
  sql: `
ALTER TABLE steps ADD COLUMN done_date TEXT;

ALTER TABLE actors ADD COLUMN steering_group INTEGER NOT NULL DEFAULT 0
  CHECK (steering_group IN (0, 1));
-- For the consultant only (phone, e-mail); never printed in a document.
ALTER TABLE actors ADD COLUMN contact TEXT NOT NULL DEFAULT '';

-- The Kick-Off meeting: one per workspace.
CREATE TABLE kickoff (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  date TEXT,
  place TEXT NOT NULL DEFAULT '',
  participant_count INTEGER CHECK (participant_count >= 0),
  invited_by TEXT NOT NULL DEFAULT '',
  head_present INTEGER NOT NULL DEFAULT 0 CHECK (head_present IN (0, 1)),
  next_steps TEXT NOT NULL DEFAULT ''
) STRICT;
INSERT INTO kickoff (id) VALUES (1);

-- Goals and agreements of the Kick-Off, as a list.
CREATE TABLE kickoff_agreements (
  id INTEGER PRIMARY KEY,
  text TEXT NOT NULL CHECK (length(text) > 0),
  position REAL NOT NULL
) STRICT;

-- The Fassung's name is kept with the review, so it can be named after the Fassung is gone.
ALTER TABLE reviews ADD COLUMN version_label TEXT NOT NULL DEFAULT '';
ALTER TABLE reviews ADD COLUMN adjustments TEXT NOT NULL DEFAULT '';
-- The Fassung frozen after the review (Fortschreibung).
ALTER TABLE reviews ADD COLUMN update_version_id INTEGER REFERENCES plan_versions (id);
UPDATE reviews SET version_label =
  coalesce((SELECT label FROM plan_versions v WHERE v.id = reviews.plan_version_id), '');

-- An entry names its measure by today's project (project_id) and by its id in the Fassung
-- (version_project_id); project_title keeps the title for a project deleted since.
ALTER TABLE review_entries ADD COLUMN version_project_id INTEGER;
ALTER TABLE review_entries ADD COLUMN project_title TEXT NOT NULL DEFAULT '';
ALTER TABLE review_entries ADD COLUMN traffic_light TEXT
  CHECK (traffic_light IN ('gruen', 'gelb', 'rot'));
ALTER TABLE review_entries ADD COLUMN next_steps TEXT NOT NULL DEFAULT '';
ALTER TABLE review_entries ADD COLUMN indicator_now TEXT NOT NULL DEFAULT '';
CREATE INDEX review_entries_by_review ON review_entries (review_id);

UPDATE review_entries SET project_title =
  coalesce((SELECT title FROM projects p WHERE p.id = review_entries.project_id), '');
-- Entries about a measure of their review's Fassung learn its id there (a snapshot that is not
-- JSON names no measures).
UPDATE review_entries SET version_project_id = project_id
WHERE project_id IN (
  SELECT m.value ->> 'id'
  FROM reviews r
    JOIN plan_versions v ON v.id = r.plan_version_id,
    json_each(CASE WHEN json_valid(v.snapshot) THEN v.snapshot ELSE '{}' END, '$.projects') m
  WHERE r.id = review_entries.review_id
);

CREATE TEMP TABLE default_checklists (step_key TEXT, position REAL, text TEXT);
INSERT INTO default_checklists VALUES
  ${defaultChecklists};
INSERT INTO step_checklist_items (step_key, position, text, done)
SELECT d.step_key, d.position, d.text, 0 FROM default_checklists d
WHERE d.step_key IN (SELECT key FROM steps)
  AND d.step_key NOT IN (SELECT step_key FROM step_checklist_items)
ORDER BY d.step_key, d.position;
DROP TABLE default_checklists;
`,
};
