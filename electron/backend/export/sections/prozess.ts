// Chapter "Prozess": the five steps with their dates and results, the Kick-Off, the
// Zukunftswerkstatt sessions, and who took part — names only when the plan is to show them.
import { stepLabels, stepStatusLabels } from '../../../../shared/domain';
import { formatDate, formatDateRange, formatNumber, kickoffHasData } from '../../../../shared/plan';
import type { PlanActor, PlanChapter, PlanData, PlanStep } from '../../../../shared/plan';
import type { Blocks, FilledColumn } from '../blocks';
import {
  bullets,
  dataTable,
  filledTable,
  chapterHeading,
  heading,
  note,
  paragraph,
  textWidth,
} from '../blocks';
import { tableCaption } from '../captions';
import type { PlanContext } from '../context';
import { styleIds } from '../styles';

const stepColumns: FilledColumn<PlanStep>[] = [
  { title: 'Schritt', width: 2000, always: true, value: (step) => stepLabels[step.key] },
  { title: 'Status', width: 1550, always: true, value: (step) => stepStatusLabels[step.status] },
  {
    title: 'Zeitraum',
    width: 1400,
    value: (step) => formatDateRange(step.startDate, step.endDate),
  },
  { title: 'Abschluss', width: 1400, value: (step) => formatDate(step.doneDate) },
  { title: 'Ergebnisse', width: 3004, value: (step) => step.notes },
];

export function prozess(context: PlanContext, chapter: PlanChapter): Blocks {
  const { plan } = context;
  const blocks: Blocks = [chapterHeading(chapter)];

  blocks.push(
    heading(2, 'Die fünf Prozessschritte'),
    tableCaption('Stand der fünf Prozessschritte'),
    filledTable(stepColumns, plan.steps),
  );

  if (kickoffHasData(plan.kickoff)) {
    blocks.push(heading(2, 'Kick-Off'), ...kickoffBlocks(plan));
  }
  if (plan.workshops.length > 0) {
    blocks.push(heading(2, 'Zukunftswerkstätten'), ...workshopBlocks(plan));
  }
  if (plan.actors.length > 0) {
    blocks.push(
      heading(2, 'Beteiligte Akteure'),
      ...actorBlocks(plan.actors, !context.options.anonymiseNames),
    );
  }
  return blocks;
}

function kickoffBlocks({ kickoff }: PlanData): Blocks {
  const facts = [
    kickoff.date ? `am ${formatDate(kickoff.date)}` : '',
    kickoff.place.trim() ? `in ${kickoff.place}` : '',
    kickoff.invitedBy.trim() ? `auf Einladung von ${kickoff.invitedBy}` : '',
  ].filter(Boolean);
  const sentences: string[] = [];
  if (facts.length > 0 || kickoff.participantCount !== null) {
    const who =
      kickoff.participantCount === null
        ? 'kamen die Akteure'
        : `kamen ${formatNumber(kickoff.participantCount)} Teilnehmende`;
    sentences.push(`Zum Kick-Off ${who}${facts.length ? ` ${facts.join(' ')}` : ''} zusammen.`);
  }
  if (kickoff.headPresent) sentences.push('Die Verwaltungsspitze nahm teil.');
  const blocks: Blocks = sentences.length ? [paragraph(sentences.join(' '))] : [];
  if (kickoff.agreements.length > 0) {
    blocks.push(paragraph('Vereinbarte Ziele und Absprachen:'), ...bullets(kickoff.agreements));
  }
  if (kickoff.nextSteps.trim()) {
    blocks.push(paragraph('Nächste Schritte:'), paragraph(kickoff.nextSteps));
  }
  return blocks;
}

function workshopBlocks(plan: PlanData): Blocks {
  const ideaCount = new Map<number, number>();
  for (const idea of plan.ideas) {
    if (idea.workshopId !== null) {
      ideaCount.set(idea.workshopId, (ideaCount.get(idea.workshopId) ?? 0) + 1);
    }
  }
  const participants = plan.workshops.reduce((sum, w) => sum + (w.participantCount ?? 0), 0);
  const blocks: Blocks = [];
  if (participants > 0) {
    blocks.push(
      paragraph(
        `In ${plan.workshops.length === 1 ? 'einer Zukunftswerkstatt' : `${plan.workshops.length} Zukunftswerkstätten`} haben insgesamt ${formatNumber(participants)} Menschen mitgearbeitet und ${formatNumber(plan.ideas.length)} Ideen gesammelt.`,
      ),
    );
  }
  blocks.push(
    tableCaption('Zukunftswerkstätten mit Teilnehmenden und Ideen'),
    dataTable({
      columns: [
        { title: 'Veranstaltung', width: textWidth.portrait - 5600 },
        { title: 'Datum', width: 1300 },
        { title: 'Ort', width: 1650 },
        { title: 'Teilnehmende', width: 1850 },
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
  );
  return blocks;
}

function actorBlocks(actors: PlanActor[], withNames: boolean): Blocks {
  const steering = (actor: PlanActor) => (actor.steeringGroup ? 'ja' : '');
  const columns: FilledColumn<PlanActor>[] = [
    ...(withNames
      ? [{ title: 'Name', width: 2300, always: true, value: (actor: PlanActor) => actor.name }]
      : []),
    { title: 'Organisation', width: 3200, value: (actor) => actor.organisation },
    { title: 'Rolle im Prozess', width: 1900, value: (actor) => actor.role },
    { title: 'Steuerungsgruppe', width: 1954, value: steering },
  ];
  // Without names, two people of one organisation and role would be two equal rows.
  const rows = withNames
    ? actors
    : [
        ...new Map(
          actors.map((actor) => [
            [actor.organisation, actor.role, steering(actor)].join('\u0000'),
            actor,
          ]),
        ).values(),
      ].filter((actor) => actor.organisation.trim() !== '' || actor.role.trim() !== '');
  if (rows.length === 0) {
    return [note('Die Akteure sind namentlich erfasst; Namen erscheinen im Werkstattplan nicht.')];
  }
  return [
    tableCaption(
      withNames ? 'Beteiligte Akteure' : 'Beteiligte Akteure nach Organisation und Rolle',
    ),
    filledTable(columns, rows),
    ...(withNames
      ? []
      : [
          paragraph(
            'Zum Schutz personenbezogener Daten sind nur Organisation und Rolle genannt.',
            styleIds.noteAfterTable,
          ),
        ]),
  ];
}
