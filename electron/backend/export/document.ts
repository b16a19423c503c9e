// Assembles the Werkstattplan from its sections: a portrait part (title page, contents, chapters),
// the landscape overview, and a portrait part for what follows it.
import type { Document } from 'docx';
import { planOutline } from '../../../shared/plan';
import type { ExportOptions, PlanChapter, PlanData } from '../../../shared/plan';
import type { Blocks } from './blocks';
import { renderChartImages, withEmojiNamed } from './charts';
import type { ChartImage } from './charts';
import { planContext } from './context';
import type { PlanContext } from './context';
import { landscape, portrait, sectionMaker, wordDocument } from './frame';
import { anhang } from './sections/anhang';
import { ausgangslage } from './sections/ausgangslage';
import { planTitleDetails, tableOfContents, titlePage } from './sections/front';
import type { TitleFacts } from './sections/front';
import { leitziele } from './sections/leitziele';
import { massnahmen } from './sections/massnahmen';
import { beschlussvorschlag, vorwort } from './sections/ownTexts';
import { prozess } from './sections/prozess';
import { uebersicht } from './sections/uebersicht';
import { zwischenbilanz } from './sections/zwischenbilanz';
import { sanitizeLine } from './text';
import { packDocument } from './xmlBlocks';

const chapterBuilders: Record<
  PlanChapter['key'],
  (context: PlanContext, chapter: PlanChapter) => Blocks
> = {
  vorwort,
  ausgangslage,
  prozess,
  leitziele,
  massnahmen,
  uebersicht,
  zwischenbilanz,
  anhang,
  beschlussvorschlag,
};

export interface DocumentFacts extends TitleFacts {
  /** Who made the document, for its properties. */
  creator: string;
}

export function buildWerkstattplan(
  plan: PlanData,
  options: ExportOptions,
  facts: DocumentFacts,
  charts: ChartImage[] = [],
): Document {
  const context = planContext(plan, options, charts);
  const kommune = sanitizeLine(plan.kommune.name);
  const title = sanitizeLine(facts.title);
  const section = sectionMaker(kommune, title);

  const parts: { before: Blocks; overview: Blocks; after: Blocks } = {
    before: [],
    overview: [],
    after: [],
  };
  let part: keyof typeof parts = 'before';
  for (const chapter of context.chapters) {
    if (chapter.key === 'uebersicht') part = 'overview';
    else if (part === 'overview') part = 'after';
    parts[part].push(...chapterBuilders[chapter.key](context, chapter));
  }
  const front = [
    ...titlePage(plan.kommune, facts.title, planTitleDetails(plan.kommune, facts)),
    ...(context.chapters.length > 0 ? tableOfContents(plan.projects.length) : []),
  ];
  const sections = [section(portrait, [...front, ...parts.before], true)];
  if (parts.overview.length > 0) sections.push(section(landscape, parts.overview));
  if (parts.after.length > 0) sections.push(section(portrait, parts.after));

  return wordDocument(
    {
      title: `${title} ${kommune}`,
      subject: `Demografiestrategie ${kommune}: ${title}, Fassung ${facts.versionLabel}`,
      creator: facts.creator,
      keywords: ['Werkstattplan', 'Demografiestrategie', 'Zukunftswerkstatt', kommune],
      description: `Werkstattplan der Kommune ${kommune}, erstellt mit Kommunalwerkstatt.`,
    },
    sections,
  );
}

/** The finished .docx file, with the Kommunalprofil's charts drawn when its chapter is in it. */
export async function renderWerkstattplan(
  plan: PlanData,
  options: ExportOptions,
  facts: DocumentFacts,
): Promise<Buffer> {
  const profileShown = planOutline(plan, options).some((chapter) => chapter.key === 'ausgangslage');
  const charts = profileShown ? await renderChartImages(await withEmojiNamed(plan.charts)) : [];
  return packDocument(buildWerkstattplan(plan, options, facts, charts));
}
