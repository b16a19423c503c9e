// The document's named styles: the municipality restyles the Werkstattplan through these in Word.
// Headings are Word's own "Heading 1–3" (localised as "Überschrift 1–3") with outline levels, so
// the table of contents and the navigation pane build from them, each bound to its level of the
// chapter list (numbering.ts): a heading the municipality adds is numbered like the others.
import { AlignmentType, LineRuleType } from 'docx';
import type { IStylesOptions } from 'docx';
import { headingStyleNumbering } from './numbering';

export const font = 'Arial';

export const colors = {
  accent: '1F4E79',
  muted: '595959',
  headerFill: 'DCE6F2',
  labelFill: 'F2F2F2',
  timelineFill: '2E75B6',
  groupFill: 'EEF3F9',
  border: 'A6A6A6',
} as const;

/** Style ids the builders refer to; the names are what Word shows in its style gallery. */
export const styleIds = {
  coverKommune: 'KwCoverKommune',
  coverTitle: 'KwCoverTitle',
  coverDetails: 'KwCoverDetails',
  tocHeading: 'TOCHeading',
  tableText: 'KwTableText',
  tableHead: 'KwTableHead',
  tableNumber: 'KwTableNumber',
  figure: 'KwFigure',
  caption: 'Caption',
  overviewText: 'KwOverviewText',
  overviewHead: 'KwOverviewHead',
  overviewDetail: 'KwOverviewDetail',
  overviewNumber: 'KwOverviewNumber',
  factLabel: 'KwFactLabel',
  note: 'KwNote',
  noteAfterTable: 'KwNoteAfterTable',
  afterTable: 'KwAfterTable',
  header: 'Header',
  footer: 'Footer',
} as const;

/** Half-points, as Word counts font sizes. */
const pt = (points: number) => points * 2;

export function documentStyles(): IStylesOptions {
  return {
    default: {
      document: {
        run: { font, size: pt(10.5), language: { value: 'de-DE' } },
        paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
      },
      heading1: {
        run: { font, size: pt(16), bold: true, color: colors.accent },
        paragraph: {
          outlineLevel: 0,
          numbering: headingStyleNumbering(1),
          keepNext: true,
          keepLines: true,
          spacing: { before: 0, after: 240 },
        },
      },
      heading2: {
        run: { font, size: pt(13), bold: true, color: colors.accent },
        paragraph: {
          outlineLevel: 1,
          numbering: headingStyleNumbering(2),
          keepNext: true,
          keepLines: true,
          spacing: { before: 360, after: 120 },
        },
      },
      heading3: {
        run: { font, size: pt(11), bold: true, color: colors.accent },
        paragraph: {
          outlineLevel: 2,
          numbering: headingStyleNumbering(3),
          keepNext: true,
          keepLines: true,
          spacing: { before: 280, after: 100 },
        },
      },
    },
    paragraphStyles: [
      paragraphStyle(styleIds.coverKommune, 'Werkstattplan Deckblatt Kommune', {
        run: { size: pt(20), color: colors.muted },
        paragraph: { spacing: { before: 2400, after: 120 } },
      }),
      paragraphStyle(styleIds.coverTitle, 'Werkstattplan Deckblatt Titel', {
        run: { size: pt(32), bold: true, color: colors.accent },
        paragraph: { spacing: { after: 480 } },
      }),
      paragraphStyle(styleIds.coverDetails, 'Werkstattplan Deckblatt Angaben', {
        run: { size: pt(11) },
        paragraph: { spacing: { after: 80 } },
      }),
      paragraphStyle(styleIds.tocHeading, 'TOC Heading', {
        run: { size: pt(16), bold: true, color: colors.accent },
        // Not an outline level of its own: the table of contents must not list itself.
        paragraph: { outlineLevel: 9, spacing: { after: 240 } },
      }),
      paragraphStyle(styleIds.tableText, 'Werkstattplan Tabellentext', {
        run: { size: pt(9) },
        paragraph: { spacing: { before: 40, after: 40, line: 240, lineRule: LineRuleType.AUTO } },
      }),
      paragraphStyle(styleIds.tableHead, 'Werkstattplan Tabellenkopf', {
        basedOn: styleIds.tableText,
        run: { size: pt(9), bold: true },
        paragraph: { keepNext: true },
      }),
      paragraphStyle(styleIds.tableNumber, 'Werkstattplan Tabellenzahl', {
        basedOn: styleIds.tableText,
        paragraph: { alignment: AlignmentType.RIGHT },
      }),
      paragraphStyle(styleIds.figure, 'Werkstattplan Abbildung', {
        paragraph: {
          alignment: AlignmentType.CENTER,
          keepNext: true,
          spacing: { before: 240, after: 60 },
        },
      }),
      // Word's own "Beschriftung": its list of figures builds from it.
      paragraphStyle(styleIds.caption, 'caption', {
        run: { size: pt(9), italics: true, color: colors.muted },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240 } },
      }),
      paragraphStyle(styleIds.overviewText, 'Werkstattplan Übersicht', {
        run: { size: pt(7.5) },
        paragraph: { spacing: { before: 20, after: 20, line: 228, lineRule: LineRuleType.AUTO } },
      }),
      paragraphStyle(styleIds.overviewHead, 'Werkstattplan Übersicht Kopf', {
        basedOn: styleIds.overviewText,
        run: { size: pt(7.5), bold: true },
      }),
      paragraphStyle(styleIds.overviewDetail, 'Werkstattplan Übersicht Angaben', {
        basedOn: styleIds.overviewText,
        run: { size: pt(6.5), color: colors.muted },
      }),
      paragraphStyle(styleIds.overviewNumber, 'Werkstattplan Übersicht Betrag', {
        basedOn: styleIds.overviewText,
        paragraph: { alignment: AlignmentType.RIGHT },
      }),
      paragraphStyle(styleIds.factLabel, 'Werkstattplan Steckbrief Beschriftung', {
        basedOn: styleIds.tableText,
        run: { size: pt(9), bold: true },
      }),
      paragraphStyle(styleIds.note, 'Werkstattplan Hinweis', {
        run: { size: pt(9), italics: true, color: colors.muted },
      }),
      // What follows a table keeps its distance by its own spacing: no empty paragraph between.
      paragraphStyle(styleIds.noteAfterTable, 'Werkstattplan Hinweis nach Tabelle', {
        basedOn: styleIds.note,
        run: { size: pt(9), italics: true, color: colors.muted },
        paragraph: { spacing: { before: 80 } },
      }),
      paragraphStyle(styleIds.afterTable, 'Werkstattplan Text nach Tabelle', {
        paragraph: { spacing: { before: 240 } },
      }),
      paragraphStyle(styleIds.header, 'header', {
        run: { size: pt(8), color: colors.muted },
        paragraph: { alignment: AlignmentType.RIGHT, spacing: { after: 0 } },
      }),
      paragraphStyle(styleIds.footer, 'footer', {
        run: { size: pt(8), color: colors.muted },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } },
      }),
      ...[1, 2, 3].map((level) =>
        paragraphStyle(`TOC${level}`, `toc ${level}`, {
          run: { size: pt(10), bold: level === 1 },
          paragraph: {
            indent: { left: (level - 1) * 360 },
            spacing: { before: level === 1 ? 120 : 0, after: 40 },
          },
        }),
      ),
    ],
  };
}

type StyleBody = Omit<NonNullable<IStylesOptions['paragraphStyles']>[number], 'id' | 'name'>;

function paragraphStyle(id: string, name: string, body: StyleBody) {
  return { id, name, basedOn: 'Normal', next: 'Normal', quickFormat: true, ...body };
}
