// Chapter "Leitziele": each strategic goal, numbered, with the measures that serve it.
import { TextRun } from 'docx';
import type { PlanChapter } from '../../../../shared/plan';
import type { Blocks } from '../blocks';
import { chapterHeading, note, richParagraph } from '../blocks';
import type { PlanContext } from '../context';
import { sanitizeLine, textRuns } from '../text';

export function leitziele(context: PlanContext, chapter: PlanChapter): Blocks {
  const { plan } = context;
  const blocks: Blocks = [chapterHeading(chapter)];
  // The measures with a Steckbrief; "Weitere Projektideen" serve no Leitziel yet.
  const measures = context.fields.flatMap(({ projects }) => projects);
  plan.strategicGoals.forEach((goal, index) => {
    blocks.push(
      richParagraph([
        new TextRun({ text: `Leitziel ${index + 1}: `, bold: true }),
        ...textRuns(goal.text),
      ]),
    );
    const serving = measures.filter((project) => project.strategicGoalIds.includes(goal.id));
    if (serving.length > 0) {
      const names = serving.map((project) => {
        const number = context.projectNumber.get(project.id);
        return `${number ? `${number} ` : ''}${sanitizeLine(project.title)}`;
      });
      blocks.push(note(`Beitragende Maßnahmen: ${names.join(' · ')}`));
    }
  });
  return blocks;
}
