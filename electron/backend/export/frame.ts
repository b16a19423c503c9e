// What every document of the app shares: A4 pages with the running header and "Seite X von Y",
// a title page without either, the named styles, German metadata and fields updated on opening.
import { Document, Footer, Header, PageNumber, PageOrientation, Paragraph, TextRun } from 'docx';
import type { ISectionOptions } from 'docx';
import type { Blocks } from './blocks';
import { headingLists, headingNumbers } from './numbering';
import { documentStyles, styleIds } from './styles';
import { sanitizeLine } from './text';

/** A4 in twips; margins 2.5 cm left, 2 cm elsewhere (portrait) and 1.5 cm (landscape). */
const a4 = { width: 11906, height: 16838 };
export const portrait = { size: a4, margin: { top: 1134, bottom: 1134, left: 1418, right: 1134 } };
export const landscape = {
  size: { ...a4, orientation: PageOrientation.LANDSCAPE },
  margin: { top: 850, bottom: 850, left: 850, right: 850 },
};

export type Page = typeof portrait | typeof landscape;

/** Sections under one running header "<Kommune> · <title>". */
export function sectionMaker(kommune: string, title: string) {
  const header = (text: string) =>
    new Header({ children: [new Paragraph({ style: styleIds.header, text })] });
  const footer = (numbered: boolean) =>
    new Footer({
      children: [
        new Paragraph({
          style: styleIds.footer,
          children: numbered
            ? [
                new TextRun({
                  children: ['Seite ', PageNumber.CURRENT, ' von ', PageNumber.TOTAL_PAGES],
                }),
              ]
            : [],
        }),
      ],
    });
  const running = `${sanitizeLine(kommune)} · ${sanitizeLine(title)}`;
  /** A section of pages; with `withTitlePage` its first page has neither header nor footer. */
  return (page: Page, children: Blocks, withTitlePage = false): ISectionOptions => ({
    properties: { page, titlePage: withTitlePage },
    headers: { default: header(running), ...(withTitlePage && { first: header('') }) },
    footers: { default: footer(true), ...(withTitlePage && { first: footer(false) }) },
    children,
  });
}

export interface DocumentProperties {
  title: string;
  subject: string;
  creator: string;
  keywords: string[];
  description: string;
}

export function wordDocument(properties: DocumentProperties, sections: ISectionOptions[]) {
  return new Document({
    title: sanitizeLine(properties.title),
    subject: sanitizeLine(properties.subject),
    creator: sanitizeLine(properties.creator),
    lastModifiedBy: 'Kommunalwerkstatt',
    keywords: properties.keywords.map(sanitizeLine).join(', '),
    description: sanitizeLine(properties.description),
    styles: documentStyles(),
    numbering: headingLists,
    // The contents' entries start with their headings' numbers, the captions' SEQ fields carry theirs.
    pageNumbers: headingNumbers,
    // Word fills in the table of contents' page numbers (and refreshes every field) on opening;
    // laying the pages out here (docx/layout) would take seconds for a large plan.
    features: { updateFields: true },
    // German compounds ("Städtebauförderung") in narrow table columns break at syllables, not
    // anywhere; the municipality can switch it off in Word.
    hyphenation: { autoHyphenation: true },
    sections,
  });
}
