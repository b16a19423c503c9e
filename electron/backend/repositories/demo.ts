// Builds the demo workspace "Musterstadt" from its content file (assets/demo/musterstadt.json).
import demo from '../../../assets/demo/musterstadt.json';
import type { Writer } from '../store/changes';
import { seedDefaultCatalogues } from './catalogues';
import { seedDemoProfile } from './demoProfile';
import { createIdea } from './ideas';
import { now } from './time';
import { insertWorkspace } from './workspace';
import type { Phase } from '../../../shared/domain';

export const demoName = demo.workspace.name;

export function seedDemo(writer: Writer): void {
  insertWorkspace(writer, demo.workspace);
  seedDefaultCatalogues(writer);
  const ids = (table: 'action_fields' | 'target_groups') =>
    new Map(
      (
        writer.db.prepare(`SELECT id, name FROM ${table}`).all() as { id: number; name: string }[]
      ).map((row) => [row.name, row.id]),
    );
  const actionFieldIds = ids('action_fields');
  const targetGroupIds = ids('target_groups');
  const lookup = (map: Map<string, number>, name: string) => {
    const id = map.get(name);
    if (id === undefined) throw new Error(`Demo: unbekannter Katalogeintrag ${name}`);
    return id;
  };

  for (const step of demo.steps) {
    writer.update(
      'steps',
      { key: step.key },
      {
        status: step.status,
        start_date: step.startDate,
        end_date: step.endDate,
        notes: step.notes,
      },
    );
    step.checklist.forEach((item, index) =>
      writer.insert('step_checklist_items', {
        step_key: step.key,
        position: index + 1,
        text: item.text,
        done: item.done ? 1 : 0,
      }),
    );
  }
  demo.actors.forEach((actor, index) => writer.insert('actors', { ...actor, position: index + 1 }));
  const goalIds = demo.strategicGoals.map((text, index) =>
    writer.insert('strategic_goals', { text, position: index + 1 }),
  );
  const swotIds = seedDemoProfile(writer, demo, (name) => lookup(actionFieldIds, name));
  const workshops = new Map(
    demo.workshops.map((workshop, index) => {
      const id = writer.insert('workshops', {
        title: workshop.title,
        date: workshop.date,
        place: workshop.place,
        participant_count: workshop.participantCount,
        position: index + 1,
      });
      const groups = new Map(
        workshop.groups.map((name, groupIndex) => [
          name,
          writer.insert('workshop_groups', { workshop_id: id, name, position: groupIndex + 1 }),
        ]),
      );
      return [workshop.key, { id, groups }];
    }),
  );

  const projectIds = new Map<string, number>();
  const positionInField = new Map<number, number>();
  for (const project of demo.projects) {
    const actionFieldId = lookup(actionFieldIds, project.actionField);
    const position = (positionInField.get(actionFieldId) ?? 0) + 1;
    positionInField.set(actionFieldId, position);
    const timestamp = now();
    const id = writer.insert('projects', {
      action_field_id: actionFieldId,
      position,
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
    projectIds.set(project.key, id);
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
        target_group_id: lookup(targetGroupIds, name),
      });
    }
    for (const index of project.strategicGoals) {
      writer.insert('project_strategic_goals', {
        project_id: id,
        strategic_goal_id: goalIds[index] as number,
      });
    }
    for (const key of project.swot) {
      writer.insert('project_swot_entries', {
        project_id: id,
        swot_entry_id: swotIds.get(key) as number,
      });
    }
  }

  for (const idea of demo.ideas) {
    const workshop = workshops.get(idea.workshop);
    createIdea(writer, {
      text: idea.text,
      phase: idea.phase as Phase,
      workshopId: workshop?.id ?? null,
      groupId: workshop?.groups.get(idea.group) ?? null,
      author: idea.author ?? '',
      dots: idea.dots,
      projectId: idea.project ? (projectIds.get(idea.project) ?? null) : null,
    });
  }
}
