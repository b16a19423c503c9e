// Zukunftswerkstatt sessions and their groups (tables), where the cards were written.
import type Database from 'better-sqlite3';
import type { BoardWorkshop } from '../../../shared/contract';
import type { Writer } from '../store/changes';
import { statement } from '../store/statements';
import { AppFailure } from '../../../shared/errors';
import { allWorkshops } from './containers';
import { endOf, nextPosition } from './positions';
import { requireRow } from './references';
import { firstColumn } from './rows';

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

/** Removes a session no card names: its cards would lose where they were written. */
export function deleteWorkshop(writer: Writer, id: number): void {
  requireRow(writer.db, 'workshops', id);
  const { count } = statement(
    writer.db,
    'SELECT count(*) AS count FROM ideas WHERE workshop_id = ?',
  ).get(id) as { count: number };
  if (count > 0) {
    throw new AppFailure(
      'INVALID_INPUT',
      `In dieser Zukunftswerkstatt wurden ${count === 1 ? 'schon eine Idee' : `schon ${count} Ideen`} erfasst; sie lässt sich daher nicht löschen.`,
    );
  }
  for (const group of groupIds(writer.db, id)) writer.delete('workshop_groups', { id: group });
  writer.delete('workshops', { id });
}

const groupIds = (db: Database.Database, workshopId: number) =>
  firstColumn<number>(db, 'SELECT id FROM workshop_groups WHERE workshop_id = ?', workshopId);

export function addGroup(writer: Writer, workshopId: number, name: string): void {
  requireRow(writer.db, 'workshops', workshopId);
  writer.insert('workshop_groups', {
    workshop_id: workshopId,
    name,
    position: nextPosition(writer.db, 'workshop_groups', 'workshop_id = ?', [workshopId]),
  });
}

export function renameGroup(writer: Writer, id: number, name: string): void {
  requireRow(writer.db, 'workshop_groups', id);
  writer.update('workshop_groups', { id }, { name });
}

/** Removes a group; its cards stay in the session, without a table. */
export function removeGroup(writer: Writer, id: number): void {
  requireRow(writer.db, 'workshop_groups', id);
  for (const idea of firstColumn<number>(
    writer.db,
    'SELECT id FROM ideas WHERE group_id = ?',
    id,
  )) {
    writer.update('ideas', { id: idea }, { group_id: null });
  }
  writer.delete('workshop_groups', { id });
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
