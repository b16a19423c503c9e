// Chapter "Handlungsfelder und Maßnahmen": per Handlungsfeld with measures its short text, then
// each measure's Steckbrief; last, the projects still too sketchy for one ("Weitere Projektideen").
import { Paragraph } from 'docx';
import {
  phaseLabels,
  projectGoalLabels,
  projectStatusLabels,
  swotKindLabels,
} from '../../../../shared/domain';
import { formatEuro, formatMonth, formatPeriod } from '../../../../shared/plan';
import type { PlanChapter, PlanProject } from '../../../../shared/plan';
import { steckbriefMostlyEmpty } from '../../../../shared/steckbrief';
import type { Blocks, CellContent } from '../blocks';
import { chapterHeading, heading, paragraph } from '../blocks';
import type { PlanContext } from '../context';
import { factTable } from '../factTable';
import { styleIds } from '../styles';
import { textRuns } from '../text';
import { projectIdeas } from './projectIdeas';

export function massnahmen(context: PlanContext, chapter: PlanChapter): Blocks {
  const measures = context.fields.flatMap(({ projects }) => projects);
  const blocks: Blocks = [chapterHeading(chapter), intro(context, measures)];
  for (const { field, projects } of context.fields) {
    blocks.push(heading(2, field.name));
    if (field.description.trim()) blocks.push(paragraph(field.description));
    for (const project of projects) {
      const number = context.projectNumber.get(project.id) ?? null;
      blocks.push(heading(3, project.title));
      if (steckbriefMostlyEmpty(project)) blocks.push(incompleteMark());
      blocks.push(
        factSheet(context, project, `Steckbrief ${number ? `${number} ` : ''}${project.title}`),
      );
    }
  }
  if (context.projectIdeas.length > 0) {
    blocks.push(...projectIdeas(context));
  }
  return blocks;
}

/** The mark of a Steckbrief printed although mostly empty (when the options say so). */
function incompleteMark() {
  return new Paragraph({
    style: styleIds.note,
    // With its Steckbrief on one page, as the heading above it.
    keepNext: true,
    children: textRuns(
      'Steckbrief unvollständig: Beschreibung, Verantwortlich, Zeitraum, Budget, Indikatoren und Meilensteine sind noch weitgehend offen.',
    ),
  });
}

const count = (n: number, one: string, many: string) => (n === 1 ? one : `${n} ${many}`);

/** How many measures there are, and once for the whole plan what a Maßnahme is. */
function intro(context: PlanContext, measures: PlanProject[]) {
  const keyMeasures = measures.filter((project) => project.keyMeasure).length;
  const ideas = context.projectIdeas.length;
  return paragraph(
    [
      'Jede Maßnahme dieses Werkstattplans ist ein Projekt der Projektbibliothek, das aus den Ideen der Zukunftswerkstatt entstanden ist; ihr Steckbrief sagt, was geschehen soll, wer verantwortlich ist, wann und mit welchen Mitteln.',
      `Der Werkstattplan umfasst ${count(measures.length, 'eine Maßnahme', 'Maßnahmen')} in ${count(context.fields.length, 'einem Handlungsfeld', 'Handlungsfeldern')}${keyMeasures > 0 ? `, davon ${count(keyMeasures, 'eine Schlüsselmaßnahme', 'Schlüsselmaßnahmen')}` : ''}.`,
      ...(ideas > 0
        ? [
            `${count(ideas, 'Ein weiteres Projekt steht', 'weitere Projekte stehen')} mit noch unvollständigem Steckbrief am Ende des Kapitels unter „Weitere Projektideen“.`,
          ]
        : []),
    ].join(' '),
  );
}

const lines = (items: string[]): CellContent =>
  items.map((text) => ({ text, style: styleIds.tableText }));

function factSheet(context: PlanContext, project: PlanProject, title: string) {
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
  return factTable(
    [
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
    ],
    title,
  );
}
