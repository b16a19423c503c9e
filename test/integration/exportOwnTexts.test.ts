// The municipality's own texts in the Werkstattplan: a Vorwort after the contents and a
// Beschlussvorschlag at the end, both off by default; and German hyphenation.
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultExportOptions } from '../../shared/plan';
import type { PlanData } from '../../shared/plan';
import { demoPlan } from '../support/planSeed';
import { chapters, renderPlan as render } from '../support/planRender';

let demo: PlanData;
beforeAll(async () => {
  demo = await demoPlan();
});

describe("the municipality's own texts", () => {
  it('are left out by default', async () => {
    const { shown } = await render(demo);
    expect(chapters(shown)).not.toContain('Vorwort');
    expect(chapters(shown)).not.toContain('Beschlussvorschlag');
  });

  it('print the Vorwort after the contents and the Beschlussvorschlag at the end, unnumbered', async () => {
    const { shown, text } = await render(demo, {
      ...defaultExportOptions,
      foreword: { included: true, text: 'Liebe Bürgerinnen und Bürger,\n\nwir danken allen.' },
      resolution: { included: true, text: 'Der Rat beschließt den Werkstattplan.' },
    });
    const headings = chapters(shown);
    expect(headings[0]).toBe('Vorwort');
    expect(headings[1]).toBe('1 Ausgangslage');
    expect(headings.at(-1)).toBe('Beschlussvorschlag');
    expect(text.indexOf('Vorwort\n')).toBeGreaterThan(text.indexOf('Inhaltsverzeichnis'));
    // A blank line starts a new paragraph.
    expect(text).toContain('\nVorwort\nLiebe Bürgerinnen und Bürger,\nwir danken allen.\n');
    expect(text).toMatch(/\nBeschlussvorschlag\nDer Rat beschließt den Werkstattplan\.\n[^\n]*$/);
  });

  it('are not printed as an empty chapter when ticked without text', async () => {
    const { shown } = await render(demo, {
      ...defaultExportOptions,
      foreword: { included: true, text: '  ' },
      resolution: { included: true, text: '' },
    });
    expect(chapters(shown)).not.toContain('Vorwort');
    expect(chapters(shown)).not.toContain('Beschlussvorschlag');
  });
});

describe('hyphenation', () => {
  it('is on for the German text', async () => {
    const { parts } = await render(demo);
    expect(parts['word/settings.xml']).toMatch(/<w:autoHyphenation(?: w:val="(?:true|1|on)")?\/>/);
  });
});
