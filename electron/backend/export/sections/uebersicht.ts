// Chapter "Maßnahmenübersicht" (landscape): all measures in one table with a Zeitplan by quarter
// (by year when the plan runs longer than the page has room for quarters).
import { projectStatusLabels } from '../../../../shared/domain';
import { monthIndex, planTimeline, timelineCells } from '../../../../shared/plan';
import type { PlanChapter } from '../../../../shared/plan';
import type { Blocks, CellSpec, Column } from '../blocks';
import { dataTable, heading, note, paragraph, textWidth } from '../blocks';
import type { PlanContext } from '../context';
import { colors, styleIds } from '../styles';

const fixedColumns: Column[] = [
  { title: 'Maßnahme', width: 3350 },
  { title: 'Handlungsfeld', width: 1800 },
  { title: 'Verantwortlich', width: 2100 },
  { title: 'Priorität', width: 950 },
  { title: 'Status', width: 1250 },
];

export function uebersicht(context: PlanContext, chapter: PlanChapter): Blocks {
  const projects = context.fields.flatMap(({ projects }) => projects);
  const timeline = planTimeline(projects);
  const fixedWidth = fixedColumns.reduce((sum, column) => sum + column.width, 0);
  const timeColumns = timeline?.columns ?? [];
  const timeWidth =
    timeColumns.length > 0
      ? Math.floor((textWidth.landscape - fixedWidth) / timeColumns.length)
      : 0;
  const columns: Column[] = [
    ...(timeColumns.length > 0
      ? fixedColumns
      : fixedColumns.map((column, index) =>
          index === 0
            ? { ...column, width: column.width + textWidth.landscape - fixedWidth }
            : column,
        )),
    ...timeColumns.map((column) => ({ title: column.label, width: timeWidth })),
  ];
  const yearRow: CellSpec[] | null =
    timeline && timeline.unit === 'quarter'
      ? [
          { content: '', columnSpan: fixedColumns.length },
          ...timeline.years.map((year) => ({
            content: year.span === 1 ? `’${year.label.slice(2)}` : year.label,
            columnSpan: year.span,
          })),
        ]
      : null;

  const rows = projects.map((project) => {
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
          paragraph(title, styleIds.overviewText),
          ...(details.length ? [paragraph(details.join(' · '), styleIds.overviewDetail)] : []),
        ],
      },
      context.fieldName.get(project.actionFieldId) ?? '',
      project.lead,
      project.priority ?? '',
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
  });

  return [
    heading(1, chapter.number, chapter.title),
    paragraph(
      timeline?.unit === 'year'
        ? 'Alle Maßnahmen auf einen Blick. Der Zeitplan zeigt die Jahre, in denen eine Maßnahme läuft (farbig hinterlegt).'
        : 'Alle Maßnahmen auf einen Blick. Der Zeitplan zeigt die Quartale, in denen eine Maßnahme läuft (farbig hinterlegt).',
    ),
    dataTable({
      columns,
      rows,
      headerRowsAbove: yearRow ? [yearRow] : [],
      textStyle: styleIds.overviewText,
      headStyle: styleIds.overviewHead,
      // Narrow padding, so "Q3" fits a quarter's column even with 16 of them.
      cellPadding: 45,
    }),
    ...(timeline ? [] : [note('Für keine Maßnahme ist ein Zeitraum angegeben.')]),
  ];
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
