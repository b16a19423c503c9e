// The fact sheet (Projektsteckbrief): reading it whole, and every change to it through the Writer.
import type Database from 'better-sqlite3';
import type { FactSheetChanges } from '../../../shared/contract/library';
import { AppFailure } from '../../../shared/errors';
import type { ProjectSheet, SheetIdea } from '../../../shared/library';
import type { Writer } from '../store/changes';
import type { Row } from '../store/tables';
import { statement } from '../store/statements';
import { projectsIn } from './containers';
import { readLibraryProject } from './library';
import { endOf } from './positions';
import { updateProject } from './projects';
import { requireRow } from './references';
import { firstColumn } from './rows';
import { swotOrder } from './swot';
import { now } from './time';

type Db = Database.Database;

interface ProjectRow {
  id: number;
  action_field_id: number;
  start_month: string | null;
  end_month: string | null;
}

export function readSheet(db: Db, id: number): ProjectSheet {
  const project = readLibraryProject(db, id);
  if (!project) throw new AppFailure('NOT_FOUND', 'Dieses Projekt gibt es nicht mehr.');
  const rest = statement(
    db,
    `SELECT funding, indicators, created_at AS createdAt, updated_at AS updatedAt
     FROM projects WHERE id = ?`,
  ).get(id) as Pick<ProjectSheet, 'funding' | 'indicators' | 'createdAt' | 'updatedAt'>;
  const idsOf = (sql: string) => firstColumn<number>(db, sql, id);
  return {
    ...project,
    ...rest,
    strategicGoalIds: idsOf(
      `SELECT g.id FROM project_strategic_goals pg JOIN strategic_goals g ON g.id = pg.strategic_goal_id
       WHERE pg.project_id = ? ORDER BY g.position, g.id`,
    ),
    swotEntryIds: idsOf(
      `SELECT s.id FROM project_swot_entries ps JOIN swot_entries s ON s.id = ps.swot_entry_id
       WHERE ps.project_id = ? ORDER BY ${swotOrder('s.')}`,
    ),
    milestones: statement(
      db,
      `SELECT id, month, text, position FROM project_milestones
       WHERE project_id = ? ORDER BY position, id`,
    ).all(id) as ProjectSheet['milestones'],
    ideas: statement(
      db,
      `SELECT i.id, i.text, i.phase, w.title AS workshopTitle, g.name AS groupName, i.dots
       FROM ideas i
         LEFT JOIN workshops w ON w.id = i.workshop_id
         LEFT JOIN workshop_groups g ON g.id = i.group_id
       WHERE i.project_id = ? ORDER BY i.position, i.id`,
    ).all(id) as SheetIdea[],
  };
}

/** A new, empty project at the end of its Handlungsfeld. */
export function createProject(writer: Writer, actionFieldId: number, title: string): number {
  requireRow(writer.db, 'action_fields', actionFieldId);
  const timestamp = now();
  return writer.insert('projects', {
    action_field_id: actionFieldId,
    position: endOf(writer.db, projectsIn(actionFieldId)),
    title,
    status: 'idee',
    created_at: timestamp,
    updated_at: timestamp,
  });
}

/** Field name in the contract → column in `projects`, for the fields that map one to one. */
const columns = {
  title: 'title',
  description: 'description',
  lead: 'lead',
  partners: 'partners',
  startMonth: 'start_month',
  endMonth: 'end_month',
  budgetCents: 'budget_cents',
  funding: 'funding',
  indicators: 'indicators',
  priority: 'priority',
  status: 'status',
  projectGoal: 'project_goal',
  projectType: 'project_type',
  areaScope: 'area_scope',
} as const satisfies Partial<Record<keyof FactSheetChanges, string>>;

/** Field names as the fact sheet shows them, for the undo label. */
export const fieldLabels: Record<keyof FactSheetChanges, string> = {
  title: 'Titel',
  description: 'Beschreibung',
  actionFieldId: 'Handlungsfeld',
  lead: 'Verantwortlich',
  partners: 'Partner',
  startMonth: 'Beginn',
  endMonth: 'Ende',
  budgetCents: 'Budget',
  funding: 'Finanzierung',
  indicators: 'Indikatoren',
  priority: 'Priorität',
  keyMeasure: 'Schlüsselmaßnahme',
  status: 'Status',
  projectGoal: 'Projektziel',
  projectType: 'Projektart',
  areaScope: 'Gebietsbezug',
};

/** Writes the changed fields; refuses a period that ends before it begins (with the stored end). */
export function updateFactSheet(writer: Writer, id: number, changes: FactSheetChanges): void {
  const current = requireRow<ProjectRow>(writer.db, 'projects', id);
  const start = changes.startMonth !== undefined ? changes.startMonth : current.start_month;
  const end = changes.endMonth !== undefined ? changes.endMonth : current.end_month;
  if (start !== null && end !== null && end < start) {
    throw new AppFailure('INVALID_INPUT', 'Das Ende liegt vor dem Beginn.');
  }
  const patch: Row = {};
  for (const [field, column] of Object.entries(columns)) {
    const value = changes[field as keyof typeof columns];
    if (value !== undefined) patch[column] = value;
  }
  if (changes.keyMeasure !== undefined) patch.key_measure = changes.keyMeasure ? 1 : 0;
  const fieldId = changes.actionFieldId;
  if (fieldId !== undefined && fieldId !== current.action_field_id) {
    requireRow(writer.db, 'action_fields', fieldId);
    patch.action_field_id = fieldId;
    patch.position = endOf(writer.db, projectsIn(fieldId));
  }
  updateProject(writer, id, patch);
}

/** A project's links to one catalogue: Zielgruppen, Leitziele or SWOT entries. */
export const projectLinks = {
  targetGroups: {
    table: 'project_target_groups',
    column: 'target_group_id',
    catalog: 'target_groups',
  },
  strategicGoals: {
    table: 'project_strategic_goals',
    column: 'strategic_goal_id',
    catalog: 'strategic_goals',
  },
  swotEntries: {
    table: 'project_swot_entries',
    column: 'swot_entry_id',
    catalog: 'swot_entries',
  },
} as const;

export type ProjectLink = (typeof projectLinks)[keyof typeof projectLinks];

/** Makes the project's links exactly `ids`: missing ones added, others removed. */
export function setProjectLinks(
  writer: Writer,
  projectId: number,
  link: ProjectLink,
  ids: number[],
): void {
  requireRow(writer.db, 'projects', projectId);
  const changesBefore = writer.changes.length;
  const wanted = new Set(ids);
  for (const id of wanted) requireRow(writer.db, link.catalog, id);
  const existing = firstColumn<number>(
    writer.db,
    `SELECT ${link.column} FROM ${link.table} WHERE project_id = ?`,
    projectId,
  );
  for (const id of existing) {
    if (!wanted.has(id)) writer.delete(link.table, { project_id: projectId, [link.column]: id });
  }
  const have = new Set(existing);
  for (const id of wanted) {
    if (!have.has(id)) writer.insert(link.table, { project_id: projectId, [link.column]: id });
  }
  stampIfChanged(writer, projectId, changesBefore);
}

/** Returns the project the milestone belongs to. */
export function addMilestone(
  writer: Writer,
  projectId: number,
  month: string | null,
  text: string,
): number {
  requireRow(writer.db, 'projects', projectId);
  const changesBefore = writer.changes.length;
  writer.insert('project_milestones', {
    project_id: projectId,
    month,
    text,
    position: endOf(writer.db, milestonesOf(projectId)),
  });
  stampIfChanged(writer, projectId, changesBefore);
  return projectId;
}

export function updateMilestone(
  writer: Writer,
  id: number,
  changes: { month?: string | null; text?: string },
): number {
  const milestone = requireRow<{ project_id: number }>(writer.db, 'project_milestones', id);
  const changesBefore = writer.changes.length;
  const patch: Row = {
    ...(changes.month !== undefined && { month: changes.month }),
    ...(changes.text !== undefined && { text: changes.text }),
  };
  writer.update('project_milestones', { id }, patch);
  stampIfChanged(writer, milestone.project_id, changesBefore);
  return milestone.project_id;
}

export function deleteMilestone(writer: Writer, id: number): number {
  const milestone = requireRow<{ project_id: number }>(writer.db, 'project_milestones', id);
  const changesBefore = writer.changes.length;
  writer.delete('project_milestones', { id });
  stampIfChanged(writer, milestone.project_id, changesBefore);
  return milestone.project_id;
}

const milestonesOf = (projectId: number) => ({
  table: 'project_milestones' as const,
  where: 'project_id = ?',
  params: [projectId],
});

/** A change to the sheet's lists (links, milestones) is a change of the project, when there was one. */
function stampIfChanged(writer: Writer, projectId: number, changesBefore: number): void {
  if (writer.changes.length > changesBefore) {
    writer.update('projects', { id: projectId }, { updated_at: now() });
  }
}
