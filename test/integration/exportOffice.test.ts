// What LibreOffice adds to the export when it is installed (it is, on the test machines): the
// table of contents' page numbers written into the .docx — so even a plain conversion, with no
// field updated, shows them, each the page its heading is on — and a tagged PDF with bookmarks.
// Without LibreOffice the .docx leaves the numbers to Word and a PDF is refused in German.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultExportOptions } from '../../shared/plan';
import { artifactsDir } from '../support/app';
import { call, callFailing, closedAfterEach } from '../support/backend';
import { buildExportBundles } from '../support/exportWorker';
import type { ExportBundles } from '../support/exportWorker';
import { freshFolders } from '../support/folders';
import { convertToPdf, pdfText, renderPages } from '../support/office';

const freshDir = freshFolders('kw-office-');
const backendIn = closedAfterEach();

let bundles: ExportBundles;
beforeAll(async () => {
  bundles = await buildExportBundles();
});
afterAll(() => bundles?.remove());
afterEach(() => {
  delete process.env.KW_NO_OFFICE;
});

async function demoBackend() {
  const backend = backendIn(freshDir(), { exportWorker: bundles.worker, office: true });
  await call(backend, 'workspace:openDemo', {});
  return backend;
}

/** The text of each page of a PDF, by number from 1. */
function pagesOf(pdf: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) =>
    execFileSync('pdftotext', ['-f', String(index + 1), '-l', String(index + 1), pdf, '-'], {
      encoding: 'utf8',
    }),
  );
}

const pageCount = (pdf: string) =>
  Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);

describe('the export with LibreOffice', () => {
  it(
    'writes the contents’ page numbers into the .docx: a plain conversion shows each heading’s page',
    { timeout: 180_000 },
    async () => {
      const backend = await demoBackend();
      expect(await call(backend, 'plan:office', {})).toEqual({ libreOffice: true });
      const result = await call(backend, 'plan:export', { options: defaultExportOptions });
      expect(result.pageNumbers).toBe('libreoffice');

      const out = path.join(artifactsDir, 'werkstattplan-plain');
      mkdirSync(out, { recursive: true });
      const pdf = convertToPdf(result.path, out);
      const pages = pagesOf(pdf, pageCount(pdf));
      const contents = pages.findIndex((text) => text.includes('Inhaltsverzeichnis'));
      expect(contents).toBeGreaterThan(0);
      // Each entry "4.1 Wohnen ........ 9" (Word's list numbers, none typed: the headings carry
      // them as list numbers, and so does the page the entry names).
      const entries = [
        ...pages
          .slice(contents, contents + 2)
          .join('\n')
          .matchAll(/^((?:\d+|A)(?:\.\d+)*) (.+?)\.{3,}\s*(\d+)\s*$/gm),
      ];
      expect(entries.length).toBeGreaterThan(20);
      expect(entries.map(([, number]) => number)).toEqual(
        expect.arrayContaining(['1', '1.1', '4.1.1', '4.11.1', '6.1.3', 'A.1', 'A.3']),
      );
      for (const [, number, title, page] of entries) {
        const heading = `${number} ${(title ?? '').trim().slice(0, 25)}`;
        const onPage = pages[Number(page) - 1] ?? '';
        expect(onPage.replace(/\s+/g, ' '), `${heading} auf Seite ${page}`).toContain(heading);
      }
      renderPages(pdf, out, 'seite', 40).slice(0, 3);
    },
  );

  it(
    'makes a tagged PDF with bookmarks, the title shown, German, and every measure in it',
    { timeout: 180_000 },
    async () => {
      const backend = await demoBackend();
      const plan = await call(backend, 'library:list', { filters: {} });
      const result = await call(backend, 'plan:export', {
        options: defaultExportOptions,
        format: 'pdf',
      });
      expect(result.format).toBe('pdf');
      expect(result.path).toMatch(/\.pdf$/);
      const info = execFileSync('pdfinfo', [result.path], { encoding: 'utf8' });
      expect(info).toMatch(/^Tagged:\s+yes/m);
      expect(info).toMatch(/^Title:\s+Werkstattplan Musterstadt/m);
      const bytes = readFileSync(result.path).toString('latin1');
      expect(bytes).toContain('/Outlines');
      expect(bytes).toMatch(/\/Lang\s*\(de-DE\)/);
      expect(bytes).toContain('<pdfuaid:part>1</pdfuaid:part>');
      const text = pdfText(result.path).replace(/\s+/g, ' ');
      for (const project of plan.projects) {
        expect(text, project.title).toContain(project.title.replace(/\s+/g, ' ').slice(0, 30));
      }
      renderPages(result.path, path.join(artifactsDir, 'werkstattplan-pdf'), 'seite', 40);
    },
  );
});

describe('the export without LibreOffice', () => {
  it(
    'leaves the page numbers to Word and refuses a PDF with a German message',
    { timeout: 120_000 },
    async () => {
      process.env.KW_NO_OFFICE = '1';
      const backend = await demoBackend();
      expect(await call(backend, 'plan:office', {})).toEqual({ libreOffice: false });
      const result = await call(backend, 'plan:export', { options: defaultExportOptions });
      expect(result.pageNumbers).toBe('word');
      const refused = await callFailing(backend, 'plan:export', {
        options: defaultExportOptions,
        format: 'pdf',
      });
      expect(refused.code).toBe('OFFICE_MISSING');
      expect(refused.message).toMatch(/LibreOffice/);
    },
  );

  it('refuses a file name that does not fit the format', async () => {
    const backend = await demoBackend();
    const dir = path.dirname((await call(backend, 'workspace:current', {}))?.path ?? '');
    const refused = await callFailing(backend, 'plan:export', {
      options: defaultExportOptions,
      format: 'pdf',
      path: path.join(dir, 'Plan.docx'),
    });
    expect(refused.code).toBe('INVALID_INPUT');
    expect(refused.message).toMatch(/Dateiendung/);
  });
});
