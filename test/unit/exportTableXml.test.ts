// Tables written straight as XML (export/tableXml.ts, xmlBlocks.ts) must be the tables docx's own
// Table writes from the same description, byte for byte: docx is the oracle. Texts with line
// breaks, markup characters, controls and emoji, spans, shading, padding, header rows, rows kept
// with the next, and docx paragraphs (a list) inside a cell.
import {
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from 'docx';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { colors } from '../../electron/backend/export/styles';
import type { XmlTableOptions } from '../../electron/backend/export/tableXml';
import { xmlTable } from '../../electron/backend/export/tableXml';
import { textRuns } from '../../electron/backend/export/text';
import { packDocument } from '../../electron/backend/export/xmlBlocks';

const texts = [
  'Bürgerbus für alle Ortsteile',
  '',
  'Zeile eins\nZeile zwei\r\nZeile drei',
  'a\n\nb\n',
  'Kosten & Nutzen <geschätzt> "brutto" \'netto\'',
  'Tab\tvor 🚌 und \u0001\u000b\ufffe\ud800 danach',
  '  Leerzeichen  ',
];

/** Two tables' worth of rows: one made by the caller per build, so no paragraph is written twice. */
function description(): XmlTableOptions {
  const bullet = (text: string) =>
    new Paragraph({ style: 'KwTableText', bullet: { level: 0 }, children: textRuns(text) });
  return {
    columnWidths: [3000, 2000, 4354],
    cellPadding: 45,
    rows: [
      {
        header: true,
        cells: [
          { width: 5000, span: 2, fill: colors.headerFill, paragraphs: [{ text: '', style: 'H' }] },
          { width: 4354, fill: colors.headerFill, paragraphs: [{ text: '2026', style: 'H' }] },
        ],
      },
      {
        keepNext: true,
        cells: [
          {
            width: 3000,
            fill: colors.labelFill,
            paragraphs: texts.map((text) => ({ text, style: 'KwFactLabel' })),
          },
          {
            width: 2000,
            paragraphs: [bullet('Stärke & Chance'), bullet('zweite'), { text: 'x', style: 'A' }],
          },
          { width: 4354, paragraphs: [bullet('allein')] },
        ],
      },
      {
        cells: [
          { width: 9354, span: 3, paragraphs: [{ text: 'Summe', style: 'B' }, bullet('Liste')] },
        ],
      },
    ],
  };
}

/** The same table through docx's Table, as the export built it before. */
function docxTable({ columnWidths, cellPadding, rows }: XmlTableOptions): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: colors.border };
  return new Table({
    width: { size: columnWidths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: [...columnWidths],
    layout: TableLayoutType.FIXED,
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    ...(cellPadding !== undefined && { margins: { left: cellPadding, right: cellPadding } }),
    rows: rows.map(
      (row) =>
        new TableRow({
          ...(row.header && { tableHeader: true }),
          cantSplit: true,
          ...(row.keepNext && { keepNext: true }),
          children: row.cells.map(
            (cell) =>
              new TableCell({
                width: { size: cell.width, type: WidthType.DXA },
                ...(cell.span && { columnSpan: cell.span }),
                ...(cell.fill && { shading: { fill: cell.fill, color: 'auto', type: 'clear' } }),
                children: cell.paragraphs.map((paragraph) =>
                  paragraph instanceof Paragraph
                    ? paragraph
                    : new Paragraph({ style: paragraph.style, children: textRuns(paragraph.text) }),
                ),
              }),
          ),
        }),
    ),
  });
}

async function documentXml(packed: Promise<Buffer>): Promise<string> {
  const files = unzipSync(new Uint8Array(await packed));
  return new TextDecoder().decode(files['word/document.xml']);
}

const page = (table: Table | ReturnType<typeof xmlTable>) =>
  new Document({
    sections: [{ children: [new Paragraph('Vorher'), table, new Paragraph('Nach')] }],
  });

describe('a table written straight as XML', () => {
  it('is the table docx writes from the same description', async () => {
    const ours = await documentXml(packDocument(page(xmlTable(description()))));
    const docx = await documentXml(Packer.toBuffer(page(docxTable(description()))));
    expect(ours).toContain('<w:tbl>');
    expect(ours).not.toContain('kw:');
    expect(ours).toBe(docx);
  });

  it('leaves a document without such tables as docx packs it', async () => {
    const plain = () => new Document({ sections: [{ children: [new Paragraph('Text')] }] });
    expect(await documentXml(packDocument(plain()))).toBe(
      await documentXml(Packer.toBuffer(plain())),
    );
  });
});
