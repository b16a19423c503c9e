// Dot votes held on the phones: the vote with its rule, each device's dots, the tally, and the end
// that adds the result to the projects' dots.
import type Database from 'better-sqlite3';
import type { PhoneVote, VoteTally } from '../../../shared/participation';
import type { Writer } from '../store/changes';
import { statement } from '../store/statements';
import { now } from './time';

export interface VoteRule {
  dotsPerDevice: number;
  maxPerOption: number;
}

export interface OpenVote extends VoteRule {
  id: number;
}

/** The options of a vote: the projects of the shown Handlungsfelder, in the board's order. */
export function voteOptions(db: Database.Database): PhoneVote['options'] {
  return statement(
    db,
    `SELECT p.id AS projectId, p.title FROM projects p JOIN action_fields f ON f.id = p.action_field_id
     WHERE f.hidden = 0 ORDER BY f.position, f.id, p.position, p.id`,
  ).all() as PhoneVote['options'];
}

export function openVote(writer: Writer, workshopId: number | null, rule: VoteRule): number {
  return writer.insert('votes', {
    workshop_id: workshopId,
    dots_per_device: rule.dotsPerDevice,
    max_per_option: rule.maxPerOption,
    opened_at: now(),
  });
}

/** The vote that is running, if any (one at a time). */
export function readOpenVote(db: Database.Database): OpenVote | undefined {
  return statement(
    db,
    `SELECT id, dots_per_device AS dotsPerDevice, max_per_option AS maxPerOption FROM votes
     WHERE closed_at IS NULL ORDER BY id DESC LIMIT 1`,
  ).get() as OpenVote | undefined;
}

export function deviceDots(
  db: Database.Database,
  voteId: number,
  device: number,
): Record<number, number> {
  const rows = statement(
    db,
    'SELECT project_id AS projectId, dots FROM vote_dots WHERE vote_id = ? AND device = ?',
  ).all(voteId, device) as { projectId: number; dots: number }[];
  return Object.fromEntries(rows.map((row) => [row.projectId, row.dots]));
}

/** Replaces a device's dots in the vote with `dots` (project id → dots; 0 removes). */
export function setDeviceDots(
  writer: Writer,
  voteId: number,
  device: number,
  dots: Record<number, number>,
): void {
  const current = deviceDots(writer.db, voteId, device);
  for (const projectId of new Set([...Object.keys(current), ...Object.keys(dots)].map(Number))) {
    const key = { vote_id: voteId, device, project_id: projectId };
    const wanted = dots[projectId] ?? 0;
    if (wanted === (current[projectId] ?? 0)) continue;
    if (wanted === 0) writer.delete('vote_dots', key);
    else if (current[projectId] === undefined) writer.insert('vote_dots', { ...key, dots: wanted });
    else writer.update('vote_dots', key, { dots: wanted });
  }
}

export function tallyVote(db: Database.Database, vote: OpenVote): VoteTally {
  const results = statement(
    db,
    `SELECT project_id AS projectId, sum(dots) AS dots FROM vote_dots WHERE vote_id = ?
     GROUP BY project_id ORDER BY dots DESC, project_id`,
  ).all(vote.id) as VoteTally['results'];
  const { voters } = statement(
    db,
    'SELECT count(DISTINCT device) AS voters FROM vote_dots WHERE vote_id = ?',
  ).get(vote.id) as { voters: number };
  return { ...vote, voters, results };
}

/** Ends the vote: phones can no longer change their dots. */
export function closeVote(writer: Writer, vote: OpenVote): void {
  writer.update('votes', { id: vote.id }, { closed_at: now() });
}

/** Adds the vote's dots to each project that still exists. */
export function applyVote(writer: Writer, vote: OpenVote): void {
  for (const { projectId, dots } of tallyVote(writer.db, vote).results) {
    const project = statement(writer.db, 'SELECT dots FROM projects WHERE id = ?').get(
      projectId,
    ) as { dots: number } | undefined;
    if (project) writer.update('projects', { id: projectId }, { dots: project.dots + dots });
  }
}

/** The highest device number any card, photo or vote of the file carries (0 when none). */
export function highestDevice(db: Database.Database): number {
  const row = statement(
    db,
    `SELECT max(coalesce((SELECT max(device) FROM ideas), 0),
                coalesce((SELECT max(device) FROM photos), 0),
                coalesce((SELECT max(device) FROM vote_dots), 0)) AS highest`,
  ).get() as { highest: number };
  return row.highest;
}
