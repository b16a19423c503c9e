// "Zwischenbilanz" as a Word document of its own: title page and contents like the Werkstattplan,
// an overview with the traffic lights counted, per Handlungsfeld each measure's sheet, the
// comparison with the Fassung and the agreed adjustments.
import type { Document } from 'docx';
import { projectStatusLabels, trafficLights } from '../../../shared/domain';
import { AppFailure } from '../../../shared/errors';
import { formatDate, formatLongDate } from '../../../shared/plan';
import type { PlanData, PlanReview } from '../../../shared/plan';
import { changeLabels } from '../../../shared/review';
import type { ReviewMeasure } from '../../../shared/review';
import type { Blocks } from './blocks';
import { dataTable, heading, paragraph } from './blocks';
import { tableCaption } from './captions';
import { factTable } from './factTable';
import type { DocumentFacts } from './document';
import { portrait, sectionMaker, wordDocument } from './frame';
import {
  adjustmentBlocks,
  comparisonBlocks,
  hasComparison,
  lightParagraph,
  reviewBasis,
} from './reviewBlocks';
import { kommuneDetails, tableOfContents, titlePage } from './sections/front';
import { styleIds } from './styles';
import { sanitizeLine } from './text';
import { packDocument } from './xmlBlocks';

export const reviewTitle = (review: PlanReview) => `Zwischenbilanz vom ${formatDate(review.date)}`;

export function buildZwischenbilanz(
  plan: PlanData,
  reviewId: number,
  facts: DocumentFacts,
): Document {
  const review = plan.reviews.find((candidate) => candidate.id === reviewId);
  if (!review) throw new AppFailure('NOT_FOUND', 'Diese Zwischenbilanz gibt es nicht mehr.');
  const kommune = sanitizeLine(plan.kommune.name);
  const title = reviewTitle(review);
  const details = [
    ...(review.versionLabel ? [`Verglichen mit der Fassung: ${review.versionLabel}`] : []),
    `Stand: ${formatLongDate(review.date)}`,
    ...kommuneDetails(plan.kommune),
  ];
  const body: Blocks = [
    ...titlePage(plan.kommune, 'Zwischenbilanz', details),
    ...tableOfContents(review.measures.length),
    ...overview(review),
    ...measureSheets(review),
  ];
  if (hasComparison(review)) {
    body.push(heading(1, 'Vergleich mit der Fassung'), ...comparisonBlocks(review));
  }
  if (review.adjustments.trim()) {
    body.push(heading(1, 'Vereinbarte Anpassungen'), ...adjustmentBlocks(review));
  }
  return wordDocument(
    {
      title: `${title} ${kommune}`,
      subject: `Demografiestrategie ${kommune}: Umsetzung des Werkstattplans`,
      creator: facts.creator,
      keywords: ['Zwischenbilanz', 'Werkstattplan', 'Demografiestrategie', kommune],
      description: `Zwischenbilanz der Kommune ${kommune}, erstellt mit Kommunalwerkstatt.`,
    },
    [sectionMaker(kommune, title)(portrait, body, true)],
  );
}

function overview(review: PlanReview): Blocks {
  const count = (light: ReviewMeasure['trafficLight']) =>
    review.measures.filter((measure) => measure.trafficLight === light).length;
  const unrated = count(null);
  return [
    heading(1, 'Überblick'),
    reviewBasis(review),
    ...(review.notes.trim() ? [paragraph(review.notes)] : []),
    tableCaption('Maßnahmen nach Einschätzung'),
    dataTable({
      columns: [
        { title: 'Einschätzung', width: 6354 },
        { title: 'Maßnahmen', width: 3000 },
      ],
      rows: [
        ...trafficLights.map((light) => [[lightParagraph(light)], String(count(light))]),
        ...(unrated > 0 ? [['ohne Einschätzung', String(unrated)]] : []),
      ],
    }),
  ];
}

/** Per Handlungsfeld (in the order the measures come) a sheet for each of its measures. */
function measureSheets(review: PlanReview): Blocks {
  const fields = new Map<string, ReviewMeasure[]>();
  for (const measure of review.measures) {
    const list = fields.get(measure.actionField);
    if (list) list.push(measure);
    else fields.set(measure.actionField, [measure]);
  }
  const blocks: Blocks = [heading(1, 'Maßnahmen nach Handlungsfeldern')];
  for (const [field, measures] of fields) {
    blocks.push(heading(2, field || 'Weitere Maßnahmen'));
    for (const measure of measures) {
      blocks.push(heading(3, measure.title), sheet(measure));
    }
  }
  return blocks;
}

function sheet(measure: ReviewMeasure) {
  const change = measure.change === 'added' || measure.change === 'dropped' ? measure.change : null;
  const differences = measure.differences.map((difference) => ({
    text: `${difference.label}: ${difference.then || '–'} → heute ${difference.now || '–'}`,
    style: styleIds.tableText,
  }));
  return factTable([
    ['Gegenüber der Fassung', change ? changeLabels[change] : ''],
    ['Status', projectStatusLabels[measure.status]],
    ['Ampel', measure.trafficLight === null ? '' : [lightParagraph(measure.trafficLight)]],
    ['Fortschritt', measure.progress],
    ['Hemmnisse', measure.barriers],
    ['Förderliche Faktoren', measure.enablers],
    ['Nächste Schritte', measure.nextSteps],
    ['Indikatoren laut Fassung', measure.indicatorTarget],
    ['Stand der Indikatoren', measure.indicatorNow],
    ['Abweichungen', differences],
  ]);
}

/** The finished .docx file. */
export async function renderZwischenbilanz(
  plan: PlanData,
  reviewId: number,
  facts: DocumentFacts,
): Promise<Buffer> {
  return packDocument(buildZwischenbilanz(plan, reviewId, facts));
}
