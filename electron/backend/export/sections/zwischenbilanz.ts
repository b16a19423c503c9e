// Chapter "Umsetzung und Zwischenbilanz" (only when reviews exist): per review its overall notes,
// the state of each measure, the comparison with the Fassung and the agreed adjustments.
import { formatDate } from '../../../../shared/plan';
import type { PlanChapter } from '../../../../shared/plan';
import type { Blocks } from '../blocks';
import { chapterHeading, heading, paragraph } from '../blocks';
import { tableCaption } from '../captions';
import type { PlanContext } from '../context';
import {
  adjustmentBlocks,
  comparisonBlocks,
  hasComparison,
  reviewBasis,
  reviewTable,
} from '../reviewBlocks';

export function zwischenbilanz(context: PlanContext, chapter: PlanChapter): Blocks {
  const blocks: Blocks = [chapterHeading(chapter)];
  for (const review of context.plan.reviews) {
    blocks.push(heading(2, `Zwischenbilanz vom ${formatDate(review.date)}`), reviewBasis(review));
    if (review.notes.trim()) blocks.push(paragraph(review.notes));
    if (review.measures.length > 0) {
      blocks.push(
        heading(3, 'Stand der Maßnahmen'),
        tableCaption(`Stand der Maßnahmen am ${formatDate(review.date)}`),
        reviewTable(review.measures),
      );
    }
    if (hasComparison(review)) {
      blocks.push(heading(3, 'Vergleich mit der Fassung'), ...comparisonBlocks(review));
    }
    if (review.adjustments.trim()) {
      blocks.push(heading(3, 'Vereinbarte Anpassungen'), ...adjustmentBlocks(review));
    }
  }
  return blocks;
}
