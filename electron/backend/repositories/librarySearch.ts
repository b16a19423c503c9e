// The library's full-text index (migration 002): refolds what the triggers queued, and turns a
// typed query into FTS5 match expressions over the same folding.
import type Database from 'better-sqlite3';
import { foldText, minQueryLength } from '../../../shared/search';
import { statement } from '../store/statements';
import { firstColumn } from './rows';

/** More words than anyone types; a pasted paragraph is cut here. */
const maxWords = 16;

/**
 * The words of a query, folded as the index is (foldText), split where FTS5's unicode61
 * tokenizer splits (anything but letters, digits and private-use characters). Undefined: the
 * query is too short and not searched at all.
 */
export function searchWords(query: string | undefined): string[] | undefined {
  if (query === undefined) return undefined;
  const folded = foldText(query.trim());
  if (folded.length < minQueryLength) return undefined;
  return folded
    .split(/[^\p{L}\p{N}\p{Co}]+/u)
    .filter((word) => word !== '')
    .slice(0, maxWords);
}

/** Each word as a prefix ("bahnh" finds "Bahnhof"); quoted, so no word is read as an operator. */
const prefix = (word: string) => `"${word}"*`;

/** Every word somewhere in the project (title, description or one of its ideas). */
export const allWords = (words: string[]): string => words.map(prefix).join(' AND ');

/** Any of the words: which ideas to name as matches. */
export const anyWord = (words: string[]): string => words.map(prefix).join(' OR ');

/** Brings the index up to date with everything the triggers queued since the last search. */
export function refreshSearchIndex(db: Database.Database): void {
  const queued = statement(db, 'SELECT kind, id FROM search_queue').all() as {
    kind: 'project' | 'idea';
    id: number;
  }[];
  if (queued.length === 0) return;
  db.transaction(() => {
    for (const { kind, id } of queued) {
      if (kind === 'project') indexProject(db, id);
      else indexIdea(db, id);
    }
    statement(db, 'DELETE FROM search_queue').run();
  })();
}

function indexProject(db: Database.Database, id: number): void {
  statement(db, 'DELETE FROM library_search WHERE rowid = ?').run(id);
  const project = statement(db, 'SELECT title, description FROM projects WHERE id = ?').get(id) as
    { title: string; description: string } | undefined;
  if (!project) return;
  const ideas = firstColumn<string>(
    db,
    'SELECT text FROM ideas WHERE project_id = ? ORDER BY position, id',
    id,
  );
  statement(
    db,
    'INSERT INTO library_search (rowid, title, description, ideas, details) VALUES (?, ?, ?, ?, ?)',
  ).run(
    id,
    foldText(project.title),
    foldText(project.description),
    ideas.map(foldText).join('\n'),
    firstColumn<string>(db, detailsSql, id, id, id, id).map(foldText).join('\n'),
  );
}

/** Every other text of a fact sheet, found by a search too (ranked below title and description). */
const detailsSql = `
  SELECT lead || char(10) || partners || char(10) || funding || char(10) || indicators
    || char(10) || project_type FROM projects WHERE id = ?
  UNION ALL SELECT text FROM project_milestones WHERE project_id = ?
  UNION ALL SELECT g.name FROM target_groups g
    JOIN project_target_groups l ON l.target_group_id = g.id WHERE l.project_id = ?
  UNION ALL SELECT s.text FROM strategic_goals s
    JOIN project_strategic_goals l ON l.strategic_goal_id = s.id WHERE l.project_id = ?`;

function indexIdea(db: Database.Database, id: number): void {
  statement(db, 'DELETE FROM idea_search WHERE rowid = ?').run(id);
  const idea = statement(db, 'SELECT text, project_id FROM ideas WHERE id = ?').get(id) as
    { text: string; project_id: number | null } | undefined;
  if (idea?.project_id == null) return;
  statement(db, 'INSERT INTO idea_search (rowid, text) VALUES (?, ?)').run(id, foldText(idea.text));
}
