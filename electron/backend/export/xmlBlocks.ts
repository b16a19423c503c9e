// Blocks written straight as WordprocessingML (the tables, tableXml.ts), and the packing that puts
// them — and the pictures (image.ts) — into the document. docx builds every element as a tree of objects and writes it through two
// more trees; for the ~10,000 cells of a 200-measure plan that was most of the export's time (see
// README, "The Word export"). A block stands in docx's tree as a placeholder; once Packer has
// written the package, each placeholder in word/document.xml is replaced by the block's XML.
// Paragraphs a block takes from docx (lists, formatted runs) are written by docx inside the
// placeholder, numbering and all, and moved into their places.
import { FileChild, Packer } from 'docx';
import type { Document, IContext, IXmlableObject, Paragraph } from 'docx';
import { writtenPictures } from './image';
import { ZipParts } from './zipParts';

/** A run of docx paragraphs inside a block: where it goes, and whether they keep with the next. */
export interface DocxSlot {
  paragraphs: readonly Paragraph[];
  keepNext: boolean;
}

/** The blocks met while docx wrote a document, by the document: a placeholder names its index. */
const written = new WeakMap<object, XmlBlock[]>();

export class XmlBlock extends FileChild {
  /**
   * `pieces` are the block's XML around its slots: pieces[0], slot 0, pieces[1], … (one piece more
   * than there are slots).
   */
  constructor(
    private readonly pieces: readonly string[],
    private readonly slots: readonly DocxSlot[] = [],
  ) {
    super('kw:block');
    if (pieces.length !== slots.length + 1)
      throw new Error('XmlBlock: Stücke und Lücken passen nicht');
  }

  override prepForXml(context: IContext): IXmlableObject {
    let blocks = written.get(context.file);
    if (!blocks) written.set(context.file, (blocks = []));
    blocks.push(this);
    return {
      'kw:block': [
        { _attr: { n: blocks.length - 1 } },
        ...this.slots.map(({ paragraphs, keepNext: keep }) => ({
          'kw:slot': paragraphs.flatMap((paragraph) => {
            const xml = paragraph.prepForXml(context);
            if (!xml) return [];
            return keep ? [withKeepNext(xml)] : [xml];
          }),
        })),
      ],
    };
  }

  /** The block's XML, UTF-8, with the slots' paragraphs as docx wrote them. */
  bytes(slots: readonly string[]): Buffer[] {
    if (slots.length !== this.slots.length) throw new Error('XmlBlock: Lücken fehlen');
    const bytes = [Buffer.from(this.pieces[0] as string)];
    for (let index = 0; index < slots.length; index++) {
      bytes.push(
        Buffer.from(slots[index] as string),
        Buffer.from(this.pieces[index + 1] as string),
      );
    }
    return bytes;
  }
}

const childrenOf = (element: IXmlableObject, name: string): IXmlableObject[] => {
  const content = element[name];
  return Array.isArray(content) ? (content as IXmlableObject[]) : [];
};
const nameOf = (element: IXmlableObject) => Object.keys(element)[0];

/**
 * The written paragraph with `keepNext` in its properties (after its style, as the schema orders
 * them), unless it has its own: what docx's TableRow does for a row kept with the next.
 */
function withKeepNext(paragraph: IXmlableObject): IXmlableObject {
  const keepNext = { 'w:keepNext': {} };
  const children = childrenOf(paragraph, 'w:p');
  const properties = children.find((child) => nameOf(child) === 'w:pPr');
  if (!properties) return { 'w:p': [{ 'w:pPr': [keepNext] }, ...children] };
  const settings = childrenOf(properties, 'w:pPr');
  if (settings.some((setting) => nameOf(setting) === 'w:keepNext')) return paragraph;
  const style = settings.filter((setting) => nameOf(setting) === 'w:pStyle').length;
  const withKeep = { 'w:pPr': [...settings.slice(0, style), keepNext, ...settings.slice(style)] };
  return { 'w:p': children.map((child) => (child === properties ? withKeep : child)) };
}

const documentPart = 'word/document.xml';

/** A placeholder as docx writes it: `<kw:block n="3">` with its slots, or empty. */
const placeholder = /<kw:block n="(\d+)"(?:\/>|>(.*?)<\/kw:block>)/gs;
const slot = /<kw:slot(?:\/>|>(.*?)<\/kw:slot>)/gs;

/**
 * The finished .docx: docx's package with every block's XML in place of its placeholder, and
 * every picture in place of its stand-in (image.ts).
 */
export async function packDocument(document: Document): Promise<Buffer> {
  const packed = await Packer.toBuffer(document);
  const blocks = written.get(document) ?? [];
  written.delete(document);
  const pictures = writtenPictures(document);
  if (blocks.length === 0 && pictures.size === 0) return packed;
  const zip = ZipParts.read(packed);
  if (blocks.length > 0) placeBlocks(zip, blocks);
  if (pictures.size > 0) placePictures(zip, pictures);
  return zip.write();
}

/**
 * word/document.xml with the blocks in place of their placeholders, put together as bytes: one
 * string of several MB, built by replacing, would be copied and flattened once more.
 */
function placeBlocks(zip: ZipParts, blocks: readonly XmlBlock[]) {
  const xml = new TextDecoder().decode(zip.get(documentPart));
  const bytes: Buffer[] = [];
  let from = 0;
  let placed = 0;
  for (const match of xml.matchAll(placeholder)) {
    const block = blocks[Number(match[1])];
    if (!block) throw new Error(`XmlBlock ${match[1]} fehlt`);
    bytes.push(Buffer.from(xml.slice(from, match.index)));
    bytes.push(...block.bytes([...(match[2] ?? '').matchAll(slot)].map((found) => found[1] ?? '')));
    from = match.index + match[0].length;
    placed++;
  }
  // Every block has its place in the body; one written elsewhere (a header) would be left standing.
  if (placed !== blocks.length) throw new Error('XmlBlock außerhalb von word/document.xml');
  bytes.push(Buffer.from(xml.slice(from)));
  zip.set(documentPart, Buffer.concat(bytes));
}

function placePictures(zip: ZipParts, pictures: ReadonlyMap<string, Buffer>) {
  let placed = 0;
  for (const name of zip.names()) {
    if (!name.startsWith('word/media/')) continue;
    const bytes = pictures.get(new TextDecoder().decode(zip.get(name)));
    if (!bytes) continue;
    // A JPEG does not get smaller by deflating; a PNG drawn by resvg does, by about a fifth.
    zip.set(name, bytes, { store: /\.jpe?g$/i.test(name) });
    placed++;
  }
  if (placed !== pictures.size) throw new Error('Bild ohne Platz im Paket');
}
