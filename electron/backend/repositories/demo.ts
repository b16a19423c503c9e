// Builds the demo workspace "Musterstadt" from its content file (assets/demo/musterstadt.json):
// the process up to the Ratsbeschluss, the adopted Fassung, and what happened after it.
import demo from '../../../assets/demo/musterstadt.json';
import type { Phase } from '../../../shared/domain';
import type { Writer } from '../store/changes';
import { seedDefaultCatalogues } from './catalogues';
import { seedAfterAdoption } from './demoAdoption';
import { seedDemoProfile } from './demoProfile';
import type { DemoIds } from './demoProjects';
import { insertDemoProject, lookup } from './demoProjects';
import { createIdea } from './ideas';
import { insertWorkspace } from './workspace';

export const demoName = demo.workspace.name;

export function seedDemo(writer: Writer): void {
  insertWorkspace(writer, demo.workspace);
  seedDefaultCatalogues(writer);
  const named = (table: 'action_fields' | 'target_groups') =>
    new Map(
      (
        writer.db.prepare(`SELECT id, name FROM ${table}`).all() as { id: number; name: string }[]
      ).map((row) => [row.name, row.id]),
    );
  const actionFields = named('action_fields');
  const ids: DemoIds = {
    actionFields,
    targetGroups: named('target_groups'),
    goals: demo.strategicGoals.map((text, index) =>
      writer.insert('strategic_goals', { text, position: index + 1 }),
    ),
    swot: seedDemoProfile(writer, demo, (name) => lookup(actionFields, name)),
    projects: new Map(),
  };

  for (const step of demo.steps.filter((candidate) => !candidate.afterAdoption)) {
    seedStep(writer, step);
  }
  seedKickoff(writer);
  const workshops = seedWorkshops(writer);
  for (const project of demo.projects) insertDemoProject(writer, project, ids);
  for (const idea of demo.ideas) {
    const workshop = workshops.get(idea.workshop);
    createIdea(writer, {
      text: idea.text,
      phase: idea.phase as Phase,
      workshopId: workshop?.id ?? null,
      groupId: workshop?.groups.get(idea.group) ?? null,
      author: idea.author ?? '',
      dots: idea.dots,
      projectId: idea.project ? (ids.projects.get(idea.project) ?? null) : null,
    });
  }
  seedAfterAdoption(writer, ids);
  for (const step of demo.steps.filter((candidate) => candidate.afterAdoption)) {
    seedStep(writer, step);
  }
}

function seedStep(writer: Writer, step: (typeof demo.steps)[number]): void {
  writer.update(
    'steps',
    { key: step.key },
    {
      status: step.status,
      start_date: step.startDate,
      end_date: step.endDate,
      done_date: step.doneDate,
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

function seedKickoff(writer: Writer): void {
  const { kickoff } = demo;
  writer.update(
    'kickoff',
    { id: 1 },
    {
      date: kickoff.date,
      place: kickoff.place,
      participant_count: kickoff.participantCount,
      invited_by: kickoff.invitedBy,
      head_present: kickoff.headPresent ? 1 : 0,
      next_steps: kickoff.nextSteps,
    },
  );
  kickoff.agreements.forEach((text, index) =>
    writer.insert('kickoff_agreements', { text, position: index + 1 }),
  );
  demo.actors.forEach((actor, index) =>
    writer.insert('actors', {
      name: actor.name,
      organisation: actor.organisation,
      role: actor.role,
      steering_group: actor.steeringGroup ? 1 : 0,
      contact: actor.contact,
      position: index + 1,
    }),
  );
}

function seedWorkshops(writer: Writer) {
  return new Map(
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
}
