// The Projektbibliothek's list: every project with its Handlungsfeld, Zielgruppen and dots, kept
// per connection until something is written, so a query typed letter by letter only searches
// (FTS5, ranked by relevance) and filters; it does not rebuild 2,000 rows per keystroke.
import type Database from 'better-sqlite3';
import { matchesLibraryFilters } from '../../../shared/library';
import type { LibraryFilters, LibraryProject } from '../../../shared/library';
import { statement } from '../store/statements';
import { allWords, anyWord, refreshSearchIndex, searchWords } from './librarySearch';
import { groupBy } from './rows';

type Db = Database.Database;

/** The columns of a LibraryProject as SQL gives them (`p`: projects, `f`: action_fields). */
const libraryColumns = `p.id, p.title, p.description, p.action_field_id AS actionFieldId,
  f.name AS actionFieldName, p.lead, p.partners, p.start_month AS startMonth,
  p.end_month AS endMonth, p.budget_cents AS budgetCents, p.priority, p.status,
  p.key_measure AS keyMeasure, p.project_goal AS projectGoal, p.project_type AS projectType,
  p.area_scope AS areaScope, p.origin,
  p.dots + (SELECT coalesce(sum(i.dots), 0) FROM ideas i WHERE i.project_id = p.id) AS dots,
  (SELECT count(*) FROM ideas i WHERE i.project_id = p.id) AS ideaCount`;

type LibraryRow = Omit<
  LibraryProject,
  'keyMeasure' | 'targetGroupIds' | 'targetGroupNames' | 'matchedIdeaTexts'
> & { keyMeasure: number };

/** All projects in library order (Handlungsfeld, then position), as of one write count. */
interface Snapshot {
  /** SQLite's total_changes() when read: any write on this connection changes it. */
  version: number;
  projects: LibraryProject[];
  /** Project id → its place in `projects`. */
  order: Map<number, number>;
}

const snapshots = new WeakMap<Db, Snapshot>();

/** The library as it is now: the kept snapshot while nothing was written since, else read anew. */
function snapshot(db: Db): Snapshot {
  const { version } = statement(db, 'SELECT total_changes() AS version').get() as {
    version: number;
  };
  const kept = snapshots.get(db);
  if (kept?.version === version) return kept;
  const rows = statement(
    db,
    `SELECT ${libraryColumns} FROM projects p JOIN action_fields f ON f.id = p.action_field_id
     ORDER BY f.position, f.id, p.position, p.id`,
  ).all() as LibraryRow[];
  const projects = completeRows(db, rows, 'all');
  const fresh = { version, projects, order: new Map(projects.map((p, index) => [p.id, index])) };
  snapshots.set(db, fresh);
  return fresh;
}

/** Title counts most, then the description, then the ideas' texts. */
const relevance = 'bm25(library_search, 10.0, 4.0, 1.0, 2.0)';

export function listLibrary(
  db: Db,
  filters: LibraryFilters,
  query: string | undefined,
): { projects: LibraryProject[]; total: number } {
  refreshSearchIndex(db);
  const { projects, order } = snapshot(db);
  const total = projects.length;
  const words = searchWords(query);
  if (words === undefined) {
    return { projects: projects.filter((p) => matchesLibraryFilters(p, filters)), total };
  }
  if (words.length === 0) return { projects: [], total };
  const hits = statement(
    db,
    `SELECT rowid AS id, ${relevance} AS score FROM library_search WHERE library_search MATCH ?`,
  ).all(allWords(words)) as { id: number; score: number }[];
  // Equal relevance keeps the library order.
  hits.sort((a, b) => a.score - b.score || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  const found = hits
    .map((hit) => projects[order.get(hit.id) ?? -1])
    .filter((p): p is LibraryProject => p !== undefined && matchesLibraryFilters(p, filters));
  const matched = matchedIdeas(db, words);
  return {
    projects: found.map((p) => ({ ...p, matchedIdeaTexts: matched.get(p.id) ?? [] })),
    total,
  };
}

/** The library row of one project (for its fact sheet), or undefined when it is gone. */
export function readLibraryProject(db: Db, id: number): LibraryProject | undefined {
  const row = statement(
    db,
    `SELECT ${libraryColumns} FROM projects p JOIN action_fields f ON f.id = p.action_field_id
     WHERE p.id = ?`,
  ).get(id) as LibraryRow | undefined;
  return row ? completeRows(db, [row], [id])[0] : undefined;
}

/** Texts of ideas containing any of the words, per project, in the project's order. */
function matchedIdeas(db: Db, words: string[]): Map<number, string[]> {
  const rows = statement(
    db,
    `SELECT i.project_id AS projectId, i.text FROM idea_search s JOIN ideas i ON i.id = s.rowid
     WHERE idea_search MATCH ? AND i.project_id IS NOT NULL
     ORDER BY i.project_id, i.position, i.id`,
  ).all(anyWord(words)) as { projectId: number; text: string }[];
  return groupBy(
    rows,
    (row) => row.projectId,
    (row) => row.text,
  );
}

/** Adds the Zielgruppen (in catalogue order) of the projects `ids` ('all': every project). */
function completeRows(db: Db, rows: LibraryRow[], ids: number[] | 'all'): LibraryProject[] {
  const links = statement(
    db,
    `SELECT pt.project_id AS projectId, t.id, t.name FROM project_target_groups pt
       JOIN target_groups t ON t.id = pt.target_group_id
     WHERE @ids IS NULL OR pt.project_id IN (SELECT value FROM json_each(@ids))
     ORDER BY t.position, t.id`,
  ).all({ ids: ids === 'all' ? null : JSON.stringify(ids) }) as {
    projectId: number;
    id: number;
    name: string;
  }[];
  const groups = groupBy(
    links,
    (link) => link.projectId,
    (link) => link,
  );
  const none: { id: number; name: string }[] = [];
  // The rows become the projects in place: no copy of 2,000 objects after every change.
  return rows.map((row) => {
    const own = groups.get(row.id) ?? none;
    const project = row as unknown as LibraryProject;
    project.keyMeasure = row.keyMeasure === 1;
    project.targetGroupIds = own.map((group) => group.id);
    project.targetGroupNames = own.map((group) => group.name);
    project.matchedIdeaTexts = [];
    return project;
  });
}
