// "Weitere Projektideen": the projects whose Steckbrief is still mostly empty, as one compact table
// after the Steckbriefe instead of a skeleton table each.
import type { PlanProject } from '../../../../shared/plan';
import type { Blocks } from '../blocks';
import { dataTable, heading, paragraph } from '../blocks';
import { tableCaption } from '../captions';
import type { PlanContext } from '../context';
import { styleIds } from '../styles';
import { shortened, totalDots } from './measureFigures';

/** At most this many ideas per project; the rest are counted. */
const ideasShown = 3;

function ideasCell(context: PlanContext, project: PlanProject) {
  const ideas = [...(context.ideasByProject.get(project.id) ?? [])].sort((a, b) => b.dots - a.dots);
  const rest = ideas.length - ideasShown;
  return [
    ...ideas
      .slice(0, ideasShown)
      .map((idea) => paragraph(`„${shortened(idea.text)}“`, styleIds.tableText)),
    ...(rest > 0
      ? [
          paragraph(
            rest === 1 ? 'und 1 weitere Idee' : `und ${rest} weitere Ideen`,
            styleIds.tableText,
          ),
        ]
      : []),
  ];
}

export function projectIdeas(context: PlanContext): Blocks {
  const projects = [...context.projectIdeas].sort(
    (a, b) => totalDots(context, b) - totalDots(context, a),
  );
  return [
    heading(2, 'Weitere Projektideen'),
    paragraph(
      'Diese Projekte aus der Zukunftswerkstatt sind noch nicht so weit ausgearbeitet, dass sie als Maßnahme mit eigenem Steckbrief beschlossen werden könnten. Sie bleiben als Ideen festgehalten, geordnet nach den vergebenen Punkten, und können bei der Fortschreibung des Werkstattplans aufgegriffen werden.',
    ),
    tableCaption('Weitere Projektideen nach Punkten'),
    dataTable({
      columns: [
        { title: 'Projektidee', width: 2600 },
        { title: 'Handlungsfeld', width: 1800 },
        { title: 'Ideen aus der Zukunftswerkstatt', width: 3954 },
        { title: 'Punkte', width: 1000 },
      ],
      rows: projects.map((project) => [
        [
          paragraph(project.title, styleIds.tableText),
          ...(project.description.trim()
            ? [paragraph(shortened(project.description, 160), styleIds.note)]
            : []),
        ],
        context.fieldName.get(project.actionFieldId) ?? '',
        ideasCell(context, project),
        { content: [paragraph(String(totalDots(context, project)), styleIds.tableNumber)] },
      ]),
    }),
  ];
}
