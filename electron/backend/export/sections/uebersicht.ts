// Chapter "Maßnahmenübersicht" (landscape): all measures in one table by Handlungsfeld, with their
// budget and Fördermittel, the sums per Handlungsfeld and overall, priority and dots, and a
// Zeitplan by quarter (by year when the plan runs longer than the page has room for quarters).
import { projectStatusLabels } from '../../../../shared/domain';
import { dotsWord } from '../../../../shared/dots';
import { formatEuro, monthIndex, planTimeline, timelineCells } from '../../../../shared/plan';
import type { PlanChapter, PlanProject, Timeline } from '../../../../shared/plan';
import type { Blocks, CellSpec, Column } from '../blocks';
import { chapterHeading, dataTable, note, paragraph, textWidth } from '../blocks';
import { tableCaption } from '../captions';
import type { PlanContext } from '../context';
import { colors, styleIds } from '../styles';
import { budgetSum, shortened, totalDots } from './measureFigures';
import type { BudgetSum } from './measureFigures';

const fixedColumns: Column[] = [
  { title: 'Maßnahme', width: 3000 },
  { title: 'Verantwortlich', width: 1850 },
  { title: 'Budget', width: 1150 },
  { title: 'Fördermittel', width: 1800 },
  { title: 'Priorität', width: 1050 },
  { title: 'Status', width: 1150 },
];
/** The sum rows label the columns before the budget and leave those after it empty. */
const budgetColumn = fixedColumns.findIndex((column) => column.title === 'Budget');

export function uebersicht(context: PlanContext, chapter: PlanChapter): Blocks {
  const projects = context.fields.flatMap(({ projects }) => projects);
  const timeline = planTimeline(projects);
  const columns = tableColumns(timeline);
  const rest = columns.length - budgetColumn - 1;
  const sumRow = (label: string, sum: BudgetSum, fill: string) => [
    { content: label, columnSpan: budgetColumn, fill, style: styleIds.overviewHead },
    { content: sum.given > 0 ? formatEuro(sum.cents) : '–', fill, style: styleIds.overviewNumber },
    { content: '', columnSpan: rest, fill },
  ];

  const rows: (CellSpec | string)[][] = [];
  const groupRows = new Set<number>();
  const sumRows = new Set<number>();
  for (const { field, projects: measures } of context.fields) {
    groupRows.add(rows.length);
    rows.push([
      {
        content: field.name,
        columnSpan: columns.length,
        fill: colors.groupFill,
        style: styleIds.overviewHead,
      },
    ]);
    for (const project of measures) rows.push(measureRow(context, project, timeline));
    sumRows.add(rows.length);
    rows.push(sumRow(`Summe ${field.name}`, budgetSum(measures), colors.labelFill));
  }
  const total = budgetSum(projects);
  sumRows.add(rows.length);
  rows.push(sumRow('Summe', total, colors.headerFill));

  return [
    chapterHeading(chapter),
    paragraph(
      `Alle Maßnahmen auf einen Blick, nach Handlungsfeldern, mit Budget und Summen. Der Zeitplan zeigt die ${timeline?.unit === 'year' ? 'Jahre' : 'Quartale'}, in denen eine Maßnahme läuft (farbig hinterlegt).`,
    ),
    tableCaption('Maßnahmen mit Budget, Priorität und Zeitplan'),
    dataTable({
      columns,
      rows,
      headerRowsAbove: timeline?.unit === 'quarter' ? [yearRow(timeline)] : [],
      textStyle: styleIds.overviewText,
      headStyle: styleIds.overviewHead,
      // Narrow padding, so "Q3" fits a quarter's column even with 16 of them.
      cellPadding: 45,
      // A Handlungsfeld's name never stands alone at the foot of a page, nor a sum at the head of
      // the next: it goes with the rows it adds up.
      keepWithNext: (row) => groupRows.has(row) || sumRows.has(row + 1),
    }),
    ...(total.missing > 0
      ? [
          note(
            `${total.missing === 1 ? 'Für eine Maßnahme ist' : `Für ${total.missing} Maßnahmen ist`} kein Budget angegeben; die Summen enthalten nur die angegebenen Beträge.`,
          ),
        ]
      : []),
    ...(timeline ? [] : [note('Für keine Maßnahme ist ein Zeitraum angegeben.')]),
  ];
}

/** The fixed columns and one per quarter or year; without a Zeitplan the title takes its width. */
function tableColumns(timeline: Timeline | null): Column[] {
  const fixedWidth = fixedColumns.reduce((sum, column) => sum + column.width, 0);
  const timeColumns = timeline?.columns ?? [];
  if (timeColumns.length === 0) {
    return fixedColumns.map((column, index) =>
      index === 0 ? { ...column, width: column.width + textWidth.landscape - fixedWidth } : column,
    );
  }
  const timeWidth = Math.floor((textWidth.landscape - fixedWidth) / timeColumns.length);
  return [
    ...fixedColumns,
    ...timeColumns.map((column) => ({ title: column.label, width: timeWidth })),
  ];
}

function yearRow(timeline: Timeline): CellSpec[] {
  return [
    { content: '', columnSpan: fixedColumns.length },
    ...timeline.years.map((year) => ({
      content: year.span === 1 ? `’${year.label.slice(2)}` : year.label,
      columnSpan: year.span,
    })),
  ];
}

function measureRow(
  context: PlanContext,
  project: PlanProject,
  timeline: Timeline | null,
): (CellSpec | string)[] {
  const number = context.projectNumber.get(project.id);
  const title = `${number ? `${number} ` : ''}${project.title}`;
  // The period in words too: the coloured cells alone say nothing to a screen reader.
  const details = [
    project.keyMeasure ? 'Schlüsselmaßnahme' : '',
    shortPeriod(project.startMonth, project.endMonth),
  ].filter(Boolean);
  const cells: (CellSpec | string)[] = [
    {
      content: [
        { text: title, style: styleIds.overviewText },
        ...(details.length ? [{ text: details.join(' · '), style: styleIds.overviewDetail }] : []),
      ],
    },
    project.lead,
    {
      content: project.budgetCents === null ? '' : formatEuro(project.budgetCents),
      style: styleIds.overviewNumber,
    },
    // The whole text stands in the Steckbrief; here its beginning is enough to tell the source.
    { content: shortened(project.funding, 90), style: styleIds.overviewDetail },
    {
      content: [
        ...(project.priority ? [{ text: project.priority, style: styleIds.overviewText }] : []),
        { text: dotsWord(totalDots(context, project)), style: styleIds.overviewDetail },
      ],
    },
    projectStatusLabels[project.status],
  ];
  if (timeline) {
    // The quarters a project runs in form one filled cell, a bar; the others keep their grid.
    const filled = timelineCells(timeline, project);
    for (let column = 0; column < filled.length;) {
      let span = 1;
      if (filled[column]) {
        while (filled[column + span]) span++;
        cells.push({ content: '', fill: colors.timelineFill, columnSpan: span });
      } else {
        cells.push('');
      }
      column += span;
    }
  }
  return cells;
}

/** "10/2026 – 12/2028" */
function shortPeriod(start: string | null, end: string | null): string {
  const format = (month: string | null) => {
    const index = monthIndex(month);
    return index === null
      ? ''
      : `${String((index % 12) + 1).padStart(2, '0')}/${Math.floor(index / 12)}`;
  };
  const from = format(start);
  const to = format(end);
  if (from && to) return from === to ? from : `${from} – ${to}`;
  return from ? `ab ${from}` : to ? `bis ${to}` : '';
}
