// Interkommunaler Austausch in the workspace: projects read for a project file (no personal
// data), what an import would do, and the import itself through the Writer.
import type Database from 'better-sqlite3';
import { AppFailure } from '../../../shared/errors';
import { exchangeFormatName, exchangeFormatVersion } from '../../../shared/library';
import type { ExchangePreview } from '../../../shared/library';
import { foldText } from '../../../shared/search';
import { duplicateKey } from '../exchange/duplicates';
import type { ExchangeFile, ExchangeProject } from '../exchange/format';
import type { Writer } from '../store/changes';
import { statement } from '../store/statements';
import { allActionFields, projectsIn } from './containers';
import { endOf } from './positions';
import { byProject } from './rows';
import { readSheetDetails } from './sheetDetails';
import { now } from './time';
import { readWorkspaceRow } from './workspace';

type Db = Database.Database;

interface ProjectRow extends Omit<
  ExchangeProject,
  'keyMeasure' | 'targetGroups' | 'strategicGoals' | 'milestones' | 'ideas'
> {
  id: number;
  keyMeasure: number;
}

/**
 * The file's content for the chosen projects (null: all), in library order. Idea authors, actors,
 * workshops, SWOT entries and ids stay behind.
 */
export function readExchangeFile(db: Db, projectIds: number[] | null): ExchangeFile {
  const kommune = readWorkspaceRow(db);
  const all = statement(
    db,
    `SELECT p.id, p.title, p.description, f.name AS actionField, p.lead, p.partners,
       p.start_month AS startMonth, p.end_month AS endMonth, p.budget_cents AS budgetCents,
       p.funding, p.indicators, p.priority, p.key_measure AS keyMeasure, p.status,
       p.project_goal AS projectGoal, p.project_type AS projectType, p.area_scope AS areaScope,
       p.dots, p.origin
     FROM projects p JOIN action_fields f ON f.id = p.action_field_id
     ORDER BY f.position, f.id, p.position, p.id`,
  ).all() as ProjectRow[];
  let rows = all;
  if (projectIds !== null) {
    const wanted = new Set(projectIds);
    rows = all.filter((row) => wanted.has(row.id));
    if (rows.length < wanted.size) {
      throw new AppFailure('NOT_FOUND', 'Eines der gewählten Projekte gibt es nicht mehr.');
    }
  }
  const targetGroups = byProject(
    db,
    `SELECT pt.project_id AS projectId, t.name FROM project_target_groups pt
       JOIN target_groups t ON t.id = pt.target_group_id ORDER BY t.position, t.id`,
    (row) => row.name as string,
  );
  const details = readSheetDetails(db);
  const ideas = byProject(
    db,
    `SELECT project_id AS projectId, text, phase, dots FROM ideas
     WHERE project_id IS NOT NULL ORDER BY position, id`,
    (row) => ({
      text: row.text as string,
      phase: row.phase as ExchangeProject['ideas'][number]['phase'],
      dots: row.dots as number,
    }),
  );
  return {
    format: exchangeFormatName,
    version: exchangeFormatVersion,
    exportedAt: now(),
    origin: { name: kommune.name, state: kommune.state, district: kommune.district },
    projects: rows.map(({ id, keyMeasure, ...fields }) => ({
      ...fields,
      keyMeasure: keyMeasure === 1,
      targetGroups: targetGroups.get(id) ?? [],
      strategicGoals: details.get(id)?.strategicGoals ?? [],
      milestones: details.get(id)?.milestones ?? [],
      ideas: ideas.get(id) ?? [],
    })),
  };
}

/** Folded name → id of a catalogue's entries; the first in order wins when two fold alike. */
function foldedIndex(db: Db, sql: string): Map<string, number> {
  const index = new Map<string, number>();
  for (const row of statement(db, sql).all() as { id: number; text: string }[]) {
    const key = foldText(row.text.trim());
    if (!index.has(key)) index.set(key, row.id);
  }
  return index;
}

const actionFieldsSql = 'SELECT id, name AS text FROM action_fields ORDER BY position, id';
const targetGroupsSql = 'SELECT id, name AS text FROM target_groups ORDER BY position, id';
const strategicGoalsSql = 'SELECT id, text FROM strategic_goals ORDER BY position, id';

/** Names the file uses that no entry here has (folded), each once, in the file's spelling. */
function missingNames(known: Map<string, number>, names: string[]): string[] {
  const missing = new Map<string, string>();
  for (const name of names) {
    const key = foldText(name.trim());
    if (!known.has(key) && !missing.has(key)) missing.set(key, name.trim());
  }
  return [...missing.values()];
}

export function previewImport(db: Db, file: ExchangeFile): ExchangePreview {
  const existing = new Map<string, { id: number; title: string }>();
  const projects = statement(
    db,
    `SELECT p.id, p.title FROM projects p JOIN action_fields f ON f.id = p.action_field_id
     ORDER BY f.position, f.id, p.position, p.id`,
  ).all() as { id: number; title: string }[];
  for (const project of projects) {
    const key = duplicateKey(project.title);
    if (key !== '' && !existing.has(key)) existing.set(key, project);
  }
  return {
    origin: file.origin.name.trim(),
    projects: file.projects.map((project, index) => {
      const key = duplicateKey(project.title);
      const duplicate = key === '' ? undefined : existing.get(key);
      return {
        index,
        title: project.title.trim(),
        actionFieldName: project.actionField.trim(),
        duplicateOfId: duplicate?.id ?? null,
        duplicateOfTitle: duplicate?.title ?? null,
      };
    }),
    newActionFields: missingNames(
      foldedIndex(db, actionFieldsSql),
      file.projects.map((project) => project.actionField),
    ),
    newTargetGroups: missingNames(
      foldedIndex(db, targetGroupsSql),
      file.projects.flatMap((project) => project.targetGroups),
    ),
  };
}

/** The file's indexes to import, in file order; an index the file does not have is refused. */
export function chosenProjects(file: ExchangeFile, indexes: number[] | null): ExchangeProject[] {
  if (indexes === null) return file.projects;
  const chosen = [...new Set(indexes)].sort((a, b) => a - b);
  const outside = chosen.find((index) => index >= file.projects.length);
  if (outside !== undefined) {
    throw new AppFailure(
      'INVALID_INPUT',
      `Die Projektdatei hat kein Projekt Nr. ${outside + 1}. Es wurde nichts importiert.`,
    );
  }
  return chosen.map((index) => file.projects[index] as ExchangeProject);
}

/** Colours for Handlungsfelder an import creates, taken in turn. */
const importedFieldColors = ['#5c7c8a', '#8a6d5c', '#6d8a5c', '#7a5c8a', '#8a5c6d', '#5c8a7f'];

/**
 * Imports `projects` (already validated) from the municipality `origin`: catalogue entries matched
 * by folded name or created, each project appended to its Handlungsfeld with its milestones and
 * ideas (in no workshop). Returns the new projects' ids.
 */
export function importProjects(
  writer: Writer,
  origin: string,
  projects: ExchangeProject[],
): number[] {
  const { db } = writer;
  const fields = catalogResolver(db, actionFieldsSql, (name) =>
    writer.insert('action_fields', {
      name,
      description: '',
      color: importedFieldColors[fieldCount(db) % importedFieldColors.length],
      position: endOf(db, allActionFields),
      hidden: 0,
    }),
  );
  const targetGroups = catalogResolver(db, targetGroupsSql, (name) =>
    writer.insert('target_groups', { name, position: nextPosition(db, 'target_groups') }),
  );
  const goals = catalogResolver(db, strategicGoalsSql, (text) =>
    writer.insert('strategic_goals', { text, position: nextPosition(db, 'strategic_goals') }),
  );
  const timestamp = now();
  return projects.map((project) => {
    const actionFieldId = fields(project.actionField);
    const id = writer.insert('projects', {
      action_field_id: actionFieldId,
      position: endOf(db, projectsIn(actionFieldId)),
      title: project.title.trim(),
      description: project.description.trim(),
      lead: project.lead.trim(),
      partners: project.partners.trim(),
      start_month: project.startMonth,
      end_month: project.endMonth,
      budget_cents: project.budgetCents,
      funding: project.funding.trim(),
      indicators: project.indicators.trim(),
      priority: project.priority,
      key_measure: project.keyMeasure ? 1 : 0,
      status: project.status,
      project_goal: project.projectGoal,
      project_type: project.projectType.trim(),
      area_scope: project.areaScope,
      dots: project.dots,
      origin: project.origin.trim() || origin,
      created_at: timestamp,
      updated_at: timestamp,
    });
    for (const groupId of new Set(project.targetGroups.map(targetGroups))) {
      writer.insert('project_target_groups', { project_id: id, target_group_id: groupId });
    }
    for (const goalId of new Set(project.strategicGoals.map(goals))) {
      writer.insert('project_strategic_goals', { project_id: id, strategic_goal_id: goalId });
    }
    project.milestones.forEach((milestone, index) =>
      writer.insert('project_milestones', {
        project_id: id,
        month: milestone.month,
        text: milestone.text.trim(),
        position: index + 1,
      }),
    );
    project.ideas.forEach((idea, index) =>
      writer.insert('ideas', {
        text: idea.text,
        phase: idea.phase,
        workshop_id: null,
        group_id: null,
        author: '',
        dots: idea.dots,
        project_id: id,
        position: index + 1,
        created_at: timestamp,
      }),
    );
    return id;
  });
}

/** Name → id of a catalogue entry, creating it (once) when no entry folds alike. */
function catalogResolver(db: Db, sql: string, create: (text: string) => number) {
  const known = foldedIndex(db, sql);
  return (text: string): number => {
    const key = foldText(text.trim());
    let id = known.get(key);
    if (id === undefined) {
      id = create(text.trim());
      known.set(key, id);
    }
    return id;
  };
}

const fieldCount = (db: Db) =>
  (statement(db, 'SELECT count(*) AS n FROM action_fields').get() as { n: number }).n;

const nextPosition = (db: Db, table: 'target_groups' | 'strategic_goals') =>
  endOf(db, { table, where: '1', params: [] });
