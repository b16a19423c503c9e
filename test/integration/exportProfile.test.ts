// The Werkstattplan's "1 Ausgangslage" from the demo's Kommunalprofil: the key figures by year with
// sources and symbols as footnotes, the charts as PNG pictures with captions and their data in words
// as alt text, the SWOT with the measures answering it, the Bestandsaufnahme; and the pages through
// LibreOffice, written to test-results/werkstattplan-profil/ to be looked at.
import { unzipSync } from 'fflate';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderWerkstattplan } from '../../electron/backend/export/document';
import type { DocumentFacts } from '../../electron/backend/export/document';
import { defaultExportOptions } from '../../shared/plan';
import type { ExportOptions, PlanData } from '../../shared/plan';
import { artifactsDir } from '../support/app';
import { docxParts, parseStrictly, withListNumbers, wordText } from '../support/docx';
import { convertToPdf, pdfText, renderPages } from '../support/office';
import { demoPlan } from '../support/planSeed';
import { tempDir } from '../support/temp';

const facts: DocumentFacts = {
  title: 'Werkstattplan',
  versionLabel: 'Entwurf',
  date: '2026-07-01',
  creator: 'Büro Elbe-Saale',
};
const dir = tempDir('kw-export-profil-');

let demo: PlanData;
let bytes: Buffer;
let parts: Record<string, string>;
let document: string;
beforeAll(async () => {
  demo = await demoPlan();
  bytes = await renderWerkstattplan(demo, defaultExportOptions, facts);
  parts = docxParts(bytes);
  // With the headings' numbers, as Word shows them.
  document = withListNumbers(parts);
});

/** The text of chapter 1 up to the next chapter, paragraphs and cells joined by single spaces. */
const chapterOne = () => {
  const heading = /<w:pStyle w:val="Heading1"\/>(?:(?!<\/w:p>).)*1 Ausgangslage/.exec(document);
  const start = heading?.index ?? -1;
  const end = document.indexOf('<w:pStyle w:val="Heading1"/>', start + 1);
  return wordText(document.slice(start, end)).replace(/\s+/g, ' ');
};

/** The pictures of a .docx: name and pixel width (from the PNG header). */
const pictures = (docx: Uint8Array) =>
  Object.entries(unzipSync(docx))
    .filter(([name]) => /^word\/media\/.*\.png$/.test(name))
    .map(([name, data]) => ({ name, width: Buffer.from(data).readUInt32BE(16) }));

describe('1 Ausgangslage', () => {
  it('is well-formed and opens with the Kommune and the key figures of the last five years', () => {
    parseStrictly(document);
    const text = chapterOne();
    expect(text).toContain('1.1 Kennzahlen');
    expect(text).toContain('Kennzahl Einheit 2020 2021 2022 2023 2024 Bevölkerungsstand');
    // The Kommune, its Kreis and its Land, each with its region and the table as footnote ¹.
    expect(text).toContain(
      'Bevölkerungsstand¹ Musterstadt, Stadt Anzahl 12.240 12.110 11.970 11.830 11.790 p',
    );
    expect(text).toContain('Bevölkerungsstand¹ Sachsen-Anhalt');
    expect(text).toContain('2.174.120');
    // "..." stays a symbol, explained below with the quality mark.
    expect(text).toContain('Zeichenerklärung: ... = Angabe fällt später an; p = vorläufige Zahl');
    expect(text).toContain(
      '¹ Quelle: Beispieldaten (fiktiv) für die Demo-Werkstatt Musterstadt, 2025, Tabelle 12411-01-01-5',
    );
    // Indicators not chosen for the plan (the age groups) are left out.
    expect(text).not.toContain('unter 6 Jahre');
  });

  it('embeds the six charts as PNG pictures with captions and their data in words as alt text', () => {
    expect(pictures(bytes).map((picture) => picture.width)).toEqual([
      1600, 1600, 1600, 1600, 1600, 1600,
    ]);
    const described = [...document.matchAll(/<wp:docPr [^>]*>/g)].map((match) => match[0]);
    expect(described).toHaveLength(6);
    expect(described[0]).toContain('title="Einwohnerinnen und Einwohner in Musterstadt 2014–2024"');
    expect(described[0]).toContain(
      'descr="Die Einwohnerzahl sank von 13.120 (2014) auf 11.790 (2024), −10,1 %."',
    );
    expect(described[1]).toMatch(
      /descr="Von 2014 bis 2024 \(Index 2014 = 100\) veränderte sich die Einwohnerzahl für Musterstadt, Stadt um −10,1 %/,
    );
    expect(described[2]).toMatch(
      /descr="31\.12\.2024: Die größte Altersgruppe ist „50 bis unter 65 Jahre“/,
    );
    const text = chapterOne();
    expect(text).toContain('1.2 Entwicklung in Diagrammen');
    expect(text).toContain('Abbildung 1: Einwohnerinnen und Einwohner in Musterstadt 2014–2024');
    expect(text).toContain('Abbildung 4: Wanderungssaldo nach Altersgruppen 2024');
    // In Word's caption style, numbered by a SEQ field (test/integration/exportNumbering.test.ts).
    expect(document).toMatch(/<w:pStyle w:val="Caption"\/>(?:(?!<\/w:p>).)*SEQ Abbildung/);
  });

  it('shows the SWOT with evidence, Handlungsfeld and the measures answering each entry', () => {
    const text = chapterOne();
    expect(text).toContain('1.3 Stärken, Schwächen, Chancen und Risiken');
    expect(text).toContain('Beleg: Vereinsregister der Stadt: 63 eingetragene Vereine (2025)');
    expect(text).toContain('Handlungsfeld: Innenstadt/Ortsmitte');
    expect(text).toMatch(/Probstdorf unterschreitet .* Handlungsfeld: Bildung (?!→)/);
    expect(text).toMatch(/→ Maßnahmen 4\.\d\.\d, 4\.\d\.\d/);
  });

  it('lists the Bestandsaufnahme with Träger, Handlungsfeld and status', () => {
    const text = chapterOne();
    expect(text).toContain('1.4 Bestandsaufnahme laufender Maßnahmen');
    expect(text).toContain('Maßnahme Träger Handlungsfeld Status Notiz');
    expect(text).toContain(
      'Jugendclub „Bahnhof“ Kreisjugendring Musterland e. V. Kinder, Jugend & Familie läuft',
    );
    expect(text).toContain(
      'Arbeitskreis Stadtmarketing Stadt Musterstadt und Gewerbeverein Innenstadt/Ortsmitte ruht',
    );
  });

  it('names in each fact sheet the SWOT entries it answers', () => {
    const text = wordText(document).replace(/\s+/g, ' ');
    expect(text).toContain(
      'Bezug zur SWOT-Analyse Schwäche: In der Ortsmitte stehen 21 Ladenlokale leer, die Aufenthaltsqualität am Markt ist gering. Schwäche: Kleine, moderne Mietwohnungen für Auszubildende',
    );
  });

  it('draws no chart at all when the chapter is switched off', async () => {
    const options: ExportOptions = {
      ...defaultExportOptions,
      sections: { ...defaultExportOptions.sections, ausgangslage: false },
    };
    expect(pictures(await renderWerkstattplan(demo, options, facts))).toEqual([]);
  });

  it('renders through LibreOffice with the charts on the pages', { timeout: 120_000 }, () => {
    const docx = path.join(dir, 'Musterstadt-Ausgangslage.docx');
    writeFileSync(docx, bytes);
    const pdf = convertToPdf(docx, path.join(dir, 'pdf'));
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('1.2 Entwicklung in Diagrammen');
    expect(text).toContain('Abbildung 6: Geburten je Jahr');
    expect(text).toContain('Tabelle 1: Kennzahlen 2020–2024');
    expect(text).toContain('1.4 Bestandsaufnahme laufender Maßnahmen');
    expect(text).toContain('Tabelle 3: Laufende Maßnahmen mit Träger, Handlungsfeld und Status');
    const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' });
    expect(
      images.split('\n').filter((row) => /^\s*\d+\s+\d+\s+image\s+1600\s+900/.test(row)),
    ).toHaveLength(6);
    const pages = renderPages(
      pdf,
      path.join(artifactsDir, 'werkstattplan-profil'),
      'ausgangslage',
      60,
    );
    expect(pages.length).toBeGreaterThan(8);
  });
});
