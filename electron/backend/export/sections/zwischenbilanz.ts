// Chapter "Umsetzung und Zwischenbilanz" (only when reviews exist): per review its notes and the
// state of each measure.
import { projectStatusLabels } from '../../../../shared/domain';
import { formatDate } from '../../../../shared/plan';
import type { PlanChapter } from '../../../../shared/plan';
import type { Blocks } from '../blocks';
import { dataTable, heading, Numbered, paragraph, spacer, textWidth } from '../blocks';
import type { PlanContext } from '../context';

export function zwischenbilanz(context: PlanContext, chapter: PlanChapter): Blocks {
  const numbered = new Numbered(chapter.number ?? '');
  const blocks: Blocks = [heading(1, chapter.number, chapter.title)];
  for (const review of context.plan.reviews) {
    blocks.push(
      heading(2, numbered.next().number, `Zwischenbilanz vom ${formatDate(review.date)}`),
    );
    if (review.notes.trim()) blocks.push(paragraph(review.notes));
    if (review.entries.length === 0) continue;
    const rest = textWidth.portrait - 2600 - 1300;
    blocks.push(
      dataTable({
        columns: [
          { title: 'Maßnahme', width: 2600 },
          { title: 'Status', width: 1300 },
          { title: 'Fortschritt', width: Math.floor(rest / 3) },
          { title: 'Hemmnisse', width: Math.floor(rest / 3) },
          { title: 'Förderliche Faktoren', width: rest - 2 * Math.floor(rest / 3) },
        ],
        rows: review.entries.map((entry) => [
          entry.projectTitle,
          projectStatusLabels[entry.status],
          entry.progress,
          entry.barriers,
          entry.enablers,
        ]),
      }),
      spacer(),
    );
  }
  return blocks;
}
