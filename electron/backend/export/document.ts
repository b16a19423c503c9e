// Assembles the Werkstattplan from its sections: a portrait part (title page, contents, chapters),
// the landscape overview, and a portrait part for what follows it.
import {
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
} from 'docx';
import type { ISectionOptions } from 'docx';
import { planOutline } from '../../../shared/plan';
import type { ExportOptions, PlanChapter, PlanData } from '../../../shared/plan';
import type { Blocks } from './blocks';
import { renderChartImages } from './charts';
import type { ChartImage } from './charts';
import { planContext } from './context';
import type { PlanContext } from './context';
import { anhang } from './sections/anhang';
import { ausgangslage } from './sections/ausgangslage';
import { tableOfContents, titlePage } from './sections/front';
import type { TitleFacts } from './sections/front';
import { leitziele } from './sections/leitziele';
import { massnahmen } from './sections/massnahmen';
import { prozess } from './sections/prozess';
import { uebersicht } from './sections/uebersicht';
import { zwischenbilanz } from './sections/zwischenbilanz';
import { documentStyles, styleIds } from './styles';
import { sanitizeLine } from './text';

const chapterBuilders: Record<
  PlanChapter['key'],
  (context: PlanContext, chapter: PlanChapter) => Blocks
> = {
  ausgangslage,
  prozess,
  leitziele,
  massnahmen,
  uebersicht,
  zwischenbilanz,
  anhang,
};

/** A4 in twips; margins 2.5 cm left, 2 cm elsewhere (portrait) and 1.5 cm (landscape). */
const a4 = { width: 11906, height: 16838 };
const portrait = { size: a4, margin: { top: 1134, bottom: 1134, left: 1418, right: 1134 } };
const landscape = {
  size: { ...a4, orientation: PageOrientation.LANDSCAPE },
  margin: { top: 850, bottom: 850, left: 850, right: 850 },
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
  const header = () =>
    new Header({
      children: [new Paragraph({ style: styleIds.header, text: `${kommune} · ${title}` })],
    });
  const footer = () =>
    new Footer({
      children: [
        new Paragraph({
          style: styleIds.footer,
          children: [
            new TextRun({
              children: ['Seite ', PageNumber.CURRENT, ' von ', PageNumber.TOTAL_PAGES],
            }),
          ],
        }),
      ],
    });
  const empty = () => ({
    header: new Header({ children: [new Paragraph({ style: styleIds.header, children: [] })] }),
    footer: new Footer({ children: [new Paragraph({ style: styleIds.footer, children: [] })] }),
  });
  const section = (
    page: typeof portrait | typeof landscape,
    children: Blocks,
    withTitlePage = false,
  ): ISectionOptions => ({
    properties: { page, titlePage: withTitlePage },
    headers: { default: header(), ...(withTitlePage && { first: empty().header }) },
    footers: { default: footer(), ...(withTitlePage && { first: empty().footer }) },
    children,
  });

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
    ...titlePage(context, facts),
    ...(context.chapters.length > 0 ? tableOfContents(context) : []),
  ];
  const sections = [section(portrait, [...front, ...parts.before], true)];
  if (parts.overview.length > 0) sections.push(section(landscape, parts.overview));
  if (parts.after.length > 0) sections.push(section(portrait, parts.after));

  return new Document({
    title: `${title} ${kommune}`,
    subject: `Demografiestrategie ${kommune}: ${title}, Fassung ${sanitizeLine(facts.versionLabel)}`,
    creator: sanitizeLine(facts.creator),
    lastModifiedBy: 'Kommunalwerkstatt',
    keywords: ['Werkstattplan', 'Demografiestrategie', 'Zukunftswerkstatt', kommune].join(', '),
    description: `Werkstattplan der Kommune ${kommune}, erstellt mit Kommunalwerkstatt.`,
    styles: documentStyles(),
    // Word fills in the table of contents' page numbers (and refreshes every field) on opening;
    // laying the pages out here (docx/layout) would take seconds for a large plan.
    features: { updateFields: true },
    sections,
  });
}

/** The finished .docx file, with the Kommunalprofil's charts drawn when its chapter is in it. */
export async function renderWerkstattplan(
  plan: PlanData,
  options: ExportOptions,
  facts: DocumentFacts,
): Promise<Buffer> {
  const profileShown = planOutline(plan, options).some((chapter) => chapter.key === 'ausgangslage');
  const charts = profileShown ? renderChartImages(plan.charts) : [];
  return Packer.toBuffer(buildWerkstattplan(plan, options, facts, charts));
}
