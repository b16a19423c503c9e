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
