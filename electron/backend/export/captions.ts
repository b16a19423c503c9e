// Captions as Word's "Beschriftung einfügen" makes them: "Tabelle 3: …" above a table, "Abbildung
// 2: …" below a figure, in Word's Caption style ("Beschriftung") and numbered by SEQ fields, so
// Word's lists of tables and figures build from them and the numbers follow when the municipality
// inserts one. docx writes each field with its count (frame.ts gives it `headingNumbers`), so
// LibreOffice and a PDF show "Tabelle 3" before any field is updated.
import { AlignmentType, Paragraph, SequentialIdentifier, TextRun } from 'docx';
import { styleIds } from './styles';
import { sanitizeLine, textRuns } from './text';

/** Word's own caption labels in a German Word: its lists of tables and figures count these. */
const labels = { table: 'Tabelle', figure: 'Abbildung' } as const;

const captionRuns = (label: string, title: string) => [
  new TextRun(`${label} `),
  new SequentialIdentifier(label),
  ...textRuns(`: ${sanitizeLine(title)}`),
];

/**
 * The caption above a table (German reports put them there), kept on the page of the table's
 * first row. Tables that are forms (a measure's Steckbrief, a review sheet) get none: their
 * heading names them, and 200 of them would bury the list of tables.
 */
export function tableCaption(title: string): Paragraph {
  return new Paragraph({
    style: styleIds.caption,
    alignment: AlignmentType.LEFT,
    keepNext: true,
    spacing: { before: 240, after: 80 },
    children: captionRuns(labels.table, title),
  });
}

/** The caption below a figure; the figure's paragraph keeps with it (its style's keepNext). */
export function figureCaption(title: string): Paragraph {
  return new Paragraph({ style: styleIds.caption, children: captionRuns(labels.figure, title) });
}
