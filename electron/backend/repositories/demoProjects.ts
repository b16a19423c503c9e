// The demo's projects with their fact sheets, and the ids the demo's content file refers to by name.
import type demo from '../../../assets/demo/musterstadt.json';
import type { Writer } from '../store/changes';
import { now } from './time';

export type DemoProject = (typeof demo.projects)[number];

/** Catalogue entries and the demo's own keys ("p1", "w1", "s3") by what the content file calls them. */
export interface DemoIds {
  actionFields: Map<string, number>;
  targetGroups: Map<string, number>;
  goals: number[];
  swot: Map<string, number>;
  projects: Map<string, number>;
}

export function lookup(map: Map<string, number>, name: string): number {
  const id = map.get(name);
  if (id === undefined) throw new Error(`Demo: unbekannter Eintrag ${name}`);
  return id;
}

/** A project with its fact sheet at the end of its Handlungsfeld; its id joins `ids.projects`. */
export function insertDemoProject(writer: Writer, project: DemoProject, ids: DemoIds): void {
  const actionFieldId = lookup(ids.actionFields, project.actionField);
  const { last } = writer.db
    .prepare('SELECT max(position) AS last FROM projects WHERE action_field_id = ?')
    .get(actionFieldId) as { last: number | null };
  const timestamp = now();
  const id = writer.insert('projects', {
    action_field_id: actionFieldId,
    position: (last ?? 0) + 1,
    title: project.title,
    description: project.description,
    lead: project.lead,
    partners: project.partners,
    start_month: project.startMonth,
    end_month: project.endMonth,
    budget_cents: project.budgetEuro === null ? null : project.budgetEuro * 100,
    funding: project.funding,
    indicators: project.indicators,
    priority: project.priority,
    key_measure: project.keyMeasure ? 1 : 0,
    status: project.status,
    project_goal: project.projectGoal,
    project_type: project.projectType,
    area_scope: project.areaScope,
    created_at: timestamp,
    updated_at: timestamp,
  });
  ids.projects.set(project.key, id);
  project.milestones.forEach((milestone, index) =>
    writer.insert('project_milestones', {
      project_id: id,
      month: milestone.month,
      text: milestone.text,
      position: index + 1,
    }),
  );
  for (const name of project.targetGroups) {
    writer.insert('project_target_groups', {
      project_id: id,
      target_group_id: lookup(ids.targetGroups, name),
    });
  }
  for (const index of project.strategicGoals) {
    writer.insert('project_strategic_goals', {
      project_id: id,
      strategic_goal_id: ids.goals[index] as number,
    });
  }
  for (const key of project.swot) {
    writer.insert('project_swot_entries', {
      project_id: id,
      swot_entry_id: lookup(ids.swot, key),
    });
  }
}
