// Reading exported .docx files in tests: unzip a part, parse it strictly, pull out its text.
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';

/** Every part of the package, by name, as text. */
export function docxParts(source: string | Uint8Array): Record<string, string> {
  const bytes = typeof source === 'string' ? readFileSync(source) : source;
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

/**
 * Parses XML with saxes, a conforming XML 1.0 parser (namespaces on): throws on anything not
 * well-formed, including characters XML forbids such as U+FFFE, controls and lone surrogates.
 */
export function parseStrictly(xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  let failure: Error | undefined;
  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.write(xml).close();
  if (failure) throw failure;
}

/** The text of a WordprocessingML part: paragraphs on their own lines, breaks as "\n". */
export function wordText(xml: string): string {
  return xml
    .replace(/<w:br\/>/g, '\n')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/**
 * The paragraphs of a part that show nothing (no text, picture, field or break), except those
 * Word requires: the only paragraph of an empty table cell, and the one docx writes to carry a
 * section break (the section's properties cannot follow a table directly).
 */
export function emptyParagraphs(xml: string): string[] {
  const found: string[] = [];
  // Per open table cell: how many paragraphs it holds, and its empty ones.
  const cells: { paragraphs: number; empty: string[] }[] = [];
  for (const match of xml.matchAll(/<w:tc>|<\/w:tc>|<w:p(?:\s[^>]*)?>.*?<\/w:p>|<w:p\/>/gs)) {
    const token = match[0];
    if (token === '<w:tc>') cells.push({ paragraphs: 0, empty: [] });
    else if (token === '</w:tc>') {
      const cell = cells.pop();
      if (cell && cell.paragraphs > 1) found.push(...cell.empty);
    } else {
      const shows =
        /<w:t(?:\s[^>]*)?>[^<]+<\/w:t>|<w:drawing|<w:fldChar|<w:instrText|<w:fldSimple|<w:br/.test(
          token,
        );
      const cell = cells.at(-1);
      if (cell) cell.paragraphs += 1;
      if (shows || token.includes('<w:sectPr')) continue;
      if (cell) cell.empty.push(token);
      else found.push(token);
    }
  }
  return found;
}
