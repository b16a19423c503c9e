// What participation starts with, and the check that what the facilitator chose still exists.
import type Database from 'better-sqlite3';
import type { ParticipationSettings } from '../../../shared/participation';
import { requireRow } from '../repositories/references';
import { statement } from '../store/statements';

/** Anonymous, open, into the newest Zukunftswerkstatt, with the join link on the projector. */
export function defaultSettings(db: Database.Database): ParticipationSettings {
  const newest = statement(
    db,
    'SELECT id FROM workshops ORDER BY position DESC, id DESC LIMIT 1',
  ).get() as { id: number } | undefined;
  return {
    phase: 'kritik',
    workshopId: newest?.id ?? null,
    brainwriting: false,
    namesAllowed: false,
    cardsLocked: false,
    showOnProjector: true,
  };
}

export function checkedSettings(
  db: Database.Database,
  settings: ParticipationSettings,
): ParticipationSettings {
  if (settings.workshopId !== null) requireRow(db, 'workshops', settings.workshopId);
  return settings;
}
