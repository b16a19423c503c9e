// The fact-sheet fields the library list leaves out — Finanzierung, Indikatoren, Leitziele,
// Meilensteine, SWOT-Bezug — for every project at once: the CSV table and the project file.
import type Database from 'better-sqlite3';
import type { SwotKind } from '../../../shared/domain';
import { statement } from '../store/statements';
import { byProject } from './rows';

export interface SheetDetails {
  funding: string;
  indicators: string;
  /** Texts, in the catalogue's order. */
  strategicGoals: string[];
  /** In the project's order. */
  milestones: { month: string | null; text: string }[];
  /** In the catalogue's order. */
  swotEntries: { kind: SwotKind; text: string }[];
}

/** Project id → its details. */
export function readSheetDetails(db: Database.Database): Map<number, SheetDetails> {
  const goals = byProject(
    db,
    `SELECT pg.project_id AS projectId, g.text FROM project_strategic_goals pg
       JOIN strategic_goals g ON g.id = pg.strategic_goal_id ORDER BY g.position, g.id`,
    (row) => row.text as string,
  );
  const milestones = byProject(
    db,
    `SELECT project_id AS projectId, month, text FROM project_milestones ORDER BY position, id`,
    (row) => ({ month: row.month as string | null, text: row.text as string }),
  );
  const swotEntries = byProject(
    db,
    `SELECT ps.project_id AS projectId, s.kind, s.text FROM project_swot_entries ps
       JOIN swot_entries s ON s.id = ps.swot_entry_id ORDER BY s.position, s.id`,
    (row) => ({ kind: row.kind as SwotKind, text: row.text as string }),
  );
  const projects = statement(db, 'SELECT id, funding, indicators FROM projects').all() as {
    id: number;
    funding: string;
    indicators: string;
  }[];
  return new Map(
    projects.map(({ id, funding, indicators }) => [
      id,
      {
        funding,
        indicators,
        strategicGoals: goals.get(id) ?? [],
        milestones: milestones.get(id) ?? [],
        swotEntries: swotEntries.get(id) ?? [],
      },
    ]),
  );
}
