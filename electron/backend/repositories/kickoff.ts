// The Kick-Off meeting (one row) with its list of agreements, and the Akteure of the process.
import type Database from 'better-sqlite3';
import type { ActorFields, KickoffChanges } from '../../../shared/contract/kickoff';
import type { Actor, Kickoff, KickoffData } from '../../../shared/process';
import type { Writer } from '../store/changes';
import { statement } from '../store/statements';
import type { Row } from '../store/tables';
import type { Container } from './positions';
import { endOf, moveWithin } from './positions';
import { requireRow } from './references';

type Db = Database.Database;

const allAgreements: Container = { table: 'kickoff_agreements', where: '1', params: [] };
const allActors: Container = { table: 'actors', where: '1', params: [] };

export function readKickoff(db: Db): Kickoff {
  const row = statement(
    db,
    `SELECT date, place, participant_count AS participantCount, invited_by AS invitedBy,
       head_present AS headPresent, next_steps AS nextSteps
     FROM kickoff WHERE id = 1`,
  ).get() as Omit<Kickoff, 'headPresent' | 'agreements'> & { headPresent: number };
  const agreements = statement(
    db,
    'SELECT id, text FROM kickoff_agreements ORDER BY position, id',
  ).all() as Kickoff['agreements'];
  return { ...row, headPresent: row.headPresent === 1, agreements };
}

export function readActors(db: Db): Actor[] {
  const rows = statement(
    db,
    `SELECT id, name, organisation, role, steering_group AS steeringGroup, contact
     FROM actors ORDER BY position, id`,
  ).all() as (Omit<Actor, 'steeringGroup'> & { steeringGroup: number })[];
  return rows.map((row) => ({ ...row, steeringGroup: row.steeringGroup === 1 }));
}

export const readKickoffData = (db: Db): KickoffData => ({
  kickoff: readKickoff(db),
  actors: readActors(db),
});

export function updateKickoff(writer: Writer, changes: KickoffChanges): void {
  const patch: Row = {};
  if (changes.date !== undefined) patch.date = changes.date;
  if (changes.place !== undefined) patch.place = changes.place;
  if (changes.participantCount !== undefined) patch.participant_count = changes.participantCount;
  if (changes.invitedBy !== undefined) patch.invited_by = changes.invitedBy;
  if (changes.headPresent !== undefined) patch.head_present = changes.headPresent ? 1 : 0;
  if (changes.nextSteps !== undefined) patch.next_steps = changes.nextSteps;
  writer.update('kickoff', { id: 1 }, patch);
}

export function addAgreement(writer: Writer, text: string): void {
  writer.insert('kickoff_agreements', { text, position: endOf(writer.db, allAgreements) });
}

export function updateAgreement(writer: Writer, id: number, text: string): void {
  requireRow(writer.db, 'kickoff_agreements', id);
  writer.update('kickoff_agreements', { id }, { text });
}

export function moveAgreement(writer: Writer, id: number, beforeId: number | null): void {
  requireRow(writer.db, 'kickoff_agreements', id);
  if (beforeId !== null) requireRow(writer.db, 'kickoff_agreements', beforeId);
  moveWithin(writer, allAgreements, id, beforeId);
}

export function deleteAgreement(writer: Writer, id: number): void {
  requireRow(writer.db, 'kickoff_agreements', id);
  writer.delete('kickoff_agreements', { id });
}

const actorColumns = (fields: Partial<ActorFields>): Row => {
  const row: Row = {};
  if (fields.name !== undefined) row.name = fields.name;
  if (fields.organisation !== undefined) row.organisation = fields.organisation;
  if (fields.role !== undefined) row.role = fields.role;
  if (fields.steeringGroup !== undefined) row.steering_group = fields.steeringGroup ? 1 : 0;
  if (fields.contact !== undefined) row.contact = fields.contact;
  return row;
};

export function createActor(writer: Writer, fields: Partial<ActorFields>): void {
  writer.insert('actors', { ...actorColumns(fields), position: endOf(writer.db, allActors) });
}

export function updateActor(writer: Writer, id: number, changes: Partial<ActorFields>): void {
  requireRow(writer.db, 'actors', id);
  writer.update('actors', { id }, actorColumns(changes));
}

export function moveActor(writer: Writer, id: number, beforeId: number | null): void {
  requireRow(writer.db, 'actors', id);
  if (beforeId !== null) requireRow(writer.db, 'actors', beforeId);
  moveWithin(writer, allActors, id, beforeId);
}

export function deleteActor(writer: Writer, id: number): void {
  requireRow(writer.db, 'actors', id);
  writer.delete('actors', { id });
}
