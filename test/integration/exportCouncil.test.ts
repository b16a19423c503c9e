// What a council expects of the Werkstattplan: no skeleton Steckbriefe (they become "Weitere
// Projektideen" or are marked), budget sums in the overview, Steckbriefe kept together and
// titled on every page, spacing without empty paragraphs, one vocabulary.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderWerkstattplan } from '../../electron/backend/export/document';
import type { DocumentFacts } from '../../electron/backend/export/document';
import { defaultExportOptions } from '../../shared/plan';
import type { ExportOptions, PlanData, PlanProject } from '../../shared/plan';
import { docxParts, parseStrictly, wordText } from '../support/docx';
import { demoPlan } from '../support/planSeed';

const facts: DocumentFacts = {
  title: 'Werkstattplan',
  versionLabel: 'Entwurf',
  date: '2026-07-01',
  creator: 'Büro Elbe-Saale',
};

let demo: PlanData;
beforeAll(async () => {
  demo = await demoPlan();
});

async function render(plan: PlanData, options: ExportOptions = defaultExportOptions) {
  const parts = docxParts(await renderWerkstattplan(plan, options, facts));
  const document = parts['word/document.xml'] as string;
  parseStrictly(document);
  return { document, text: wordText(document), parts };
}

/** The demo with two projects whose Steckbrief holds a title and at most one fact. */
function withSkeletons(): PlanData {
  const [first] = demo.projects as [PlanProject];
  const skeleton = (id: number, title: string, changes: Partial<PlanProject>): PlanProject => ({
    ...first,
    id,
    title,
    description: '',
    lead: '',
    startMonth: null,
    endMonth: null,
    budgetCents: null,
    funding: '',
    indicators: '',
    milestones: [],
    dots: 2,
    ...changes,
  });
  return {
    ...demo,
    projects: [
      ...demo.projects,
      skeleton(9001, 'Bürgerbus am Sonntag', { lead: 'Ortsbeirat' }),
      skeleton(9002, 'Dorfladen mit Café', { dots: 9 }),
    ],
    ideas: [
      ...demo.ideas,
      {
        id: 9101,
        text: 'Ein Laden, in dem man auch Kaffee trinken kann',
        phase: 'fantasie',
        dots: 4,
        workshopId: null,
        projectId: 9002,
      },
    ],
  };
}

describe('projects whose Steckbrief is mostly empty', () => {
  it('are listed under "Weitere Projektideen" after the Steckbriefe, most dots first, by default', async () => {
    const { text } = await render(withSkeletons());
    // The demo's 11 Handlungsfelder are 4.1–4.11; the project ideas follow them.
    const ideas = text.indexOf('\n4.12 Weitere Projektideen\n');
    expect(ideas).toBeGreaterThan(text.lastIndexOf('\nSteckbrief 4.11.'));
    const table = text.slice(ideas, text.indexOf('5 Maßnahmenübersicht\n', ideas));
    // Most dots first: the Dorfladen (9 + 4 from its idea) before the Bürgerbus (2).
    expect(table).toMatch(
      /Dorfladen mit Café\nWohnen\n„Ein Laden, in dem man auch Kaffee trinken kann“\n13\nBürgerbus am Sonntag\nWohnen\n\n2\n/,
    );
    // No Steckbrief, no number, not in the overview, not counted as a measure.
    expect(text).not.toMatch(/\d\.\d+\.\d+ (Bürgerbus am Sonntag|Dorfladen mit Café)/);
    expect(text).toContain('umfasst 20 Maßnahmen in 11 Handlungsfeldern');
    expect(text).toContain('2 weitere Projekte stehen mit noch unvollständigem Steckbrief');
  });

  it('are printed as Steckbrief marked "Steckbrief unvollständig" when the options say so', async () => {
    const { text } = await render(withSkeletons(), {
      ...defaultExportOptions,
      mostlyEmptySheets: 'marked',
    });
    expect(text).not.toContain('Weitere Projektideen');
    expect(text).toMatch(/4\.\d\.\d+ Dorfladen mit Café\nSteckbrief unvollständig: /);
    expect(text).toMatch(/4\.\d\.\d+ Bürgerbus am Sonntag\nSteckbrief unvollständig: /);
    expect(text.match(/Steckbrief unvollständig/g)).toHaveLength(2);
    expect(text).toContain('umfasst 22 Maßnahmen');
  });

  it('leave the demo, whose Steckbriefe are all filled, as it is', async () => {
    const { text } = await render(demo);
    expect(text).not.toContain('Weitere Projektideen');
    expect(text).not.toContain('Steckbrief unvollständig');
  });
});
