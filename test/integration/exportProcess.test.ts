// The process in the documents: the Werkstattplan's "Prozess" (steps with dates and results,
// empty columns left out, the Kick-Off, Akteure with and without names), its chapter
// "Umsetzung und Zwischenbilanz", and the Zwischenbilanz as a Word document of its own.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderWerkstattplan } from '../../electron/backend/export/document';
import type { DocumentFacts } from '../../electron/backend/export/document';
import { renderZwischenbilanz } from '../../electron/backend/export/reviewDocument';
import { defaultExportOptions } from '../../shared/plan';
import type { ExportOptions, PlanData } from '../../shared/plan';
import { artifactsDir } from '../support/app';
import { call, closedAfterEach } from '../support/backend';
import { docxParts, parseStrictly, withListNumbers, wordText } from '../support/docx';
import { buildExportBundles } from '../support/exportWorker';
import type { ExportBundles } from '../support/exportWorker';
import { freshFolders } from '../support/folders';
import { convertToPdf, pdfText, renderPages } from '../support/office';
import { demoPlan } from '../support/planSeed';

const facts: DocumentFacts = {
  title: 'Werkstattplan',
  versionLabel: 'Entwurf',
  date: '2027-10-01',
  creator: 'Büro Elbe-Saale',
};
const freshDir = freshFolders('kw-export-process-');
const backendIn = closedAfterEach();

let demo: PlanData;
let bundles: ExportBundles;
beforeAll(async () => {
  demo = await demoPlan();
  bundles = await buildExportBundles();
});
afterAll(() => bundles?.remove());

async function planText(plan: PlanData, options: ExportOptions = defaultExportOptions) {
  const parts = docxParts(await renderWerkstattplan(plan, options, facts));
  parseStrictly(parts['word/document.xml'] as string);
  // With the headings' numbers, as Word shows them.
  const document = withListNumbers(parts);
  return { document, text: wordText(document) };
}

/** The text of chapter `number` up to the next chapter. */
const chapter = (text: string, number: number, title: string) => {
  const start = text.lastIndexOf(`\n${number} ${title}\n`);
  const end = text.indexOf(`\n${number + 1} `, start + 1);
  return text.slice(start, end === -1 ? undefined : end);
};

/** The header cells of the table that follows `heading`. */
function headerCells(document: string, heading: string): string[] {
  const start = document.lastIndexOf(heading);
  const table = document.slice(document.indexOf('<w:tbl>', start));
  const header = table.slice(0, table.indexOf('</w:tr>'));
  return [...header.matchAll(/<w:tc>.*?<\/w:tc>/g)].map((cell) => wordText(cell[0]).trim());
}

describe('chapter "Prozess"', () => {
  it('lists the steps with period, done date and results, and the Kick-Off with its agreements', async () => {
    const { document, text } = await planText(demo);
    const prozess = chapter(text, 2, 'Prozess');
    expect(headerCells(document, '2.1 Die fünf Prozessschritte')).toEqual([
      'Schritt',
      'Status',
      'Zeitraum',
      'Abschluss',
      'Ergebnisse',
    ]);
    expect(prozess).toContain('12.02.2026 – 10.03.2026');
    expect(prozess).toContain('26.11.2026');
    expect(prozess).toContain('Der Stadtrat hat den Werkstattplan am 26.11.2026');
    expect(prozess).toContain('2.2 Kick-Off');
    expect(prozess).toContain(
      'Zum Kick-Off kamen 26 Teilnehmende am 12.02.2026 in Ratssaal im Rathaus Musterstadt auf Einladung von Bürgermeisterin zusammen. Die Verwaltungsspitze nahm teil.',
    );
    expect(prozess).toContain('Schwerpunkt der Strategie: junge Menschen');
    expect(prozess).toContain('Projektseite auf der städtischen Website freischalten.');
    expect(prozess).toContain('2.3 Zukunftswerkstätten');
    expect(prozess).toContain('2.4 Beteiligte Akteure');
  });

  it('leaves out columns no step has data for, instead of printing them empty', async () => {
    const bare: PlanData = {
      ...demo,
      steps: demo.steps.map((step) => ({
        ...step,
        startDate: null,
        endDate: null,
        doneDate: null,
        notes: '',
      })),
    };
    const { document } = await planText(bare);
    expect(headerCells(document, '2.1 Die fünf Prozessschritte')).toEqual(['Schritt', 'Status']);
  });

  it('names organisations and roles of the Akteure, names only when the plan shows them', async () => {
    const anonymous = await planText(demo);
    const akteure = (text: string) => {
      const prozess = chapter(text, 2, 'Prozess');
      return prozess.slice(prozess.lastIndexOf('Beteiligte Akteure'));
    };
    expect(headerCells(anonymous.document, '2.4 Beteiligte Akteure')).toEqual([
      'Organisation',
      'Rolle im Prozess',
      'Steuerungsgruppe',
    ]);
    expect(akteure(anonymous.text)).toContain('Gewerbeverein Musterstadt e.V.');
    expect(akteure(anonymous.text)).not.toContain('Demografiebeauftragte');
    expect(akteure(anonymous.text)).toContain('nur Organisation und Rolle genannt');

    const named = await planText(demo, { ...defaultExportOptions, anonymiseNames: false });
    expect(headerCells(named.document, '2.4 Beteiligte Akteure')).toEqual([
      'Name',
      'Organisation',
      'Rolle im Prozess',
      'Steuerungsgruppe',
    ]);
    expect(akteure(named.text)).toContain('Demografiebeauftragte');
    // Contacts stay in the workspace, whatever the option.
    for (const { text } of [anonymous, named]) {
      expect(text).not.toContain('demografie@musterstadt.example');
    }
  });
});

describe('chapter "Umsetzung und Zwischenbilanz"', () => {
  it('has the review table, the comparison with the Fassung and the adjustments', async () => {
    const { document, text } = await planText(demo);
    const review = text.slice(text.lastIndexOf('\n6 Umsetzung und Zwischenbilanz\n'));
    expect(review).toContain('6.1 Zwischenbilanz vom 23.09.2027');
    expect(review).toContain('Grundlage ist die Fassung „Ratsbeschluss vom 26.11.2026“');
    expect(headerCells(document, '6.1.1 Stand der Maßnahmen')).toEqual([
      'Maßnahme',
      'Status',
      'Fortschritt',
      'Hemmnisse',
      'Förderliche Faktoren',
    ]);
    expect(review).toContain('Kein Verkehrsunternehmen fand Fahrpersonal');
    expect(review).toMatch(/Rufbus „Muster-Flexi“\ngeplant\n● rot\n/);
    expect(review).toContain('6.1.2 Vergleich mit der Fassung');
    expect(headerCells(document, '6.1.2 Vergleich mit der Fassung')).toEqual([
      'Maßnahme',
      'Angabe',
      'Laut Fassung',
      'Heute',
    ]);
    expect(review).toContain('145.000\u00a0€\n182.000\u00a0€');
    expect(review).toContain('Neu seit der Fassung „Ratsbeschluss vom 26.11.2026“:');
    expect(review).toContain('Dorfladen Nordheim als Genossenschaft');
    expect(review).toContain('Entfallen seit der Fassung „Ratsbeschluss vom 26.11.2026“:');
    expect(review).toContain('Leerstand auf Zeit – Pop-up-Läden am Markt');
    expect(review).toContain('6.1.3 Vereinbarte Anpassungen');
  });
});

describe('the Zwischenbilanz as a Word document', () => {
  it('reports per Handlungsfeld each measure with light, barriers, enablers and next steps', async () => {
    const review = demo.reviews[0]!;
    const parts = docxParts(await renderZwischenbilanz(demo, review.id, facts));
    for (const name of ['word/document.xml', 'word/styles.xml', 'docProps/core.xml']) {
      expect(() => parseStrictly(parts[name] as string), name).not.toThrow();
    }
    const document = withListNumbers(parts);
    const text = wordText(document);
    const headings = [...document.matchAll(/<w:pStyle w:val="Heading1"\/>.*?<\/w:p>/g)].map(
      (match) => wordText(match[0]).trim(),
    );
    expect(headings).toEqual([
      '1 Überblick',
      '2 Maßnahmen nach Handlungsfeldern',
      '3 Vergleich mit der Fassung',
      '4 Vereinbarte Anpassungen',
    ]);
    expect(text).toContain('Verglichen mit der Fassung: Ratsbeschluss vom 26.11.2026');
    expect(text).toContain('Stand: 23. September 2027');
    expect(text).toContain('2.1 Wohnen');
    expect(text).toContain('2.1.1 Azubi- und Starterwohnen im Alten Postamt');
    // The last occurrences: the first are the table of contents' entries.
    const sheet = text.slice(text.lastIndexOf('2.1.1 Azubi'), text.lastIndexOf('2.1.2 '));
    for (const label of [
      'Status',
      'Ampel',
      'Fortschritt',
      'Hemmnisse',
      'Förderliche Faktoren',
      'Nächste Schritte',
      'Indikatoren laut Fassung',
      'Stand der Indikatoren',
      'Abweichungen',
    ]) {
      expect(sheet).toContain(label);
    }
    expect(sheet).toContain(
      'Zeitraum: Oktober 2026 – Dezember 2028 → heute April 2027 – Dezember 2028',
    );
    expect(text).toContain('entfallen seit der Fassung');
    expect(text).toContain('neu seit der Fassung');
    // The overview counts the lights in words.
    expect(text).toMatch(/● grün\n13\n● gelb\n5\n● rot\n1\nohne Einschätzung\n2/);
    expect(document).toContain('<w:tblHeader/>');
    expect(document).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-3&quot;<\/w:instrText>/);
    expect(parts['word/styles.xml']).toMatch(/<w:lang w:val="de-DE"\/>/);
    expect(parts['docProps/core.xml']).toContain(
      '<dc:title>Zwischenbilanz vom 23.09.2027 Musterstadt</dc:title>',
    );
  });

  it('is written by the backend’s worker, named after its date, and reads in LibreOffice', async () => {
    const dir = freshDir();
    const backend = backendIn(dir, { exportWorker: bundles.worker });
    await call(backend, 'workspace:openDemo', {});
    const [review] = await call(backend, 'reviews:list', {});
    const written = await call(backend, 'reviews:export', { id: review!.id });
    expect(path.basename(written.path)).toBe('Musterstadt – Zwischenbilanz 2027-09-23.docx');
    expect(written.handle).toBeTruthy();

    const pdf = convertToPdf(written.path, path.join(dir, 'pdf'), { updateIndexes: true });
    const printed = pdfText(pdf).replace(/\s+/g, ' ');
    expect(printed).toMatch(/1 Überblick\s*\.{3,}\s*\d+/);
    expect(printed).toContain('Rufbus „Muster-Flexi“');
    expect(printed).toContain('Seite 2 von');
    expect(
      renderPages(pdf, path.join(artifactsDir, 'zwischenbilanz'), 'zwischenbilanz', 60).length,
    ).toBeGreaterThan(4);
  });
});
