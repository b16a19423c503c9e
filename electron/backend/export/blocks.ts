// Building blocks of the document: headings Word numbers, paragraphs, lists and tables whose header
// rows repeat on every page they break onto. No block is an empty paragraph for spacing: what
// follows a table is a heading, a figure or a paragraph in a style with space before it.
import { HeadingLevel, Paragraph } from 'docx';
import type { FileChild, ParagraphChild } from 'docx';
import type { PlanChapter } from '../../../shared/plan';
import { paragraphNumbering } from './numbering';
import type { HeadingNumbering } from './numbering';
import { colors, styleIds } from './styles';
import type { CellParagraph, XmlCell, XmlRow } from './tableXml';
import { xmlTable } from './tableXml';
import { sanitizeLine, textRuns } from './text';
import type { XmlBlock } from './xmlBlocks';

/** Text widths in twips: A4 with 2.5 / 2 cm margins, and landscape A4 with 1.5 cm margins. */
export const textWidth = { portrait: 9354, landscape: 15138 } as const;

const headingLevels = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

/** A heading; its number ("3.1") is Word's, from its style's list (numbering.ts), never typed. */
export function heading(
  level: 1 | 2 | 3,
  title: string,
  numbering: HeadingNumbering = 'numbered',
): Paragraph {
  const own = paragraphNumbering(numbering);
  return new Paragraph({
    heading: headingLevels[level],
    // Every chapter opens a page (set here: docx offers no page break in a style).
    pageBreakBefore: level === 1,
    ...(own !== undefined && { numbering: own }),
    children: textRuns(sanitizeLine(title)),
  });
}

/** A chapter's heading: numbered when the outline numbers it (not the Vorwort, Anhang, …). */
export const chapterHeading = (chapter: PlanChapter): Paragraph =>
  heading(1, chapter.title, chapter.number ? 'numbered' : 'unnumbered');

export function paragraph(text: string, style?: string): Paragraph {
  return new Paragraph({ style, children: textRuns(text) });
}

/** A paragraph of several differently formatted parts. */
export function richParagraph(children: ParagraphChild[], style?: string): Paragraph {
  return new Paragraph({ style, children });
}

export function note(text: string): Paragraph {
  return paragraph(text, styleIds.note);
}

export function bullets(items: readonly string[], style?: string): Paragraph[] {
  return items.map(
    (item) => new Paragraph({ style, bullet: { level: 0 }, children: textRuns(item) }),
  );
}

/**
 * What a cell holds: text (line breaks kept), or paragraphs — plain text in a style
 * (`{ text, style }`) or docx paragraphs where they need more (a list, formatted runs).
 */
export type CellContent = string | readonly CellParagraph[];

export interface CellSpec {
  content: CellContent;
  fill?: string;
  columnSpan?: number;
  style?: string;
}

function cellParagraphs(content: CellContent, style: string): readonly CellParagraph[] {
  if (typeof content !== 'string') return content.length > 0 ? content : [{ text: '', style }];
  return [{ text: content, style }];
}

const isSpec = (spec: CellSpec | CellContent): spec is CellSpec =>
  typeof spec === 'object' && 'content' in spec;

export function cell(spec: CellSpec | CellContent, width: number, style: string): XmlCell {
  const { content, fill, columnSpan, style: ownStyle } = isSpec(spec) ? spec : { content: spec };
  return {
    paragraphs: cellParagraphs(content, ownStyle ?? style),
    width,
    ...(fill && { fill }),
    ...(columnSpan && columnSpan > 1 && { span: columnSpan }),
  };
}

export interface Column {
  title: string;
  /** Twips. */
  width: number;
}

export interface DataTableOptions {
  columns: readonly Column[];
  rows: readonly (readonly (CellSpec | CellContent)[])[];
  /** Extra header rows above the column titles (e.g. the years of the Zeitplan). */
  headerRowsAbove?: readonly (readonly CellSpec[])[];
  textStyle?: string;
  headStyle?: string;
  /** Left and right cell padding in twips (Word's default is 108). */
  cellPadding?: number;
  /** Body rows (by index) kept on one page with the row after them, e.g. a group's title row. */
  keepWithNext?: (row: number) => boolean;
}

/** A table whose header rows repeat on each page it breaks onto; a row is never split. */
export function dataTable(options: DataTableOptions): XmlBlock {
  const textStyle = options.textStyle ?? styleIds.tableText;
  const headStyle = options.headStyle ?? styleIds.tableHead;
  const widths = options.columns.map((column) => column.width);
  const spanWidth = (start: number, span: number) =>
    widths.slice(start, start + span).reduce((sum, width) => sum + width, 0);
  const headerRow = (cells: readonly CellSpec[]): XmlRow => {
    let column = 0;
    return {
      header: true,
      cells: cells.map((spec) => {
        const span = spec.columnSpan ?? 1;
        const made = cell({ fill: colors.headerFill, ...spec }, spanWidth(column, span), headStyle);
        column += span;
        return made;
      }),
    };
  };
  const bodyRow = (cells: readonly (CellSpec | CellContent)[], index: number): XmlRow => {
    let column = 0;
    return {
      keepNext: options.keepWithNext?.(index) ?? false,
      cells: cells.map((spec) => {
        const span = isSpec(spec) ? (spec.columnSpan ?? 1) : 1;
        const made = cell(spec, spanWidth(column, span), textStyle);
        column += span;
        return made;
      }),
    };
  };
  return xmlTable({
    columnWidths: widths,
    ...(options.cellPadding !== undefined && { cellPadding: options.cellPadding }),
    rows: [
      ...(options.headerRowsAbove ?? []).map(headerRow),
      headerRow(options.columns.map((column) => ({ content: column.title }))),
      ...options.rows.map(bodyRow),
    ],
  });
}

/** A column of `filledTable`: its title, share of the width, and what it shows per row. */
export interface FilledColumn<T> extends Column {
  value(row: T): CellContent;
  /** Shown even when no row has a value (e.g. the name of each row). */
  always?: boolean;
}

const isEmpty = (content: CellContent) =>
  typeof content === 'string' ? content.trim() === '' : content.length === 0;

/**
 * A data table that leaves out the columns no row has a value in, instead of printing them empty;
 * the columns kept share the freed width in proportion.
 */
export function filledTable<T>(
  columns: readonly FilledColumn<T>[],
  rows: readonly T[],
  width: number = textWidth.portrait,
): XmlBlock {
  const kept = columns.filter(
    (column) => column.always || rows.some((row) => !isEmpty(column.value(row))),
  );
  const total = kept.reduce((sum, column) => sum + column.width, 0);
  const widths = kept.map((column) => Math.floor((column.width / total) * width));
  widths[widths.length - 1] = width - widths.slice(0, -1).reduce((sum, w) => sum + w, 0);
  return dataTable({
    columns: kept.map((column, index) => ({ title: column.title, width: widths[index] as number })),
    rows: rows.map((row) => kept.map((column) => column.value(row))),
  });
}

export type Blocks = FileChild[];
