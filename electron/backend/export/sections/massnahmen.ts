// Chapter "Handlungsfelder und Maßnahmen": per Handlungsfeld with projects its short text, then
// each project as a fact sheet.
import {
  phaseLabels,
  projectGoalLabels,
  projectStatusLabels,
  swotKindLabels,
} from '../../../../shared/domain';
import { formatEuro, formatMonth, formatPeriod } from '../../../../shared/plan';
import type { PlanChapter, PlanProject } from '../../../../shared/plan';
import type { Blocks, CellContent } from '../blocks';
import { factTable, heading, paragraph, spacer } from '../blocks';
import type { PlanContext } from '../context';
import { styleIds } from '../styles';

export function massnahmen(context: PlanContext, chapter: PlanChapter): Blocks {
  const total = context.plan.projects.length;
  const keyMeasures = context.plan.projects.filter((project) => project.keyMeasure).length;
  const blocks: Blocks = [
    heading(1, chapter.number, chapter.title),
    paragraph(
      `Der Werkstattplan umfasst ${total === 1 ? 'eine Maßnahme' : `${total} Maßnahmen`} in ${context.fields.length === 1 ? 'einem Handlungsfeld' : `${context.fields.length} Handlungsfeldern`}${keyMeasures > 0 ? `, davon ${keyMeasures === 1 ? 'eine Schlüsselmaßnahme' : `${keyMeasures} Schlüsselmaßnahmen`}` : ''}.`,
    ),
  ];
  context.fields.forEach(({ field, projects }, index) => {
    blocks.push(heading(2, `${chapter.number}.${index + 1}`, field.name));
    if (field.description.trim()) blocks.push(paragraph(field.description));
    for (const project of projects) {
      blocks.push(
        heading(3, context.projectNumber.get(project.id) ?? null, project.title),
        factSheet(context, project),
        spacer(),
      );
    }
  });
  return blocks;
}

const lines = (items: string[]): CellContent =>
  items.map((item) => paragraph(item, styleIds.tableText));

function factSheet(context: PlanContext, project: PlanProject) {
  const goals = project.strategicGoalIds.flatMap((id) => {
    const number = context.goalNumber.get(id);
    const goal = context.plan.strategicGoals.find((candidate) => candidate.id === id);
    return number && goal ? [`Leitziel ${number}: ${goal.text}`] : [];
  });
  const swot = project.swotIds.flatMap((id) => {
    const entry = context.swotById.get(id);
    return entry ? [`${swotKindLabels[entry.kind]}: ${entry.text}`] : [];
  });
  const ideas = [...(context.ideasByProject.get(project.id) ?? [])]
    .sort((a, b) => b.dots - a.dots)
    .map(
      (idea) =>
        `„${idea.text}“ (${phaseLabels[idea.phase]}, ${idea.dots === 1 ? '1 Punkt' : `${idea.dots} Punkte`})`,
    );
  const budget = [
    project.budgetCents === null ? '' : formatEuro(project.budgetCents),
    project.funding,
  ].filter((part) => part.trim() !== '');
  const milestones = project.milestones.map((milestone) =>
    milestone.month ? `${formatMonth(milestone.month)}: ${milestone.text}` : milestone.text,
  );
  return factTable([
    ['Ziel und Beschreibung', project.description],
    ['Leitziele', lines(goals)],
    ['Zielgruppen', project.targetGroups.join(', ')],
    ['Verantwortlich', project.lead],
    ['Partner', project.partners],
    ['Zeitraum', formatPeriod(project.startMonth, project.endMonth)],
    ['Budget und Finanzierung', lines(budget)],
    ['Indikatoren', project.indicators],
    ['Meilensteine', lines(milestones)],
    ['Priorität', project.priority ?? ''],
    ['Schlüsselmaßnahme', project.keyMeasure ? 'ja' : 'nein'],
    ['Status', projectStatusLabels[project.status]],
    ['Projektziel', project.projectGoal ? projectGoalLabels[project.projectGoal] : ''],
    ['Projektart', project.projectType],
    ['Gebietsbezug', project.areaScope ?? ''],
    ['Bezug zur SWOT-Analyse', lines(swot)],
    ['Herkunft aus der Zukunftswerkstatt', lines(ideas)],
  ]);
}
