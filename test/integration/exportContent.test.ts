// What the Werkstattplan says and leaves out: sections without data, numbering, anonymised actors,
// the Zwischenbilanz, the quarter plan, German formats, images with alt text, line breaks.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  defaultExportOptions,
  formatEuro,
  formatPeriod,
  planOutline,
  planTimeline,
  timelineCells,
} from '../../shared/plan';
import type { ExportOptions, PlanData } from '../../shared/plan';
import { noKickoff } from '../../shared/planFormat';
import { demoPlan } from '../support/planSeed';
import { chapters, renderPlan as render } from '../support/planRender';

let demo: PlanData;
beforeAll(async () => {
  demo = await demoPlan();
});

const withSections = (sections: Partial<ExportOptions['sections']>): ExportOptions => ({
  ...defaultExportOptions,
  sections: { ...defaultExportOptions.sections, ...sections },
});

describe('sections and numbering', () => {
  it('numbers the chapters present in order, the Anhang unnumbered', async () => {
    const { shown } = await render(demo);
    expect(chapters(shown)).toEqual([
      '1 Ausgangslage',
      '2 Prozess',
      '3 Leitziele',
      '4 Handlungsfelder und Maßnahmen',
      '5 Maßnahmenübersicht',
      '6 Umsetzung und Zwischenbilanz',
      'Anhang: Ideen aus der Zukunftswerkstatt',
    ]);
  });

  it('renumbers when sections are switched off, and drops the idea annex on request', async () => {
    const options = {
      ...withSections({ ausgangslage: false, leitziele: false }),
      ideaAnnex: false,
    };
    const { shown, text } = await render(demo, options);
    expect(chapters(shown)).toEqual([
      '1 Prozess',
      '2 Handlungsfelder und Maßnahmen',
      '3 Maßnahmenübersicht',
      '4 Umsetzung und Zwischenbilanz',
    ]);
    expect(text).toContain('2.1.1 Azubi- und Starterwohnen im Alten Postamt');
    expect(text).not.toContain('Stärken, Schwächen');
  });

  it('leaves out sections without data instead of printing them empty', async () => {
    const bare: PlanData = {
      ...demo,
      indicators: [],
      charts: [],
      swot: [],
      inventory: [],
      strategicGoals: [],
      projects: [],
      ideas: [],
      reviews: [],
    };
    const { shown } = await render(bare);
    expect(chapters(shown)).toEqual(['1 Prozess']);
    const empty: PlanData = { ...bare, steps: [], kickoff: noKickoff, workshops: [], actors: [] };
    const nothing = await render(empty);
    expect(chapters(nothing.shown)).toEqual([]);
    expect(nothing.text).not.toContain('Inhaltsverzeichnis');
    expect(nothing.text).toContain('Musterstadt');
  });

  it('adds "Umsetzung und Zwischenbilanz" only when reviews exist, after the landscape overview', async () => {
    expect(
      planOutline({ ...demo, reviews: [] }, defaultExportOptions).map((c) => c.key),
    ).not.toContain('zwischenbilanz');
    const { document, shown, text } = await render(demo);
    expect(chapters(shown)).toContain('6 Umsetzung und Zwischenbilanz');
    expect(text).toContain('6.1 Zwischenbilanz vom 23.09.2027');
    // The overview stays landscape in its own section; what follows it is portrait again.
    const orientations = [...document.matchAll(/<w:pgSz [^>]*\/>/g)].map((m) =>
      m[0].includes('landscape') ? 'quer' : 'hoch',
    );
    expect(orientations).toEqual(['hoch', 'quer', 'hoch']);
  });
});

describe('content', () => {
  it('names only organisation and role when anonymised, names too when not', async () => {
    const plan: PlanData = {
      ...demo,
      actors: [
        {
          name: 'Erika Mustermann',
          organisation: 'Seniorenbeirat',
          role: 'Sprecherin',
          steeringGroup: false,
        },
      ],
    };
    const anonymous = await render(plan);
    expect(anonymous.text).toContain('Seniorenbeirat');
    expect(anonymous.text).toContain('Sprecherin');
    expect(anonymous.text).not.toContain('Erika Mustermann');
    const named = await render(plan, { ...defaultExportOptions, anonymiseNames: false });
    expect(named.text).toContain('Erika Mustermann');
  });

  it('fills a fact sheet per project with German months, currency and the ideas it came from', async () => {
    const { text } = await render(demo);
    // The heading in chapter 4 (followed by its sheet), not the contents' or the overview's line.
    const start = text.indexOf('4.1.1 Azubi- und Starterwohnen im Alten Postamt\nSteckbrief');
    const sheet = text.slice(start, text.indexOf('\n4.1.2 ', start));
    for (const label of [
      'Ziel und Beschreibung',
      'Leitziele',
      'Zielgruppen',
      'Verantwortlich',
      'Partner',
      'Zeitraum',
      'Budget und Finanzierung',
      'Indikatoren',
      'Meilensteine',
      'Priorität',
      'Schlüsselmaßnahme',
      'Status',
      'Projektziel',
      'Projektart',
      'Gebietsbezug',
      'Herkunft aus der Zukunftswerkstatt',
    ]) {
      expect(sheet).toContain(label);
    }
    expect(sheet).toContain('April 2027 – Dezember 2028');
    expect(sheet).toContain('420.000\u00a0€');
    expect(sheet).toContain('März 2027: Machbarkeitsstudie');
    expect(sheet).toMatch(/„Altes Postamt umbauen[^“]*“ \(Umsetzung, 7 Punkte\)/);
  });

  it('turns "\\n" into real line breaks and drops XML-illegal characters', async () => {
    const [first, ...rest] = demo.projects;
    const plan: PlanData = {
      ...demo,
      projects: [
        { ...first!, description: 'Zeile eins\nZeile zwei\r\nZeile drei\u0001\uFFFE\uD800' },
        ...rest,
      ],
    };
    const { document } = await render(plan);
    expect(document).toContain(
      'Zeile eins</w:t></w:r><w:r><w:br/><w:t xml:space="preserve">Zeile zwei</w:t></w:r><w:r><w:br/><w:t xml:space="preserve">Zeile drei</w:t>',
    );
  });

  it('shows the logo on the title page with alt text', async () => {
    // A 1×1 PNG.
    const png =
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';
    const plan: PlanData = {
      ...demo,
      kommune: { ...demo.kommune, logo: { mime: 'image/png', base64: png } },
    };
    const { document, parts } = await render(plan);
    expect(document).toMatch(/<wp:docPr [^>]*descr="Wappen bzw\. Logo von Musterstadt"/);
    expect(Object.keys(parts).some((name) => name.startsWith('word/media/'))).toBe(true);
  });
});

describe('plan assembly helpers', () => {
  it('formats months, periods and euros the German way', () => {
    expect(formatPeriod('2026-10', '2028-12')).toBe('Oktober 2026 – Dezember 2028');
    expect(formatPeriod('2027-03', null)).toBe('ab März 2027');
    expect(formatPeriod(null, null)).toBe('');
    expect(formatEuro(42_000_000)).toBe('420.000\u00a0€');
    expect(formatEuro(123_450)).toBe('1.234,50\u00a0€');
  });

  it('lays out quarters from the earliest start to the latest end, years when too long', () => {
    const timeline = planTimeline([
      { startMonth: '2026-09', endMonth: '2027-05' },
      { startMonth: '2027-01', endMonth: null },
      { startMonth: null, endMonth: null },
    ]);
    expect(timeline?.unit).toBe('quarter');
    expect(timeline?.columns.map((c) => c.label)).toEqual(['Q3', 'Q4', 'Q1', 'Q2']);
    expect(timeline?.years).toEqual([
      { label: '2026', span: 2 },
      { label: '2027', span: 2 },
    ]);
    expect(timelineCells(timeline!, { startMonth: '2027-01', endMonth: null })).toEqual([
      false,
      false,
      true,
      false,
    ]);
    expect(timelineCells(timeline!, { startMonth: null, endMonth: null })).toEqual([
      false,
      false,
      false,
      false,
    ]);
    const long = planTimeline([{ startMonth: '2026-01', endMonth: '2031-12' }]);
    expect(long?.unit).toBe('year');
    expect(long?.columns.map((c) => c.label)).toEqual([
      '2026',
      '2027',
      '2028',
      '2029',
      '2030',
      '2031',
    ]);
  });
});
