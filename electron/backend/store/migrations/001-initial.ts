// Schema v1: the whole domain model of DESIGN.md §3, so later features add screens, not tables.
import type { Migration } from './types';

export const initialSchema: Migration = {
  version: 1,
  name: 'Grundschema',
  sql: `
CREATE TABLE workspace (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  uuid TEXT NOT NULL,
  name TEXT NOT NULL CHECK (length(name) > 0),
  official_key TEXT NOT NULL DEFAULT '',
  state TEXT NOT NULL DEFAULT '',
  district TEXT NOT NULL DEFAULT '',
  inhabitants INTEGER CHECK (inhabitants >= 0),
  consultant TEXT NOT NULL DEFAULT '',
  period_start TEXT,
  period_end TEXT,
  logo BLOB,
  logo_mime TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- Per-workspace settings as JSON values (e.g. export options), so a backup restores alone.
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE steps (
  key TEXT PRIMARY KEY CHECK (key IN ('kickoff', 'profile', 'workshop', 'plan', 'review')),
  position INTEGER NOT NULL,
  status TEXT NOT NULL DEFAULT 'offen' CHECK (status IN ('offen', 'in_arbeit', 'abgeschlossen')),
  start_date TEXT,
  end_date TEXT,
  notes TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE step_checklist_items (
  id INTEGER PRIMARY KEY,
  step_key TEXT NOT NULL REFERENCES steps (key),
  position REAL NOT NULL,
  text TEXT NOT NULL,
  done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1))
) STRICT;

-- Personal data kept minimal: a name or role label, organisation, role in the process.
CREATE TABLE actors (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  organisation TEXT NOT NULL DEFAULT '',
  role TEXT NOT NULL DEFAULT '',
  position REAL NOT NULL
) STRICT;

CREATE TABLE action_fields (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(name) > 0),
  description TEXT NOT NULL DEFAULT '',
  color TEXT NOT NULL,
  position REAL NOT NULL,
  hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1))
) STRICT;

CREATE TABLE target_groups (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(name) > 0),
  position REAL NOT NULL
) STRICT;

CREATE TABLE strategic_goals (
  id INTEGER PRIMARY KEY,
  text TEXT NOT NULL CHECK (length(text) > 0),
  position REAL NOT NULL
) STRICT;

CREATE TABLE indicators (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  unit TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT '',
  position REAL NOT NULL
) STRICT;

CREATE TABLE indicator_values (
  indicator_id INTEGER NOT NULL REFERENCES indicators (id),
  year INTEGER NOT NULL,
  value REAL NOT NULL,
  PRIMARY KEY (indicator_id, year)
) STRICT;

CREATE TABLE swot_entries (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('staerke', 'schwaeche', 'chance', 'risiko')),
  text TEXT NOT NULL,
  position REAL NOT NULL
) STRICT;

-- Bestandsaufnahme: measures the municipality already runs.
CREATE TABLE inventory_measures (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  action_field_id INTEGER REFERENCES action_fields (id),
  position REAL NOT NULL
) STRICT;

CREATE TABLE workshops (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL CHECK (length(title) > 0),
  date TEXT,
  place TEXT NOT NULL DEFAULT '',
  participant_count INTEGER CHECK (participant_count >= 0),
  position REAL NOT NULL
) STRICT;

CREATE TABLE workshop_groups (
  id INTEGER PRIMARY KEY,
  workshop_id INTEGER NOT NULL REFERENCES workshops (id),
  name TEXT NOT NULL,
  position REAL NOT NULL
) STRICT;

CREATE TABLE projects (
  id INTEGER PRIMARY KEY,
  action_field_id INTEGER NOT NULL REFERENCES action_fields (id),
  position REAL NOT NULL,
  title TEXT NOT NULL CHECK (length(title) > 0),
  description TEXT NOT NULL DEFAULT '',
  lead TEXT NOT NULL DEFAULT '',
  partners TEXT NOT NULL DEFAULT '',
  start_month TEXT CHECK (start_month IS NULL OR start_month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
  end_month TEXT CHECK (end_month IS NULL OR end_month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
  budget_cents INTEGER CHECK (budget_cents >= 0),
  funding TEXT NOT NULL DEFAULT '',
  indicators TEXT NOT NULL DEFAULT '',
  priority TEXT CHECK (priority IN ('hoch', 'mittel', 'niedrig')),
  key_measure INTEGER NOT NULL DEFAULT 0 CHECK (key_measure IN (0, 1)),
  status TEXT NOT NULL DEFAULT 'idee'
    CHECK (status IN ('idee', 'geplant', 'in_umsetzung', 'abgeschlossen', 'zurueckgestellt')),
  project_goal TEXT CHECK (project_goal IN
    ('wirtschaft_staerken', 'strukturen_umbauen', 'daseinsvorsorge_sichern', 'soziales_miteinander')),
  project_type TEXT NOT NULL DEFAULT '',
  area_scope TEXT CHECK (area_scope IN ('lokal', 'regional', 'interkommunal')),
  dots INTEGER NOT NULL DEFAULT 0 CHECK (dots >= 0),
  -- Name of the municipality a project was imported from (Interkommunaler Austausch); '' for own.
  origin TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (end_month IS NULL OR start_month IS NULL OR end_month >= start_month)
) STRICT;
CREATE INDEX projects_by_action_field ON projects (action_field_id, position);

CREATE TABLE project_milestones (
  id INTEGER PRIMARY KEY,
  project_id INTEGER NOT NULL REFERENCES projects (id),
  month TEXT,
  text TEXT NOT NULL,
  position REAL NOT NULL
) STRICT;

CREATE TABLE project_target_groups (
  project_id INTEGER NOT NULL REFERENCES projects (id),
  target_group_id INTEGER NOT NULL REFERENCES target_groups (id),
  PRIMARY KEY (project_id, target_group_id)
) STRICT;

CREATE TABLE project_strategic_goals (
  project_id INTEGER NOT NULL REFERENCES projects (id),
  strategic_goal_id INTEGER NOT NULL REFERENCES strategic_goals (id),
  PRIMARY KEY (project_id, strategic_goal_id)
) STRICT;

CREATE TABLE project_swot_entries (
  project_id INTEGER NOT NULL REFERENCES projects (id),
  swot_entry_id INTEGER NOT NULL REFERENCES swot_entries (id),
  PRIMARY KEY (project_id, swot_entry_id)
) STRICT;

-- A workshop card. project_id NULL: still in the Ideenspeicher (inbox).
CREATE TABLE ideas (
  id INTEGER PRIMARY KEY,
  text TEXT NOT NULL CHECK (length(text) > 0),
  phase TEXT NOT NULL CHECK (phase IN ('kritik', 'fantasie', 'umsetzung')),
  workshop_id INTEGER REFERENCES workshops (id),
  group_id INTEGER REFERENCES workshop_groups (id),
  author TEXT NOT NULL DEFAULT '',
  dots INTEGER NOT NULL DEFAULT 0 CHECK (dots >= 0),
  color TEXT,
  project_id INTEGER REFERENCES projects (id),
  position REAL NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX ideas_by_project ON ideas (project_id, position);
CREATE INDEX ideas_by_workshop ON ideas (workshop_id);

-- A frozen Werkstattplan (e.g. "Ratsbeschluss 12.05.2026"), stored as JSON so it never changes.
CREATE TABLE plan_versions (
  id INTEGER PRIMARY KEY,
  label TEXT NOT NULL CHECK (length(label) > 0),
  created_at TEXT NOT NULL,
  snapshot TEXT NOT NULL
) STRICT;

CREATE TABLE reviews (
  id INTEGER PRIMARY KEY,
  date TEXT NOT NULL,
  plan_version_id INTEGER REFERENCES plan_versions (id),
  notes TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE review_entries (
  id INTEGER PRIMARY KEY,
  review_id INTEGER NOT NULL REFERENCES reviews (id),
  project_id INTEGER REFERENCES projects (id),
  status TEXT NOT NULL
    CHECK (status IN ('idee', 'geplant', 'in_umsetzung', 'abgeschlossen', 'zurueckgestellt')),
  progress TEXT NOT NULL DEFAULT '',
  barriers TEXT NOT NULL DEFAULT '',
  enablers TEXT NOT NULL DEFAULT ''
) STRICT;
`,
};
