// Word's own numbers in the documents: the headings numbered by a list bound to the heading styles
// (never typed into them, so Word renumbers when the municipality inserts a chapter), the Anhang's
// sections as A.1, A.2, the contents' entries starting with the numbers before any field is
// updated, and the captions "Tabelle n" and "Abbildung n" as SEQ fields with their numbers in.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderZwischenbilanz } from '../../electron/backend/export/reviewDocument';
import { defaultExportOptions } from '../../shared/plan';
import type { PlanData } from '../../shared/plan';
import { docxParts, withListNumbers, wordText } from '../support/docx';
import { demoPlan } from '../support/planSeed';
import { planFacts, renderPlan as render } from '../support/planRender';

let demo: PlanData;
beforeAll(async () => {
  demo = await demoPlan();
});

const withOwnTexts = {
  ...defaultExportOptions,
  foreword: { included: true, text: 'Liebe Bürgerinnen und Bürger,' },
  resolution: { included: true, text: 'Der Rat beschließt den Werkstattplan.' },
};

/** The heading paragraphs of a document.xml: level, text and XML, in order. */
const headings = (document: string) =>
  [
    ...document.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="Heading([123])"\/>.*?<\/w:p>/gs),
  ].map(([xml, level]) => ({ level: Number(level), text: wordText(xml).trim(), xml }));

/** The list (numId) a paragraph's own numbering names, if it has one. */
const ownList = (xml: string) => /<w:numPr>.*?<w:numId w:val="(\d+)"\/>/s.exec(xml)?.[1];

/** The level texts ("%1.%2") of the list `numId`, by level. */
function levelTexts(numbering: string, numId: string): string[] {
  const abstract = new RegExp(
    `<w:num w:numId="${numId}"[^>]*>.*?<w:abstractNumId w:val="(\\d+)"/>`,
    's',
  ).exec(numbering)?.[1];
  const definition = new RegExp(
    `<w:abstractNum w:abstractNumId="${abstract}"[^>]*>(.*?)</w:abstractNum>`,
    's',
  ).exec(numbering)?.[1];
  return [...(definition ?? '').matchAll(/<w:lvlText w:val="([^"]*)"\/>/g)].map(
    ([, text]) => text!,
  );
}

const typedNumber = /^(?:\d+|A)(?:\.\d+)*\s/;

describe('the headings of the Werkstattplan', () => {
  it('are numbered by one list bound to "Überschrift 1–3", no number typed into any', async () => {
    const { document, parts } = await render(demo, withOwnTexts);
    const styles = parts['word/styles.xml'] as string;
    const numbering = parts['word/numbering.xml'] as string;
    const styleLists = [1, 2, 3].map((level) => {
      const style = new RegExp(`w:styleId="Heading${level}">(.*?)</w:style>`, 's').exec(styles);
      const numPr = /<w:numPr><w:ilvl w:val="(\d)"\/><w:numId w:val="(\d+)"\/><\/w:numPr>/.exec(
        style?.[1] ?? '',
      );
      expect(numPr?.[1], `Heading${level}`).toBe(String(level - 1));
      return numPr?.[2] ?? '';
    });
    expect(new Set(styleLists).size).toBe(1);
    expect(levelTexts(numbering, styleLists[0]!).slice(0, 3)).toEqual(['%1', '%1.%2', '%1.%2.%3']);
    // Each level names its heading style, as Word's own heading lists do.
    for (const level of [1, 2, 3]) {
      expect(numbering).toMatch(
        new RegExp(
          `<w:lvl w:ilvl="${level - 1}"[^>]*>(?:(?!</w:lvl>).)*<w:pStyle w:val="Heading${level}"/>`,
          's',
        ),
      );
    }

    const all = headings(document);
    expect(all.length).toBeGreaterThan(40);
    for (const { text } of all) expect(text).not.toMatch(typedNumber);
    // The numbered ones follow their style's list: no numbering of their own.
    const measure = all.find(({ text }) => text === 'Azubi- und Starterwohnen im Alten Postamt');
    expect(measure?.level).toBe(3);
    expect(ownList(measure?.xml ?? '')).toBeUndefined();
  });

  it('leave the Vorwort, Anhang and Beschlussvorschlag unnumbered, and count the Anhang A.1, A.2', async () => {
    const { document, parts, shown } = await render(demo, withOwnTexts);
    const numbering = parts['word/numbering.xml'] as string;
    const all = headings(document);
    const unnumbered = all.filter(({ xml }) => ownList(xml) === '0').map(({ text }) => text);
    expect(unnumbered).toEqual([
      'Vorwort',
      'Anhang: Ideen aus der Zukunftswerkstatt',
      'Beschlussvorschlag',
    ]);
    const annex = all.filter(({ xml }) => ownList(xml) !== undefined && ownList(xml) !== '0');
    expect(annex.map(({ level, text }) => `${level} ${text}`)).toEqual([
      '2 Kritik: Was stört?',
      '2 Fantasie: Es wäre schön, wenn …',
      '2 Umsetzung: Was packen wir an?',
    ]);
    expect(new Set(annex.map(({ xml }) => ownList(xml))).size).toBe(1);
    expect(levelTexts(numbering, ownList(annex[0]!.xml)!)[0]).toBe('A.%1');

    // As a reader sees them (Word's counting, read from the parts by the test's own reckoning).
    expect(headings(shown).map(({ text }) => text)).toEqual(
      expect.arrayContaining([
        'Vorwort',
        '1 Ausgangslage',
        '1.4 Bestandsaufnahme laufender Maßnahmen',
        '4.1.1 Azubi- und Starterwohnen im Alten Postamt',
        '4.11.1 Digitallotsen: Jung hilft Alt',
        '6.1.3 Vereinbarte Anpassungen',
        'Anhang: Ideen aus der Zukunftswerkstatt',
        'A.1 Kritik: Was stört?',
        'A.3 Umsetzung: Was packen wir an?',
        'Beschlussvorschlag',
      ]),
    );
  });

  it('stand in the contents with their numbers before any field is updated', async () => {
    const { document, shown } = await render(demo, withOwnTexts);
    const contents = document.slice(0, document.indexOf('</w:sdtContent>'));
    const entries = [...contents.matchAll(/<w:pStyle w:val="TOC\d"\/>.*?<\/w:p>/gs)].map(([xml]) =>
      wordText(xml).trim(),
    );
    // The headings' numbers Word's list gives them, the unnumbered ones without.
    expect(entries).toEqual(headings(shown).map(({ text }) => text));
    expect(entries).toContain('4.1.1 Azubi- und Starterwohnen im Alten Postamt');
    expect(entries).toContain('A.2 Fantasie: Es wäre schön, wenn …');
    expect(entries[0]).toBe('Vorwort');
  });
});

describe('the headings of the Zwischenbilanz', () => {
  it('are numbered by the same list, no number typed into any', async () => {
    const parts = docxParts(await renderZwischenbilanz(demo, demo.reviews[0]!.id, planFacts));
    const document = parts['word/document.xml'] as string;
    const all = headings(document);
    for (const { text, xml } of all) {
      expect(text).not.toMatch(typedNumber);
      expect(ownList(xml)).toBeUndefined();
    }
    const shown = headings(withListNumbers(parts)).map(({ text }) => text);
    expect(shown.slice(0, 3)).toEqual([
      '1 Überblick',
      '2 Maßnahmen nach Handlungsfeldern',
      '2.1 Wohnen',
    ]);
    expect(shown).toContain('4 Vereinbarte Anpassungen');
    const contents = wordText(document.slice(0, document.indexOf('</w:sdtContent>')));
    expect(contents).toContain('2.1.1 Azubi- und Starterwohnen im Alten Postamt');
  });
});

/** Each caption paragraph: its SEQ label, the number written into the field, text and XML. */
const captions = (document: string) =>
  [...document.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="Caption"\/>.*?<\/w:p>/gs)].map(
    ([xml], index) => {
      const field =
        /<w:instrText[^>]*>SEQ (\w+)<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t[^>]*>(\d+)<\/w:t><w:fldChar w:fldCharType="end"\/>/.exec(
          xml,
        );
      return {
        label: field?.[1],
        number: Number(field?.[2]),
        text: wordText(xml).trim(),
        xml,
        index,
      };
    },
  );

/** What follows and what precedes a caption paragraph in the document. */
const around = (document: string, xml: string) => {
  const at = document.indexOf(xml);
  return {
    before: document.slice(Math.max(0, at - 3000), at),
    after: document.slice(at + xml.length),
  };
};

describe('captions', () => {
  it('name each table worth it above it and each chart below it, counted by SEQ fields written with their numbers', async () => {
    const { document } = await render(demo);
    const all = captions(document);
    const tables = all.filter(({ label }) => label === 'Tabelle');
    const figures = all.filter(({ label }) => label === 'Abbildung');
    expect(tables.length + figures.length).toBe(all.length);
    // Numbered 1, 2, 3 … in the order they stand, the number in the text as the field's result.
    expect(tables.map(({ number }) => number)).toEqual(tables.map((_, index) => index + 1));
    expect(figures.map(({ number }) => number)).toEqual(figures.map((_, index) => index + 1));
    expect(tables.map(({ text }) => text)).toEqual([
      'Tabelle 1: Kennzahlen 2020–2024',
      'Tabelle 2: Stärken, Schwächen, Chancen und Risiken (SWOT-Analyse)',
      'Tabelle 3: Laufende Maßnahmen mit Träger, Handlungsfeld und Status',
      'Tabelle 4: Stand der fünf Prozessschritte',
      'Tabelle 5: Zukunftswerkstätten mit Teilnehmenden und Ideen',
      'Tabelle 6: Beteiligte Akteure nach Organisation und Rolle',
      'Tabelle 7: Maßnahmen mit Budget, Priorität und Zeitplan',
      'Tabelle 8: Stand der Maßnahmen am 23.09.2027',
      'Tabelle 9: Abweichungen von der Fassung „Ratsbeschluss vom 26.11.2026“',
      'Tabelle 10: Ideen der Phase „Kritik“ nach Projekten',
      'Tabelle 11: Ideen der Phase „Fantasie“ nach Projekten',
      'Tabelle 12: Ideen der Phase „Umsetzung“ nach Projekten',
    ]);
    expect(figures.map(({ text }) => text)).toEqual([
      'Abbildung 1: Einwohnerinnen und Einwohner in Musterstadt 2014–2024',
      'Abbildung 2: Bevölkerungsentwicklung im Vergleich (Index 2014 = 100)',
      'Abbildung 3: Altersstruktur in Musterstadt 2014 und 2024',
      'Abbildung 4: Wanderungssaldo nach Altersgruppen 2024',
      'Abbildung 5: Leerstehende Ladenlokale in der Ortsmitte',
      'Abbildung 6: Geburten je Jahr',
    ]);
    // A table's caption stands right above it and is kept with it; a figure's right below it,
    // its picture's paragraph kept with the caption (the figure style's keepNext).
    for (const { xml, text } of tables) {
      expect(xml, text).toContain('<w:keepNext/>');
      expect(around(document, xml).after.startsWith('<w:tbl>'), text).toBe(true);
    }
    for (const { xml, text } of figures) {
      const before = around(document, xml).before;
      const picture = before.slice(before.lastIndexOf('<w:p>'));
      expect(picture, text).toContain('<w:pStyle w:val="KwFigure"/>');
      expect(picture, text).toContain('<w:drawing>');
    }
    // The Steckbriefe are forms named by their headings: none has a caption.
    const sheets = [...document.matchAll(/<w:tbl>/g)]
      .map(({ index }) => ({
        before: document.slice(document.lastIndexOf('<w:p>', index), index),
        head: wordText(document.slice(index, document.indexOf('</w:tr>', index))).trim(),
      }))
      .filter(({ head }) => head.startsWith('Steckbrief '));
    expect(sheets.length).toBe(20);
    for (const { before, head } of sheets) expect(before, head).not.toContain('"Caption"');
  });

  it('number the Zwischenbilanz’s tables, but not its sheets', async () => {
    const parts = docxParts(await renderZwischenbilanz(demo, demo.reviews[0]!.id, planFacts));
    const all = captions(parts['word/document.xml'] as string);
    expect(all.map(({ text }) => text)).toEqual([
      'Tabelle 1: Maßnahmen nach Einschätzung',
      'Tabelle 2: Abweichungen von der Fassung „Ratsbeschluss vom 26.11.2026“',
    ]);
  });
});
