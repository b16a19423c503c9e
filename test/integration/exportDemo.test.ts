// The Werkstattplan of the demo Musterstadt as Word document: real Word structures in the XML,
// and the same document through LibreOffice (TOC rebuilt over UNO) as PDF, text and PNG pages.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultExportOptions } from '../../shared/plan';
import { artifactsDir } from '../support/app';
import { call, closedAfterEach } from '../support/backend';
import { docxParts, parseStrictly, wordText } from '../support/docx';
import { buildExportBundles } from '../support/exportWorker';
import type { ExportBundles } from '../support/exportWorker';
import { freshFolders } from '../support/folders';
import { convertToPdf, pdfPageCount, pdfText, renderPages } from '../support/office';
import { stampedDuring } from '../support/stamps';

const freshDir = freshFolders('kw-export-');
const backendIn = closedAfterEach();
const pagesDir = path.join(artifactsDir, 'werkstattplan');

let bundles: ExportBundles;
beforeAll(async () => {
  bundles = await buildExportBundles();
});
afterAll(() => bundles?.remove());

/** pdftotext breaks lines and spaces as the layout does; compare with whitespace folded. */
const folded = (text: string) => text.replace(/\s+/g, ' ');

describe('the demo Werkstattplan', () => {
  it(
    'is a well-formed Word document with headings, TOC, repeated header rows and a landscape overview',
    { timeout: 90_000 },
    async () => {
      const dir = freshDir();
      const backend = backendIn(dir, { exportWorker: bundles.worker });
      await call(backend, 'workspace:openDemo', {});
      const board = await call(backend, 'board:load', {});
      const [result, stamps] = await stampedDuring(() =>
        call(backend, 'plan:export', { options: defaultExportOptions }),
      );

      expect(path.dirname(result.path)).toBe(path.join(dir, 'werkstaetten'));
      expect(stamps.map((stamp) => `Musterstadt – Werkstattplan ${stamp}.docx`)).toContain(
        path.basename(result.path),
      );
      const parts = docxParts(result.path);
      expect(result.bytes).toBeGreaterThan(20_000);
      for (const name of ['word/document.xml', 'word/styles.xml', 'docProps/core.xml']) {
        expect(() => parseStrictly(parts[name] as string), name).not.toThrow();
      }
      const document = parts['word/document.xml'] as string;
      const styles = parts['word/styles.xml'] as string;
      const core = parts['docProps/core.xml'] as string;

      // Headings are Word's heading styles with outline levels; the language is German.
      for (const level of [1, 2, 3]) {
        expect(styles).toMatch(
          new RegExp(`w:styleId="Heading${level}">.*?<w:outlineLvl w:val="${level - 1}"/>`),
        );
      }
      expect(styles).toMatch(/<w:docDefaults>.*<w:lang w:val="de-DE"\/>/);
      expect(styles).toContain('Werkstattplan Tabellentext');
      // A real TOC field over the heading styles, and Word asked to update fields on opening.
      expect(document).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-3&quot;<\/w:instrText>/);
      expect(parts['word/settings.xml']).toMatch(/<w:updateFields(?: w:val="true")?\/>/);
      expect(document).toContain('<w:tblHeader/>');
      expect(document).toMatch(/<w:pgSz[^>]*w:orient="landscape"/);
      expect(core).toContain('<dc:title>Werkstattplan Musterstadt</dc:title>');
      expect(core).toMatch(/<dc:subject>Demografiestrategie Musterstadt/);
      expect(core).toContain('<dc:creator>Büro für Demografie und Beteiligung');
      expect(core).toMatch(/<cp:keywords>Werkstattplan, Demografiestrategie/);
      const footers = Object.entries(parts).filter(([name]) => /^word\/footer\d+\.xml$/.test(name));
      expect(footers.some(([, xml]) => /PAGE.*NUMPAGES/s.test(xml))).toBe(true);
      const headers = Object.entries(parts).filter(([name]) => /^word\/header\d+\.xml$/.test(name));
      expect(headers.some(([, xml]) => xml.includes('Musterstadt · Werkstattplan'))).toBe(true);

      const text = wordText(document);
      expect(text).toContain('4 Handlungsfelder und Maßnahmen');
      expect(text).toContain('420.000\u00a0€');
      expect(text).toContain('Oktober 2026 – Dezember 2028');
      // Anonymised by default: organisations and roles, never the names column.
      expect(text).not.toMatch(/\nName\n/);

      const pdf = convertToPdf(result.path, path.join(dir, 'pdf'), { updateIndexes: true });
      const pages = pdfPageCount(pdf);
      const printed = folded(pdfText(pdf));
      expect(pages).toBeGreaterThan(10);
      expect(printed).toContain('Inhaltsverzeichnis');
      for (const project of board.projects) expect(printed).toContain(folded(project.title));
      const fieldsWithProjects = board.actionFields.filter((field) =>
        board.projects.some((project) => project.actionFieldId === field.id),
      );
      expect(fieldsWithProjects.length).toBeGreaterThan(5);
      for (const field of fieldsWithProjects)
        expect(printed).toMatch(new RegExp(`4\\.\\d+ ${escape(field.name)}`));
      // LibreOffice rebuilt the contents from the headings, with page numbers.
      expect(printed).toMatch(/1 Ausgangslage\s*\.{3,}\s*\d+/);
      expect(printed).toMatch(/4\.1\.1 Azubi- und Starterwohnen im Alten Postamt\s*\.{3,}\s*\d+/);
      expect(printed).toMatch(/5 Maßnahmenübersicht\s*\.{3,}\s*\d+/);
      // The title page has no footer; the pages after it count all pages.
      expect(printed).toContain(`Seite 2 von ${pages}`);
      expect(printed).toContain(`Seite ${pages} von ${pages}`);

      const pngs = renderPages(pdf, pagesDir, 'musterstadt');
      expect(pngs).toHaveLength(pages);
      expect(existsSync(pngs[0] as string)).toBe(true);
    },
  );
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
