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

/**
 * The text of a WordprocessingML part as it reads: paragraphs on their own lines, breaks as "\n",
 * fields by their results (a caption's "SEQ Tabelle" instruction is no text).
 */
export function wordText(xml: string): string {
  return xml
    .replace(/<w:instrText(?:\s[^>]*)?>.*?<\/w:instrText>/g, '')
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

const attribute = (xml: string, name: string) =>
  new RegExp(`${name}="([^"]*)"`).exec(xml)?.[1] ?? undefined;

/** The numbering of a paragraph or style properties: its list (numId) and level. */
function numberingOf(properties: string): { numId: string; level: number } | undefined {
  const numPr = /<w:numPr>(.*?)<\/w:numPr>/s.exec(properties)?.[1];
  if (!numPr) return undefined;
  const numId = attribute(/<w:numId [^>]*>/.exec(numPr)?.[0] ?? '', 'w:val') ?? '0';
  const level = Number(attribute(/<w:ilvl [^>]*>/.exec(numPr)?.[0] ?? '', 'w:val') ?? 0);
  return { numId, level };
}

/**
 * document.xml with the numbers Word shows before numbered paragraphs (the headings' "4.1")
 * written into them as text, read independently of the export's code: each paragraph's list is
 * its own `numPr` (numId 0: none) or its style's (styles.xml); numbering.xml gives each list's
 * level texts ("%1.%2") and starts; a level counts on and the levels below it start again.
 * Bullets stay as they are. What a reader sees, for tests that read the text.
 */
export function withListNumbers(parts: Record<string, string>): string {
  const document = parts['word/document.xml'] ?? '';
  const numbering = parts['word/numbering.xml'] ?? '';
  const abstractOf = new Map(
    [
      ...numbering.matchAll(/<w:num w:numId="(\d+)"[^>]*>.*?<w:abstractNumId w:val="(\d+)"\/>/gs),
    ].map(([, num, abstract]) => [num as string, abstract as string]),
  );
  const levels = new Map<string, { text: string; start: number; format: string }[]>();
  for (const [, id, body] of numbering.matchAll(
    /<w:abstractNum w:abstractNumId="(\d+)"[^>]*>(.*?)<\/w:abstractNum>/gs,
  )) {
    levels.set(
      id as string,
      [...(body as string).matchAll(/<w:lvl [^>]*>(.*?)<\/w:lvl>/gs)].map(([, lvl]) => ({
        text: attribute(/<w:lvlText [^>]*>/.exec(lvl as string)?.[0] ?? '', 'w:val') ?? '',
        start: Number(attribute(/<w:start [^>]*>/.exec(lvl as string)?.[0] ?? '', 'w:val') ?? 1),
        format: attribute(/<w:numFmt [^>]*>/.exec(lvl as string)?.[0] ?? '', 'w:val') ?? '',
      })),
    );
  }
  const styleNumbering = new Map(
    [
      ...(parts['word/styles.xml'] ?? '').matchAll(
        /<w:style [^>]*w:styleId="([^"]+)"[^>]*>(.*?)<\/w:style>/gs,
      ),
    ].flatMap(([, id, body]) => {
      const own = numberingOf(/<w:pPr>(.*?)<\/w:pPr>/s.exec(body as string)?.[1] ?? '');
      return own ? [[id as string, own] as const] : [];
    }),
  );
  const counts = new Map<string, number[]>();
  return document.replace(/<w:p(?:\s[^>]*)?>.*?<\/w:p>/gs, (paragraph) => {
    const properties = /<w:pPr>(.*?)<\/w:pPr>/s.exec(paragraph)?.[1] ?? '';
    const style = attribute(/<w:pStyle [^>]*>/.exec(properties)?.[0] ?? '', 'w:val');
    const list = numberingOf(properties) ?? (style ? styleNumbering.get(style) : undefined);
    const abstract = list && abstractOf.get(list.numId);
    const level = abstract ? levels.get(abstract)?.[list.level] : undefined;
    if (!list || !abstract || !level || level.format === 'bullet') return paragraph;
    const count = (counts.get(list.numId) ?? []).slice(0, list.level + 1);
    count[list.level] = (count[list.level] ?? level.start - 1) + 1;
    counts.set(list.numId, count);
    const number = level.text.replace(/%(\d)/g, (_, at: string) => String(count[Number(at) - 1]));
    // Into the paragraph's first text, so "4.1 Wohnen" stands together in the XML too.
    const firstText = /<w:t(?:\s[^>]*)?>/;
    return firstText.test(paragraph)
      ? paragraph.replace(firstText, (open) => `${open}${number} `)
      : paragraph.replace(/(<w:pPr>.*?<\/w:pPr>)/s, `$1<w:r><w:t>${number}</w:t></w:r>`);
  });
}
