// 1,000 generated hostile strings — control characters, lone surrogates, U+FFFE, line ends, markup
// — in project titles, idea texts and the Kommune's name: the document stays well-formed XML, and
// LibreOffice still opens a document full of them.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderWerkstattplan } from '../../electron/backend/export/document';
import type { DocumentFacts } from '../../electron/backend/export/document';
import { phases } from '../../shared/domain';
import type { Phase } from '../../shared/domain';
import { defaultExportOptions } from '../../shared/plan';
import type { PlanData } from '../../shared/plan';
import { docxParts, parseStrictly } from '../support/docx';
import { freshFolders } from '../support/folders';
import { convertToPdf, pdfPageCount } from '../support/office';
import { demoPlan } from '../support/planSeed';

const freshDir = freshFolders('kw-hostile-');

const unit = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 1 }),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
  fc.constantFrom(
    '\uFFFE',
    '\uFFFF',
    '\u0000',
    '\u000B',
    '\n',
    '\r\n',
    '\r',
    '\t',
    '<w:p>',
    '</w:t></w:r>',
    ']]>',
    '<![CDATA[',
    '&amp;',
    '&',
    '"',
    "'",
    '\u202E',
    '\u{1F600}',
    'ä',
  ),
);
const hostile = fc.string({ unit, maxLength: 60 });

let base: PlanData;
beforeAll(async () => {
  const demo = await demoPlan();
  // A small plan keeps a thousand documents fast: five projects, their ideas, everything else.
  const projects = demo.projects.slice(0, 5);
  const kept = new Set(projects.map((project) => project.id));
  base = {
    ...demo,
    projects,
    ideas: demo.ideas
      .filter((idea) => idea.projectId !== null && kept.has(idea.projectId))
      .slice(0, 5),
  };
});

/** Ten strings: five project titles, four idea texts, the Kommune's name. */
function planWith(strings: string[]): PlanData {
  return {
    ...base,
    kommune: { ...base.kommune, name: strings[9] ?? '' },
    projects: base.projects.map((project, i) => ({ ...project, title: strings[i] ?? '' })),
    ideas: base.ideas.map((idea, i) => ({ ...idea, text: strings[5 + i] ?? idea.text })),
  };
}

const facts = (strings: string[]): DocumentFacts => ({
  title: strings[0] ?? '',
  versionLabel: strings[1] ?? '',
  date: '2026-07-01',
  creator: strings[2] ?? '',
});

describe('hostile text', () => {
  it('never breaks the XML of document, properties or header', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostile, { minLength: 10, maxLength: 10 }), async (strings) => {
        const bytes = await renderWerkstattplan(
          planWith(strings),
          defaultExportOptions,
          facts(strings),
        );
        const parts = docxParts(bytes);
        for (const [name, xml] of Object.entries(parts)) {
          if (name.endsWith('.xml') || name.endsWith('.rels')) parseStrictly(xml);
        }
      }),
      { numRuns: 100 },
    );
  });

  it(
    'gives LibreOffice a document it opens, with a batch of them in one file',
    { timeout: 90_000 },
    async () => {
      const strings = fc.sample(hostile, { numRuns: 200, seed: 4711 });
      const plan = planWith(strings);
      const many: PlanData = {
        ...plan,
        ideas: strings.map((text, i) => ({
          id: 10_000 + i,
          text,
          phase: phases[i % phases.length] as Phase,
          dots: i % 7,
          workshopId: null,
          projectId: plan.projects[i % plan.projects.length]?.id ?? null,
        })),
      };
      const dir = freshDir();
      const file = path.join(dir, 'Feindselig.docx');
      writeFileSync(file, await renderWerkstattplan(many, defaultExportOptions, facts(strings)));
      const pdf = convertToPdf(file, dir);
      expect(pdfPageCount(pdf)).toBeGreaterThan(3);
    },
  );
});
