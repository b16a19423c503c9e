// Chapter "Umsetzung und Zwischenbilanz" (only when reviews exist): per review its overall notes,
// the state of each measure, the comparison with the Fassung and the agreed adjustments.
import { formatDate } from '../../../../shared/plan';
import type { PlanChapter } from '../../../../shared/plan';
import type { Blocks } from '../blocks';
import { heading, Numbered, paragraph } from '../blocks';
import type { PlanContext } from '../context';
import {
  adjustmentBlocks,
  comparisonBlocks,
  hasComparison,
  reviewBasis,
  reviewTable,
} from '../reviewBlocks';

export function zwischenbilanz(context: PlanContext, chapter: PlanChapter): Blocks {
  const numbered = new Numbered(chapter.number ?? '');
  const blocks: Blocks = [heading(1, chapter.number, chapter.title)];
  for (const review of context.plan.reviews) {
    const section = numbered.next();
    blocks.push(
      heading(2, section.number, `Zwischenbilanz vom ${formatDate(review.date)}`),
      reviewBasis(review),
    );
    if (review.notes.trim()) blocks.push(paragraph(review.notes));
    if (review.measures.length > 0) {
      blocks.push(
        heading(3, section.next().number, 'Stand der Maßnahmen'),
        reviewTable(review.measures),
      );
    }
    if (hasComparison(review)) {
      blocks.push(
        heading(3, section.next().number, 'Vergleich mit der Fassung'),
        ...comparisonBlocks(review),
      );
    }
    if (review.adjustments.trim()) {
      blocks.push(
        heading(3, section.next().number, 'Vereinbarte Anpassungen'),
        ...adjustmentBlocks(review),
      );
    }
  }
  return blocks;
}
