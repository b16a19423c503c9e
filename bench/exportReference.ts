// The yardstick the issue sets for the export: a document of the same size built with the docx
// library alone — 200 projects, each a heading, three paragraphs, a 12-row table, four bullets — so
// the bench can say how much our structure costs above what docx itself needs.
import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  WidthType,
} from 'docx';

const words =
  'Die Kommune stärkt das Ehrenamt, belebt die Ortsmitte und hält junge Familien mit guten Angeboten.';

function project(index: number) {
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, text: `Projekt ${index + 1}` }),
    new Paragraph(`${words} ${words}`),
    new Paragraph(words),
    new Paragraph(`${words} (${index})`),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: Array.from(
        { length: 12 },
        (_, row) => new TableRow({ children: [cell(`Feld ${row + 1}`), cell(`${words} ${row}`)] }),
      ),
    }),
    ...Array.from(
      { length: 4 },
      (_, bullet) => new Paragraph({ text: `Punkt ${bullet + 1}: ${words}`, bullet: { level: 0 } }),
    ),
  ];
}

/** The reference .docx with `projects` projects, as bytes. */
export function renderReference(projects: number): Promise<Buffer> {
  const document = new Document({
    sections: [{ children: Array.from({ length: projects }, (_, index) => project(index)).flat() }],
  });
  return Packer.toBuffer(document);
}
