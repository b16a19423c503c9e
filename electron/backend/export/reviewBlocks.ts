// Blocks of the Zwischenbilanz that the Werkstattplan's chapter and the review's own document
// share: the traffic light in words and colour, the review table, the comparison with the Fassung.
import { Paragraph, TextRun } from 'docx';
import { projectStatusLabels, trafficLightNames } from '../../../shared/domain';
import type { TrafficLight } from '../../../shared/domain';
import { formatDate } from '../../../shared/plan';
import type { PlanReview } from '../../../shared/plan';
import { changeLabels } from '../../../shared/review';
import type { ReviewMeasure } from '../../../shared/review';
import type { Blocks, CellContent, FilledColumn } from './blocks';
import { bullets, filledTable, paragraph } from './blocks';
import { tableCaption } from './captions';
import { styleIds } from './styles';
import { textRuns } from './text';

const lightColors: Record<TrafficLight, string> = {
  gruen: '2E7D32',
  gelb: 'B58100',
  rot: 'C62828',
};

/** The light as a coloured dot and its name: readable without colour, and in black and white. */
export function lightParagraph(light: TrafficLight | null, style = styleIds.tableText): Paragraph {
  if (light === null) return paragraph('ohne Einschätzung', style);
  return new Paragraph({
    style,
    children: [
      new TextRun({ text: '● ', color: lightColors[light] }),
      new TextRun({ text: trafficLightNames[light], bold: true }),
    ],
  });
}

/** The measure's title, with "neu seit der Fassung" or "entfallen" beneath when it is so. */
function titleCell(measure: ReviewMeasure): CellContent {
  const change = measure.change === 'added' || measure.change === 'dropped' ? measure.change : null;
  return [
    { text: measure.title, style: styleIds.tableText },
    ...(change ? [{ text: changeLabels[change], style: styleIds.note }] : []),
  ];
}

function progressCell(measure: ReviewMeasure): CellContent {
  if (measure.trafficLight === null && measure.progress.trim() === '') return '';
  return [
    lightParagraph(measure.trafficLight),
    ...(measure.progress.trim() ? [{ text: measure.progress, style: styleIds.tableText }] : []),
  ];
}

const reviewColumns: FilledColumn<ReviewMeasure>[] = [
  { title: 'Maßnahme', width: 2100, always: true, value: titleCell },
  { title: 'Status', width: 1600, always: true, value: (m) => projectStatusLabels[m.status] },
  { title: 'Fortschritt', width: 1950, value: progressCell },
  { title: 'Hemmnisse', width: 1800, value: (m) => m.barriers },
  { title: 'Förderliche Faktoren', width: 1904, value: (m) => m.enablers },
];

/** Maßnahme, Status, Fortschritt, Hemmnisse, Förderliche Faktoren: one row per measure. */
export const reviewTable = (measures: readonly ReviewMeasure[]) =>
  filledTable(reviewColumns, measures);

interface DifferenceRow {
  measure: string;
  label: string;
  then: string;
  now: string;
}

const comparisonColumns: FilledColumn<DifferenceRow>[] = [
  { title: 'Maßnahme', width: 2600, always: true, value: (row) => row.measure },
  { title: 'Angabe', width: 1800, always: true, value: (row) => row.label },
  { title: 'Laut Fassung', width: 2450, always: true, value: (row) => row.then },
  { title: 'Heute', width: 2450, always: true, value: (row) => row.now },
];

/** Whether the review has anything to compare: differing facts, measures added or dropped. */
export const hasComparison = (review: PlanReview) =>
  review.measures.some(
    (m) => m.differences.length > 0 || m.change === 'added' || m.change === 'dropped',
  );

/** Where today differs from the Fassung: the differing facts side by side, then what came and went. */
export function comparisonBlocks(review: PlanReview): Blocks {
  const rows = review.measures.flatMap((measure) =>
    measure.differences.map((difference) => ({ measure: measure.title, ...difference })),
  );
  const titles = (change: 'added' | 'dropped') =>
    review.measures.filter((m) => m.change === change).map((m) => m.title);
  const blocks: Blocks = [];
  const fassung = review.versionLabel ? `der Fassung „${review.versionLabel}“` : 'der Fassung';
  if (rows.length > 0) {
    blocks.push(
      paragraph(`Wo die Maßnahmen heute von ${fassung} abweichen:`),
      tableCaption(`Abweichungen von ${fassung}`),
      filledTable(comparisonColumns, rows),
    );
  }
  // The first paragraph after the comparison table keeps its distance by its style.
  let style: string | undefined = rows.length > 0 ? styleIds.afterTable : undefined;
  for (const [change, intro] of [
    ['added', `Neu seit ${fassung}:`],
    ['dropped', `Entfallen seit ${fassung}:`],
  ] as const) {
    const list = titles(change);
    if (list.length === 0) continue;
    blocks.push(paragraph(intro, style), ...bullets(list));
    style = undefined;
  }
  return blocks;
}

/** The agreed adjustments, one per line as they were typed, as a list. */
export const adjustmentBlocks = (review: PlanReview): Blocks =>
  bullets(
    review.adjustments
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
  );

/** "Stand: 23.09.2027. Grundlage ist die Fassung „…“ des Werkstattplans." */
export function reviewBasis(review: PlanReview): Paragraph {
  const basis = review.versionLabel
    ? `Grundlage ist die Fassung „${review.versionLabel}“ des Werkstattplans.`
    : '';
  return new Paragraph({
    style: styleIds.note,
    children: textRuns(`Stand: ${formatDate(review.date)}. ${basis}`.trim()),
  });
}
