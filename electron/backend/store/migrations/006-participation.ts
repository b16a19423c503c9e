// Participants' phones (issue 15): which anonymous device sent a card and whether the room sees it,
// photos of the paper pinboards with their alt text, and the dot votes held on the phones. Join
// codes, device tokens and rate limits live only while participation is open, never in the file.
import type { Migration } from './types';

export const participation: Migration = {
  version: 6,
  name: 'Teilnahme vom Handy',
  sql: `
-- device: the anonymous number of the phone that sent the card ("Handy 7"); NULL for cards typed on
-- the laptop. visibility: 'concealed' while brainwriting keeps it from the room (only counted),
-- 'hidden' when the facilitator took it off the board; both stay in the Ideenspeicher.
ALTER TABLE ideas ADD COLUMN device INTEGER CHECK (device > 0);
ALTER TABLE ideas ADD COLUMN visibility TEXT NOT NULL DEFAULT 'shown'
  CHECK (visibility IN ('shown', 'concealed', 'hidden'));
CREATE INDEX ideas_by_device ON ideas (device) WHERE device IS NOT NULL;

-- A photo of a paper pinboard, uploaded from a phone into a Zukunftswerkstatt; metadata (EXIF
-- location and the like) was removed before it was stored. The bytes live apart, so editing the
-- alt text never reads or copies the picture.
CREATE TABLE photos (
  id INTEGER PRIMARY KEY,
  workshop_id INTEGER REFERENCES workshops (id),
  device INTEGER CHECK (device > 0),
  mime TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png')),
  width INTEGER NOT NULL CHECK (width > 0),
  height INTEGER NOT NULL CHECK (height > 0),
  alt_text TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX photos_by_workshop ON photos (workshop_id, created_at);

CREATE TABLE photo_data (
  photo_id INTEGER PRIMARY KEY REFERENCES photos (id),
  bytes BLOB NOT NULL
) STRICT;

-- A dot vote on the phones over the board's projects, with the rule every device got.
CREATE TABLE votes (
  id INTEGER PRIMARY KEY,
  workshop_id INTEGER REFERENCES workshops (id),
  dots_per_device INTEGER NOT NULL CHECK (dots_per_device >= 1),
  max_per_option INTEGER NOT NULL CHECK (max_per_option >= 1),
  opened_at TEXT NOT NULL,
  closed_at TEXT
) STRICT;

-- A device's dots on one project. No foreign key to projects: a project merged away during the
-- vote loses its dots instead of blocking the merge (and gets them back when the merge is undone).
CREATE TABLE vote_dots (
  vote_id INTEGER NOT NULL REFERENCES votes (id),
  device INTEGER NOT NULL CHECK (device > 0),
  project_id INTEGER NOT NULL,
  dots INTEGER NOT NULL CHECK (dots > 0),
  PRIMARY KEY (vote_id, device, project_id)
) STRICT;
`,
};
