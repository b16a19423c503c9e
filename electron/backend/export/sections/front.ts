// The title page and the table of contents (a real TOC field over Heading 1–3).
import { Paragraph, TableOfContents } from 'docx';
import { formatLongDate, formatPeriod } from '../../../../shared/plan';
import type { PlanKommune } from '../../../../shared/plan';
import type { Blocks } from '../blocks';
import { paragraph } from '../blocks';
import { pictureRun } from '../image';
import { styleIds } from '../styles';
import { textRuns } from '../text';

export interface TitleFacts {
  title: string;
  versionLabel: string;
  /** "YYYY-MM-DD": the plan's date (a frozen version's own). */
  date: string;
}

/** Prozessbegleitung and Projektzeitraum, when known: the title page's last lines. */
export function kommuneDetails(kommune: PlanKommune): string[] {
  const period = formatPeriod(kommune.periodStart, kommune.periodEnd);
  return [
    ...(kommune.consultant.trim() ? [`Prozessbegleitung: ${kommune.consultant}`] : []),
    ...(period ? [`Projektzeitraum: ${period}`] : []),
  ];
}

export const planTitleDetails = (kommune: PlanKommune, facts: TitleFacts): string[] => [
  `Fassung: ${facts.versionLabel}`,
  `Stand: ${formatLongDate(facts.date)}`,
  ...kommuneDetails(kommune),
];

/** The Kommune's logo (with alt text), name, the document's title, the region and `details`. */
export function titlePage(kommune: PlanKommune, title: string, details: string[]): Blocks {
  const logo = kommune.logo
    ? pictureRun(
        Buffer.from(kommune.logo.base64, 'base64'),
        {
          title: `Wappen bzw. Logo von ${kommune.name}`,
          description: `Wappen bzw. Logo von ${kommune.name}`,
        },
        160,
        160,
      )
    : null;
  const region = [kommune.district, kommune.state].filter((part) => part.trim() !== '');
  return [
    ...(logo ? [new Paragraph({ children: [logo] })] : []),
    paragraph(kommune.name, styleIds.coverKommune),
    paragraph(title, styleIds.coverTitle),
    ...(region.length > 0 ? [paragraph(region.join(' · '), styleIds.coverDetails)] : []),
    paragraph('Demografiestrategie nach der Methode der Zukunftswerkstatt', styleIds.coverDetails),
    // The details stand apart at the foot of the cover: space before the first, no empty lines.
    ...details.map(
      (line, index) =>
        new Paragraph({
          style: styleIds.coverDetails,
          ...(index === 0 && { spacing: { before: 1200 } }),
          children: textRuns(line),
        }),
    ),
  ];
}

/** Up to this many measures the contents list each one; beyond, only chapters and Handlungsfelder. */
export const maxMeasuresInContents = 60;

export function tableOfContents(measures: number): Blocks {
  const depth = measures <= maxMeasuresInContents ? 3 : 2;
  return [
    new Paragraph({
      style: styleIds.tocHeading,
      pageBreakBefore: true,
      children: textRuns('Inhaltsverzeichnis'),
    }),
    new TableOfContents('Inhaltsverzeichnis', { hyperlink: true, headingStyleRange: `1-${depth}` }),
  ];
}
