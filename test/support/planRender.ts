// The Werkstattplan rendered in the test process, as the export worker builds it, and its
// document.xml parsed strictly: for tests that read what the document says.
import { renderWerkstattplan } from '../../electron/backend/export/document';
import type { DocumentFacts } from '../../electron/backend/export/document';
import { defaultExportOptions } from '../../shared/plan';
import type { ExportOptions, PlanData } from '../../shared/plan';
import { docxParts, parseStrictly, withListNumbers, wordText } from './docx';

export const planFacts: DocumentFacts = {
  title: 'Werkstattplan',
  versionLabel: 'Entwurf',
  date: '2026-07-01',
  creator: 'Büro Elbe-Saale',
};

export async function renderPlan(plan: PlanData, options: ExportOptions = defaultExportOptions) {
  const parts = docxParts(await renderWerkstattplan(plan, options, planFacts));
  const document = parts['word/document.xml'] as string;
  parseStrictly(document);
  // What a reader sees: the headings with the numbers Word gives them.
  const shown = withListNumbers(parts);
  return { document, shown, text: wordText(shown), parts };
}

/** The level-1 headings of a document.xml (with their numbers: `shown`), in order. */
export const chapters = (document: string) =>
  [...document.matchAll(/<w:pStyle w:val="Heading1"\/>.*?<\/w:p>/g)].map((match) =>
    wordText(match[0]).trim(),
  );
