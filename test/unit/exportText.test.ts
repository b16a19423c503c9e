// Texts into Word runs (export/text.ts): the quick path for plain text must give what the careful
// path gives, and nothing XML forbids may slip through it.
import { Document, Packer, Paragraph } from 'docx';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { textRuns } from '../../electron/backend/export/text';

/** The body of a one-paragraph document made of these runs. */
async function bodyOf(text: string): Promise<string> {
  const document = new Document({
    sections: [{ children: [new Paragraph({ children: textRuns(text) })] }],
  });
  const files = unzipSync(new Uint8Array(await Packer.toBuffer(document)));
  const xml = new TextDecoder().decode(files['word/document.xml']);
  return /<w:body>(.*?)<w:sectPr/s.exec(xml)?.[1] ?? '';
}

describe('text into Word runs', () => {
  it('makes one run of plain text, and none of no text', async () => {
    expect(textRuns('Bürgerbus für alle Ortsteile')).toHaveLength(1);
    expect(await bodyOf('Bürgerbus für alle Ortsteile')).toBe(
      '<w:p><w:r><w:t xml:space="preserve">Bürgerbus für alle Ortsteile</w:t></w:r></w:p>',
    );
    expect(textRuns('')).toEqual([]);
    expect(await bodyOf('')).toBe('<w:p/>');
  });

  it('breaks lines and removes what XML forbids, emoji kept', async () => {
    const body = await bodyOf('Zeile\r\neins\u0001\u000b\ufffe 🚌\tzwei\ud800');
    expect(body).toBe(
      '<w:p><w:r><w:t xml:space="preserve">Zeile</w:t></w:r>' +
        '<w:r><w:br/><w:t xml:space="preserve">eins </w:t></w:r>' +
        `<w:r>${emojiFontXml}<w:t xml:space="preserve">🚌</w:t></w:r>` +
        '<w:r><w:t xml:space="preserve">\tzwei</w:t></w:r></w:p>',
    );
  });
});

const emojiFontXml =
  '<w:rPr><w:rFonts w:ascii="Segoe UI Emoji" w:cs="Segoe UI Emoji" w:eastAsia="Segoe UI Emoji" w:hAnsi="Segoe UI Emoji"/></w:rPr>';

describe('emoji into Word runs', () => {
  it('puts each emoji, of the BMP or beyond, with skin tone, flag or joiner, in a run in the emoji font', async () => {
    const text = 'Gut ✅ 👍🏽 🇩🇪 👩‍👩‍👧 1️⃣ ❤️ Ende';
    const runs = [...(await bodyOf(text)).matchAll(/<w:r>(.*?)<\/w:r>/g)].map(([, run]) => ({
      emoji: run!.startsWith(emojiFontXml),
      text: /<w:t[^>]*>(.*?)<\/w:t>/.exec(run!)?.[1],
    }));
    expect(runs.filter((run) => run.emoji).map((run) => run.text)).toEqual([
      '✅',
      '👍🏽',
      '🇩🇪',
      '👩‍👩‍👧',
      '1️⃣',
      '❤️',
    ]);
    expect(runs.map((run) => run.text).join('')).toBe(text);
  });

  it('leaves text symbols without the emoji selector in the text font', async () => {
    expect(await bodyOf('© 2026 ✔ erledigt → weiter ★')).not.toContain('Segoe UI Emoji');
  });
});
