// The municipality's own texts: a Vorwort after the contents and a Beschlussvorschlag at the end,
// each printed as written (paragraphs at blank lines, line breaks kept).
import type { PlanChapter } from '../../../../shared/plan';
import type { Blocks } from '../blocks';
import { chapterHeading, paragraph } from '../blocks';
import type { PlanContext } from '../context';

function ownText(chapter: PlanChapter, text: string): Blocks {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean);
  return [chapterHeading(chapter), ...paragraphs.map((part) => paragraph(part))];
}

export const vorwort = (context: PlanContext, chapter: PlanChapter): Blocks =>
  ownText(chapter, context.options.foreword.text);

export const beschlussvorschlag = (context: PlanContext, chapter: PlanChapter): Blocks =>
  ownText(chapter, context.options.resolution.text);
