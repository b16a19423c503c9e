// What every section needs to know about the plan, looked up once: chapters, numbers, groupings.
import { planOutline } from '../../../shared/plan';
import { steckbriefMostlyEmpty } from '../../../shared/steckbrief';
import type { ChartImage } from './charts';
import type {
  ExportOptions,
  PlanActionField,
  PlanChapter,
  PlanData,
  PlanIdea,
  PlanProject,
  PlanSwotEntry,
} from '../../../shared/plan';

export interface PlanContext {
  plan: PlanData;
  options: ExportOptions;
  chapters: PlanChapter[];
  /** Handlungsfelder that have measures, in order, each with its measures in order. */
  fields: { field: PlanActionField; projects: PlanProject[] }[];
  /** Projects listed as "Weitere Projektideen" instead of a Steckbrief each (by the option). */
  projectIdeas: PlanProject[];
  fieldName: Map<number, string>;
  ideasByProject: Map<number, PlanIdea[]>;
  /** Leitziel id → its number (1, 2, …). */
  goalNumber: Map<number, number>;
  swotById: Map<number, PlanSwotEntry>;
  /** Project id → "4.1.1", when chapter "Handlungsfelder und Maßnahmen" is in the document. */
  projectNumber: Map<number, string>;
  /** The plan's charts as pictures, in its order (rendered before the document is built). */
  charts: ChartImage[];
}

function chapterOf(context: PlanContext, key: PlanChapter['key']): PlanChapter | undefined {
  return context.chapters.find((chapter) => chapter.key === key);
}

export function planContext(
  plan: PlanData,
  options: ExportOptions,
  charts: ChartImage[] = [],
): PlanContext {
  const chapters = planOutline(plan, options);
  const projectIdeas =
    options.mostlyEmptySheets === 'ideasTable' ? plan.projects.filter(steckbriefMostlyEmpty) : [];
  const ideaSet = new Set(projectIdeas);
  const projectsByField = new Map<number, PlanProject[]>();
  for (const project of plan.projects) {
    if (ideaSet.has(project)) continue;
    const list = projectsByField.get(project.actionFieldId);
    if (list) list.push(project);
    else projectsByField.set(project.actionFieldId, [project]);
  }
  const fields = plan.actionFields
    .filter((field) => projectsByField.has(field.id))
    .map((field) => ({ field, projects: projectsByField.get(field.id) ?? [] }));

  const ideasByProject = new Map<number, PlanIdea[]>();
  for (const idea of plan.ideas) {
    if (idea.projectId === null) continue;
    const list = ideasByProject.get(idea.projectId);
    if (list) list.push(idea);
    else ideasByProject.set(idea.projectId, [idea]);
  }

  const context: PlanContext = {
    plan,
    options,
    chapters,
    fields,
    projectIdeas,
    fieldName: new Map(plan.actionFields.map((field) => [field.id, field.name])),
    ideasByProject,
    goalNumber: new Map(plan.strategicGoals.map((goal, index) => [goal.id, index + 1])),
    swotById: new Map(plan.swot.map((entry) => [entry.id, entry])),
    projectNumber: new Map(),
    charts,
  };
  const measures = chapterOf(context, 'massnahmen');
  if (measures?.number) {
    fields.forEach(({ projects }, fieldIndex) =>
      projects.forEach((project, projectIndex) =>
        context.projectNumber.set(
          project.id,
          `${measures.number}.${fieldIndex + 1}.${projectIndex + 1}`,
        ),
      ),
    );
  }
  return context;
}
