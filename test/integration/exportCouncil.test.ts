// What a council expects of the Werkstattplan: no skeleton Steckbriefe (they become "Weitere
// Projektideen" or are marked), budget sums in the overview, Steckbriefe kept together and
// titled on every page, spacing without empty paragraphs, one vocabulary. The Vorwort and the
// Beschlussvorschlag: exportOwnTexts.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultExportOptions } from '../../shared/plan';
import type { PlanData, PlanProject } from '../../shared/plan';
import { emptyParagraphs, wordText } from '../support/docx';
import { demoPlan } from '../support/planSeed';
import { renderPlan as render } from '../support/planRender';

let demo: PlanData;
beforeAll(async () => {
  demo = await demoPlan();
});

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

/** "420.000 €" or "1.234,50 €" → cents. */
const cents = (euro: string) => {
  const [whole = '', fraction = '0'] = euro.replace(/\s*€$/, '').split(',');
  return Number(whole.replace(/\./g, '')) * 100 + Number(fraction.padEnd(2, '0'));
};
const amount = /\d{1,3}(?:\.\d{3})*(?:,\d{2})?\u00a0€/;

describe('the Maßnahmenübersicht', () => {
  it('sums the budgets per Handlungsfeld and overall exactly as the Steckbriefe give them', async () => {
    const { text } = await render(demo);
    const chapter = text.slice(text.indexOf('\n4 Handlungsfelder und Maßnahmen\n'));
    const overview = text.slice(text.indexOf('\n5 Maßnahmenübersicht\n'));
    // Each Steckbrief's budget, by the Handlungsfeld heading (4.n) it stands under.
    const byField = new Map<string, number>();
    for (const [, fieldName, sheets] of chapter
      .split(/\n5 Maßnahmenübersicht\n/)[0]!
      .matchAll(/\n4\.\d+ ([^\n]+)\n([\s\S]*?)(?=\n4\.\d+ [^\n.]|$)/g)) {
      const budgets = [...sheets!.matchAll(/\nBudget und Finanzierung\n([^\n]+)/g)]
        .map((match) => match[1] as string)
        .filter((value) => amount.test(value));
      byField.set(
        fieldName as string,
        budgets.map(cents).reduce((a, b) => a + b, 0),
      );
    }
    expect(byField.size).toBe(11);
    let overall = 0;
    for (const [name, sum] of byField) {
      const printed = new RegExp(
        `\\nSumme ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n([^\\n]+)\\n`,
      ).exec(overview);
      expect(printed?.[1], name).toBeDefined();
      // A Handlungsfeld none of whose measures gives a budget sums to "–", not "0 €".
      expect(printed![1] === '–' ? 0 : cents(printed![1]!), name).toBe(sum);
      overall += sum;
    }
    const total = /\nSumme\n([^\n]+)\n/.exec(overview);
    expect(cents(total![1]!)).toBe(overall);
    expect(overall).toBeGreaterThan(0);
    // The German format, with thousands points.
    expect(total![1]).toMatch(/^\d{1,3}(\.\d{3})+\u00a0€$/);
  });

  it('shows per measure the budget, the Fördermittel, the priority and the dots', async () => {
    const { text } = await render(demo);
    const overview = text.slice(text.indexOf('\n5 Maßnahmenübersicht\n'));
    expect(overview).toMatch(
      /\nMaßnahme\nVerantwortlich\nBudget\nFördermittel\nPriorität\nStatus\n/,
    );
    expect(overview).toMatch(
      /4\.1\.1 Azubi- und Starterwohnen im Alten Postamt\n[^\n]*\nBürgermeisteramt, Fachbereich Bauen\n420\.000\u00a0€\nStädtebauförderung „Lebendige Zentren“[^\n]*\nhoch\n\d+ Punkte\n/,
    );
  });
});

/** The (innermost) table containing `text`, split into its rows. */
function tableAround(document: string, text: string) {
  const at = document.indexOf(text);
  expect(at).toBeGreaterThan(-1);
  const start = document.lastIndexOf('<w:tbl>', at);
  return document.slice(start, document.indexOf('</w:tbl>', at)).split('<w:tr>').slice(1);
}

describe('Steckbriefe on the page', () => {
  it('keep together: every row unsplittable and kept with the next, but the last', async () => {
    const { document, parts } = await render(demo);
    const rows = tableAround(
      document,
      '>Steckbrief 4.1.1 Azubi- und Starterwohnen im Alten Postamt<',
    );
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) expect(row).toContain('<w:cantSplit/>');
    for (const row of rows.slice(0, -1)) {
      const paragraphs = row.match(/<w:p>.*?<\/w:p>/g) ?? [];
      expect(paragraphs.length).toBeGreaterThan(0);
      for (const paragraph of paragraphs) expect(paragraph).toMatch(/<w:keepNext\/>/);
    }
    // The last row lets go, so the next heading is free to start a page of its own.
    expect(rows.at(-1)).not.toMatch(/<w:keepNext\/>/);
    // The heading above keeps with the table (by its style).
    const heading3 = /<w:style [^>]*w:styleId="Heading3".*?<\/w:style>/s.exec(
      parts['word/styles.xml'] as string,
    );
    expect(heading3?.[0]).toContain('<w:keepNext/>');
  });

  it("repeat the measure's number and title in a header row on each page they break onto", async () => {
    const { document } = await render(demo);
    const [header] = tableAround(
      document,
      '>Steckbrief 4.1.1 Azubi- und Starterwohnen im Alten Postamt<',
    );
    expect(header).toContain('<w:tblHeader/>');
    expect(wordText(header!).trim()).toBe(
      'Steckbrief 4.1.1 Azubi- und Starterwohnen im Alten Postamt',
    );
  });

  it("keep a Handlungsfeld's row in the overview with its first measure", async () => {
    const { document } = await render(demo);
    const rows = tableAround(document, '>Summe Mobilität<');
    const mobility = rows.find((row) => wordText(row).trim() === 'Mobilität');
    expect(mobility).toMatch(/<w:keepNext\/>/);
  });

  it('keep each sum in the overview with the rows it adds up', async () => {
    const { document } = await render(demo);
    const rows = tableAround(document, '>Summe Mobilität<');
    const texts = rows.map((row) => wordText(row).trim());
    const overall = texts.findIndex((text) => /^Summe\s*[\d.]+\s*€$/.test(text));
    const field = texts.findIndex((text) => text.startsWith('Summe Mobilität'));
    expect(overall).toBe(rows.length - 1);
    // The last field's sum goes with the overall one, the last measure with its field's sum.
    expect(rows[overall - 1]).toMatch(/<w:keepNext\/>/);
    expect(rows[field - 1]).toMatch(/<w:keepNext\/>/);
    expect(rows[overall]).not.toMatch(/<w:keepNext\/>/);
  });
});

describe('spacing', () => {
  it('uses no empty paragraph anywhere in the plan, in any of its chapters and choices', async () => {
    // A 1×1 PNG as logo and as a photo of a pinboard: the title page and the photo annex too.
    const png =
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';
    const image = { mime: 'image/png', base64: png };
    const plan: PlanData = {
      ...withSkeletons(),
      kommune: { ...demo.kommune, logo: image },
      photos: [
        { id: 1, workshopId: null, altText: 'Pinnwand', createdAt: '2026-05-09', image },
        { id: 2, workshopId: null, altText: 'Pinnwand', createdAt: '2026-05-09', image },
      ],
    };
    for (const options of [
      defaultExportOptions,
      { ...defaultExportOptions, mostlyEmptySheets: 'marked', anonymiseNames: false } as const,
    ]) {
      const { document } = await render(plan, options);
      expect(emptyParagraphs(document)).toEqual([]);
    }
  });

  it('finds an empty paragraph when there is one (the check itself)', () => {
    const table = '<w:tbl><w:tr><w:tc><w:p><w:pPr/></w:p></w:tc></w:tr></w:tbl>';
    expect(emptyParagraphs(`<w:body>${table}<w:p><w:r><w:t>a</w:t></w:r></w:p></w:body>`)).toEqual(
      [],
    );
    expect(emptyParagraphs(`<w:body>${table}<w:p><w:pPr/></w:p></w:body>`)).toEqual([
      '<w:p><w:pPr/></w:p>',
    ]);
    expect(emptyParagraphs('<w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p><w:p/></w:tc>')).toEqual([
      '<w:p/>',
    ]);
  });
});

describe('vocabulary', () => {
  it('says "Steckbrief" throughout, and once that a Projekt of the library becomes a Maßnahme', async () => {
    const { parts, text } = await render(withSkeletons());
    for (const part of ['word/document.xml', 'word/styles.xml']) {
      expect(parts[part]).not.toMatch(/Faktenblatt|fact sheet/i);
    }
    expect(text.match(/ist ein Projekt der Projektbibliothek/g)).toHaveLength(1);
    expect(text).toMatch(
      /\n4 Handlungsfelder und Maßnahmen\nJede Maßnahme dieses Werkstattplans ist ein Projekt der Projektbibliothek/,
    );
    expect(parts['word/styles.xml']).toContain('Werkstattplan Steckbrief Beschriftung');
  });
});

describe('project ideas elsewhere in the plan', () => {
  it('are not named as measures serving a Leitziel', async () => {
    const { text } = await render(withSkeletons());
    const start = text.indexOf('\n3 Leitziele\n');
    const leitziele = text.slice(start, text.indexOf('\n4 Handlungsfelder', start));
    expect(leitziele).toContain('Beitragende Maßnahmen: 4.1.1 Azubi-');
    expect(leitziele).not.toMatch(/Bürgerbus am Sonntag|Dorfladen mit Café/);
  });
});
