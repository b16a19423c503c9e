// Chapter "Prozess": the five steps, the Zukunftswerkstatt sessions, and who took part — with
// names left out when the plan is anonymised (organisation and role only).
import { stepLabels, stepStatusLabels } from '../../../../shared/domain';
import { formatDate, formatDateRange, formatNumber } from '../../../../shared/plan';
import type { PlanChapter } from '../../../../shared/plan';
import type { Blocks } from '../blocks';
import { dataTable, heading, note, Numbered, paragraph, spacer, textWidth } from '../blocks';
import type { PlanContext } from '../context';
import { styleIds } from '../styles';

export function prozess(context: PlanContext, chapter: PlanChapter): Blocks {
  const { plan, options } = context;
  const numbered = new Numbered(chapter.number ?? '');
  const blocks: Blocks = [heading(1, chapter.number, chapter.title)];

  blocks.push(heading(2, numbered.next().number, 'Die fünf Prozessschritte'));
  blocks.push(
    dataTable({
      columns: [
        { title: 'Schritt', width: 1900 },
        { title: 'Status', width: 1600 },
        { title: 'Zeitraum', width: 2100 },
        { title: 'Ergebnisse und Notizen', width: textWidth.portrait - 5600 },
      ],
      rows: plan.steps.map((step) => [
        stepLabels[step.key],
        stepStatusLabels[step.status],
        formatDateRange(step.startDate, step.endDate),
        step.notes,
      ]),
    }),
    spacer(),
  );

  if (plan.workshops.length > 0) {
    const ideaCount = new Map<number, number>();
    for (const idea of plan.ideas) {
      if (idea.workshopId !== null) {
        ideaCount.set(idea.workshopId, (ideaCount.get(idea.workshopId) ?? 0) + 1);
      }
    }
    const participants = plan.workshops.reduce((sum, w) => sum + (w.participantCount ?? 0), 0);
    blocks.push(heading(2, numbered.next().number, 'Zukunftswerkstätten'));
    if (participants > 0) {
      blocks.push(
        paragraph(
          `In ${plan.workshops.length === 1 ? 'einer Zukunftswerkstatt' : `${plan.workshops.length} Zukunftswerkstätten`} haben insgesamt ${formatNumber(participants)} Menschen mitgearbeitet und ${formatNumber(plan.ideas.length)} Ideen gesammelt.`,
        ),
      );
    }
    blocks.push(
      dataTable({
        columns: [
          { title: 'Veranstaltung', width: textWidth.portrait - 5600 },
          { title: 'Datum', width: 1300 },
          { title: 'Ort', width: 1850 },
          { title: 'Teilnehmende', width: 1650 },
          { title: 'Ideen', width: 800 },
        ],
        rows: plan.workshops.map((workshop) => [
          [
            paragraph(workshop.title, styleIds.tableText),
            ...(workshop.groups.length > 0
              ? [paragraph(`Arbeitsgruppen: ${workshop.groups.join('; ')}`, styleIds.note)]
              : []),
          ],
          formatDate(workshop.date),
          workshop.place,
          workshop.participantCount === null ? '' : formatNumber(workshop.participantCount),
          formatNumber(ideaCount.get(workshop.id) ?? 0),
        ]),
      }),
      spacer(),
    );
  }

  if (plan.actors.length > 0) {
    blocks.push(heading(2, numbered.next().number, 'Beteiligte Akteure'));
    const anonymous = options.anonymiseNames;
    blocks.push(
      dataTable({
        columns: anonymous
          ? [
              { title: 'Organisation', width: 5400 },
              { title: 'Rolle im Prozess', width: textWidth.portrait - 5400 },
            ]
          : [
              { title: 'Name', width: 2900 },
              { title: 'Organisation', width: 3600 },
              { title: 'Rolle im Prozess', width: textWidth.portrait - 6500 },
            ],
        rows: anonymous
          ? // Without names, two people of one organisation and role would be two equal rows.
            [
              ...new Map(
                plan.actors.map((actor) => [
                  `${actor.organisation}\u0000${actor.role}`,
                  [actor.organisation, actor.role],
                ]),
              ).values(),
            ]
          : plan.actors.map((actor) => [actor.name, actor.organisation, actor.role]),
      }),
      anonymous
        ? note('Zum Schutz personenbezogener Daten sind nur Organisation und Rolle genannt.')
        : spacer(),
    );
  }
  return blocks;
}
