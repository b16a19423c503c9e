// Schema v7: the Kommunalprofil as consultants build it. Indicators remember the statistics table,
// series and region they came from and whether the plan shows them; values are kept per year or
// date with the offices' special values and quality marks; charts, SWOT evidence and Handlungsfeld,
// and the Bestandsaufnahme's Träger and status.
import type { Migration } from './types';

export const kommunalprofil: Migration = {
  version: 7,
  name: 'Kommunalprofil: Statistik, Diagramme, SWOT und Bestandsaufnahme',
  sql: `
-- Where an imported indicator came from ('' for figures typed in): the table's code and title, the
-- series (its key is the same in every layout of a table, so a newer download finds it again) and
-- the region (code as the office writes it, leading zeros kept).
ALTER TABLE indicators ADD COLUMN table_code TEXT NOT NULL DEFAULT '';
ALTER TABLE indicators ADD COLUMN table_title TEXT NOT NULL DEFAULT '';
ALTER TABLE indicators ADD COLUMN series_key TEXT NOT NULL DEFAULT '';
ALTER TABLE indicators ADD COLUMN region_code TEXT NOT NULL DEFAULT '';
ALTER TABLE indicators ADD COLUMN region_label TEXT NOT NULL DEFAULT '';
ALTER TABLE indicators ADD COLUMN in_plan INTEGER NOT NULL DEFAULT 1 CHECK (in_plan IN (0, 1));
CREATE INDEX indicators_by_series ON indicators (table_code, series_key, region_code);

-- A value per year ("2024"), date ("2024-12-31"), month ("2024-03"), quarter ("2024-Q1"), school
-- year ("2024/25") or a time as the office named it. A special value of the offices keeps its flag and no number (only "-",
-- nichts vorhanden, is 0); p/r/s/e marks stay beside the number.
CREATE TABLE indicator_values_next (
  indicator_id INTEGER NOT NULL REFERENCES indicators (id),
  time TEXT NOT NULL CHECK (length(time) BETWEEN 1 AND 60),
  value REAL,
  flag TEXT CHECK (flag IN ('nichts', 'unbekannt', 'spaeter', 'unsicher', 'gesperrt', 'eingeschraenkt')),
  quality TEXT,
  PRIMARY KEY (indicator_id, time),
  CHECK (value IS NOT NULL OR flag IS NOT NULL)
) STRICT;
INSERT INTO indicator_values_next (indicator_id, time, value)
  SELECT indicator_id, CAST(year AS TEXT), value FROM indicator_values;
DROP TABLE indicator_values;
ALTER TABLE indicator_values_next RENAME TO indicator_values;

-- Charts of the Kommunalprofil, drawn from indicators by the shared chart module. time: what age
-- structure and migration balance show ('' = the latest time with values); comparison_time: the
-- age structure's lighter comparison bars ('' = none).
CREATE TABLE profile_charts (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL
    CHECK (kind IN ('population', 'ageStructure', 'migrationBalance', 'indexComparison')),
  title TEXT NOT NULL,
  time TEXT NOT NULL DEFAULT '',
  comparison_time TEXT NOT NULL DEFAULT '',
  in_plan INTEGER NOT NULL DEFAULT 1 CHECK (in_plan IN (0, 1)),
  position REAL NOT NULL
) STRICT;

CREATE TABLE profile_chart_indicators (
  chart_id INTEGER NOT NULL REFERENCES profile_charts (id),
  indicator_id INTEGER NOT NULL REFERENCES indicators (id),
  position REAL NOT NULL,
  PRIMARY KEY (chart_id, indicator_id)
) STRICT;
CREATE INDEX profile_chart_indicators_by_indicator ON profile_chart_indicators (indicator_id);

-- SWOT entries say what they rest on and which Handlungsfeld they concern.
ALTER TABLE swot_entries ADD COLUMN evidence TEXT NOT NULL DEFAULT '';
ALTER TABLE swot_entries ADD COLUMN action_field_id INTEGER REFERENCES action_fields (id);

-- Bestandsaufnahme: who runs a measure and how it stands; description is the note.
ALTER TABLE inventory_measures ADD COLUMN sponsor TEXT NOT NULL DEFAULT '';
ALTER TABLE inventory_measures ADD COLUMN status TEXT NOT NULL DEFAULT 'laufend'
  CHECK (status IN ('geplant', 'laufend', 'ruhend', 'beendet'));
`,
};
