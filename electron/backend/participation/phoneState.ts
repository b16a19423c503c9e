// What a phone is shown, read from the open workspace: the room (alike for all) and its own part.
import type Database from 'better-sqlite3';
import type {
  ParticipationSettings,
  PhoneCard,
  PhoneOwn,
  PhoneRoom,
} from '../../../shared/participation';
import type { Phase, IdeaVisibility } from '../../../shared/domain';
import type { PhaseTimer } from '../../../shared/contract';
import { countPhotosOf } from '../repositories/photos';
import { deviceDots, readOpenVote, voteOptions } from '../repositories/votes';
import { statement } from '../store/statements';

/** A timer that ended more than a minute ago is over for the phones too (as for `timer:get`). */
const timerShownAfterEndMs = 60_000;

export function readRoom(
  db: Database.Database,
  settings: ParticipationSettings,
  timer: PhaseTimer | null,
  now: number,
): PhoneRoom {
  const workshop =
    settings.workshopId === null
      ? undefined
      : (statement(db, 'SELECT title FROM workshops WHERE id = ?').get(settings.workshopId) as
          { title: string } | undefined);
  const vote = readOpenVote(db);
  const endsAt = timer ? Date.parse(timer.endsAt) : 0;
  return {
    title: workshop?.title ?? `Zukunftswerkstatt ${kommuneName(db)}`,
    phase: settings.phase,
    brainwriting: settings.brainwriting,
    namesAllowed: settings.namesAllowed,
    cardsLocked: settings.cardsLocked,
    timer:
      timer && endsAt > now - timerShownAfterEndMs
        ? { label: timer.label, secondsLeft: Math.max(0, Math.ceil((endsAt - now) / 1000)) }
        : null,
    vote: vote ? { ...vote, options: voteOptions(db) } : null,
  };
}

interface CardRow {
  id: number;
  text: string;
  phase: Phase;
  visibility: IdeaVisibility;
  projectId: number | null;
}

/** A phone may change its card while it waits in the Ideenspeicher and the cards are not locked. */
export function isEditable(card: Pick<CardRow, 'visibility' | 'projectId'>, locked: boolean) {
  return !locked && card.projectId === null && card.visibility !== 'hidden';
}

export function readOwn(
  db: Database.Database,
  device: number,
  settings: ParticipationSettings,
): PhoneOwn {
  const rows = statement(
    db,
    `SELECT id, text, phase, visibility, project_id AS projectId FROM ideas WHERE device = ?
     ORDER BY id DESC`,
  ).all(device) as CardRow[];
  const cards: PhoneCard[] = rows.map((row) => ({
    id: row.id,
    text: row.text,
    phase: row.phase,
    state:
      row.visibility === 'shown' ? (row.projectId === null ? 'shown' : 'placed') : row.visibility,
    editable: isEditable(row, settings.cardsLocked),
  }));
  const vote = readOpenVote(db);
  return {
    device,
    cards,
    dots: vote ? deviceDots(db, vote.id, device) : {},
    photos: countPhotosOf(db, device),
  };
}

const kommuneName = (db: Database.Database): string =>
  (statement(db, 'SELECT name FROM workspace WHERE id = 1').get() as { name: string }).name;
