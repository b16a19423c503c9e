// Tables written straight as WordprocessingML: the elements docx's Table writes for them (a fixed
// grid, thin borders, header rows that repeat, rows that never split, rows kept with the next),
// without docx's cost per element (xmlBlocks.ts). Cells hold plain text in a paragraph style,
// written here, or docx paragraphs (lists, formatted runs), which docx writes into their place.
import { Paragraph } from 'docx';
import type { DocxSlot } from './xmlBlocks';
import { XmlBlock } from './xmlBlocks';
import { colors } from './styles';
import { escapeXml, textRunsXml } from './text';

/** A cell's paragraph of plain text (line breaks kept) in a paragraph style. */
export interface CellText {
  text: string;
  style: string;
}

export type CellParagraph = CellText | Paragraph;

export interface XmlCell {
  /** Twips: the widths of the columns it spans. */
  width: number;
  span?: number;
  fill?: string;
  /** At least one: Word requires a paragraph in every cell. */
  paragraphs: readonly CellParagraph[];
}

export interface XmlRow {
  /** Repeated at the top of every page the table breaks onto. */
  header?: boolean;
  /** Kept on one page with the row after it. */
  keepNext?: boolean;
  cells: readonly XmlCell[];
}

export interface XmlTableOptions {
  /** Twips. */
  columnWidths: readonly number[];
  /** Left and right cell padding in twips (Word's default is 108). */
  cellPadding?: number;
  rows: readonly XmlRow[];
}

const line = `w:val="single" w:color="${colors.border}" w:sz="4"/>`;
const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
  .map((side) => `<w:${side} ${line}`)
  .join('');

const width = (twips: number) => `w:type="dxa" w:w="${twips}"`;

function tableStart({ columnWidths, cellPadding }: XmlTableOptions): string {
  const total = columnWidths.reduce((sum, column) => sum + column, 0);
  const margins =
    cellPadding === undefined
      ? ''
      : `<w:tblCellMar><w:left ${width(cellPadding)}/><w:right ${width(cellPadding)}/></w:tblCellMar>`;
  return (
    `<w:tbl><w:tblPr><w:tblW ${width(total)}/><w:tblBorders>${borders}</w:tblBorders>` +
    `<w:tblLayout w:type="fixed"/>${margins}</w:tblPr>` +
    `<w:tblGrid>${columnWidths.map((column) => `<w:gridCol w:w="${column}"/>`).join('')}</w:tblGrid>`
  );
}

function cellStart({ width: twips, span, fill }: XmlCell): string {
  return (
    `<w:tc><w:tcPr><w:tcW ${width(twips)}/>` +
    (span && span > 1 ? `<w:gridSpan w:val="${span}"/>` : '') +
    (fill ? `<w:shd w:fill="${fill}" w:color="auto" w:val="clear"/>` : '') +
    '</w:tcPr>'
  );
}

function textParagraph({ text, style }: CellText, keepNext: boolean): string {
  return (
    `<w:p><w:pPr><w:pStyle w:val="${escapeXml(style)}"/>${keepNext ? '<w:keepNext/>' : ''}</w:pPr>` +
    `${textRunsXml(text)}</w:p>`
  );
}

/**
 * The table as a block of the document. Its XML is gathered in an array and joined: a string grown
 * by thousands of `+=` is a deep rope that costs more to flatten than to write.
 */
export function xmlTable(options: XmlTableOptions): XmlBlock {
  const pieces: string[] = [];
  const slots: DocxSlot[] = [];
  let xml: string[] = [tableStart(options)];
  for (const row of options.rows) {
    const keepNext = row.keepNext ?? false;
    xml.push(`<w:tr><w:trPr><w:cantSplit/>${row.header ? '<w:tblHeader/>' : ''}</w:trPr>`);
    for (const cell of row.cells) {
      xml.push(cellStart(cell));
      let docx: Paragraph[] | undefined;
      for (const paragraph of cell.paragraphs) {
        if (paragraph instanceof Paragraph) {
          if (!docx) {
            docx = [];
            pieces.push(xml.join(''));
            xml = [];
            slots.push({ paragraphs: docx, keepNext });
          }
          docx.push(paragraph);
        } else {
          docx = undefined;
          xml.push(textParagraph(paragraph, keepNext));
        }
      }
      xml.push('</w:tc>');
    }
    xml.push('</w:tr>');
  }
  xml.push('</w:tbl>');
  pieces.push(xml.join(''));
  return new XmlBlock(pieces, slots);
}
