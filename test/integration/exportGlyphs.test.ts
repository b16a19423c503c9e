// Emoji and characters the fonts lack, through the export as the app runs it (worker, LibreOffice):
// the .docx keeps them, emoji in runs of Word's emoji font; the PDF made on this machine shows what
// its fonts draw — on one without an emoji font, the emoji's German name — and never a box "□".
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawableCharacters } from '../../electron/backend/office/fonts';
import { defaultExportOptions } from '../../shared/plan';
import { artifactsDir } from '../support/app';
import { call, closedAfterEach } from '../support/backend';
import { docxParts, wordText } from '../support/docx';
import { buildExportBundles } from '../support/exportWorker';
import type { ExportBundles } from '../support/exportWorker';
import { freshFolders } from '../support/folders';
import { pdfText, renderPages } from '../support/office';

const freshDir = freshFolders('kw-glyphs-');
const backendIn = closedAfterEach();

let bundles: ExportBundles;
beforeAll(async () => {
  bundles = await buildExportBundles();
});
afterAll(() => bundles?.remove());

const card = 'Mehr Radwege 🚲 für alle 👍🏽 – erledigt ✅, auch für Gäste aus 中国';

/** The demo with one card of a measure rewritten as participants type them. */
async function demoWithEmojiCard() {
  const backend = backendIn(freshDir(), { exportWorker: bundles.worker, office: true });
  await call(backend, 'workspace:openDemo', {});
  const board = await call(backend, 'board:load', {});
  const idea = board.ideas.find((candidate) => candidate.projectId !== null);
  if (!idea) throw new Error('Die Musterstadt hat keine Idee in einem Projekt');
  await call(backend, 'ideas:update', { id: idea.id, text: card });
  return backend;
}

describe('emoji and characters the fonts lack', () => {
  it(
    'stay in the .docx, each emoji in a run of Word’s emoji font',
    { timeout: 180_000 },
    async () => {
      const backend = await demoWithEmojiCard();
      const result = await call(backend, 'plan:export', { options: defaultExportOptions });
      const document = docxParts(result.path)['word/document.xml'] as string;
      expect(wordText(document)).toContain(card);
      for (const emoji of ['🚲', '👍🏽', '✅']) {
        expect(document).toContain(
          `<w:rPr><w:rFonts w:ascii="Segoe UI Emoji" w:cs="Segoe UI Emoji" w:eastAsia="Segoe UI Emoji" w:hAnsi="Segoe UI Emoji"/></w:rPr><w:t xml:space="preserve">${emoji}</w:t>`,
        );
      }
    },
  );

  it(
    'print in the PDF as this machine’s fonts can draw them, never as a box',
    { timeout: 180_000 },
    async () => {
      const backend = await demoWithEmojiCard();
      const result = await call(backend, 'plan:export', {
        options: defaultExportOptions,
        format: 'pdf',
      });
      const text = pdfText(result.path);
      const drawable = await drawableCharacters();
      const folded = text.replace(/\s+/g, ' ');
      if (drawable(0x1f6b2)) expect(folded).toContain('Mehr Radwege 🚲 für alle');
      else {
        expect(folded).toContain(
          'Mehr Radwege [Fahrrad] für alle [Daumen hoch: mittlere Hautfarbe] – erledigt [weißes Häkchen],',
        );
      }
      if (!drawable(0x4e2d)) expect(folded).toContain('Gäste aus [Zeichen U+4E2D U+56FD]');
      // Every character the PDF holds is one a font of this machine has: no replacement box.
      const undrawn = [...new Set(text)].filter(
        (character) => !/\s/.test(character) && !drawable(character.codePointAt(0) ?? 0),
      );
      expect(undrawn).toEqual([]);
      renderPages(result.path, path.join(artifactsDir, 'werkstattplan-glyphs'), 'seite', 50);
    },
  );
});
