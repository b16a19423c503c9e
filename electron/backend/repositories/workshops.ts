// Zukunftswerkstatt sessions and their groups (tables), where the cards were written.
import type Database from 'better-sqlite3';
import type { BoardWorkshop } from '../../../shared/contract';
import type { Writer } from '../store/changes';
import { statement } from '../store/statements';
import { allWorkshops } from './containers';
import { endOf } from './positions';
import { requireRow } from './references';

export interface WorkshopFields {
  title: string;
  date: string | null;
  place: string;
  participantCount: number | null;
}

/** A session at the end of the list, with its groups in the order given. */
export function createWorkshop(
  writer: Writer,
  workshop: WorkshopFields & { groups: string[] },
): number {
  const id = writer.insert('workshops', {
    title: workshop.title,
    date: workshop.date,
    place: workshop.place,
    participant_count: workshop.participantCount,
    position: endOf(writer.db, allWorkshops),
  });
  workshop.groups.forEach((name, index) =>
    writer.insert('workshop_groups', { workshop_id: id, name, position: index + 1 }),
  );
  return id;
}

export function updateWorkshop(writer: Writer, id: number, changes: Partial<WorkshopFields>): void {
  requireRow(writer.db, 'workshops', id);
  writer.update(
    'workshops',
    { id },
    {
      ...(changes.title !== undefined && { title: changes.title }),
      ...(changes.date !== undefined && { date: changes.date }),
      ...(changes.place !== undefined && { place: changes.place }),
      ...(changes.participantCount !== undefined && {
        participant_count: changes.participantCount,
      }),
    },
  );
}

const workshopColumns = `id, title, date, place, participant_count AS participantCount, position`;
type Group = BoardWorkshop['groups'][number];

export function readWorkshop(db: Database.Database, id: number): BoardWorkshop | undefined {
  const workshop = statement(db, `SELECT ${workshopColumns} FROM workshops WHERE id = ?`).get(
    id,
  ) as Omit<BoardWorkshop, 'groups'> | undefined;
  if (!workshop) return undefined;
  const groups = statement(
    db,
    'SELECT id, name, position FROM workshop_groups WHERE workshop_id = ? ORDER BY position, id',
  ).all(id) as Group[];
  return { ...workshop, groups };
}

/** Every session in its order, each with its groups. */
export function listWorkshops(db: Database.Database): BoardWorkshop[] {
  const workshops = statement(
    db,
    `SELECT ${workshopColumns} FROM workshops ORDER BY position, id`,
  ).all() as Omit<BoardWorkshop, 'groups'>[];
  const groups = statement(
    db,
    `SELECT workshop_id AS workshopId, id, name, position FROM workshop_groups
     ORDER BY position, id`,
  ).all() as (Group & { workshopId: number })[];
  return workshops.map((workshop) => ({
    ...workshop,
    groups: groups
      .filter((group) => group.workshopId === workshop.id)
      .map(({ id, name, position }) => ({ id, name, position })),
  }));
}
