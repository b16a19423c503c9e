// Writes page numbers into a finished .docx: each PAGEREF of the table of contents gets the page its
// heading's bookmark is on as its stored result, so the numbers are there wherever the document is
// opened — LibreOffice, a PDF converter, Word in Protected View — before anyone updates a field.
import { ZipParts } from '../export/zipParts';

const documentPart = 'word/document.xml';

/**
 * A PAGEREF field as docx writes it: begin (dirty, or clean when docx was given the headings'
 * numbers), instruction, separate, end, all in one run, with nothing between separate and end yet.
 */
const emptyPageReference =
  /<w:fldChar w:fldCharType="begin"(?: w:dirty="true")?\/>(<w:instrText xml:space="preserve">PAGEREF (_Toc\d+)(?: \\h)?<\/w:instrText><w:fldChar w:fldCharType="separate"\/>)(<w:fldChar w:fldCharType="end"\/>)/g;

/** The document with the page of every bookmark it knows filled in; the rest stays as it was. */
export function withTocPages(docx: Uint8Array, pages: ReadonlyMap<string, number>): Uint8Array {
  const zip = ZipParts.read(docx);
  const xml = zip.get(documentPart);
  if (!xml) return docx;
  let filled = 0;
  const patched = new TextDecoder()
    .decode(xml)
    .replace(emptyPageReference, (whole, field: string, bookmark: string, end: string) => {
      const page = pages.get(bookmark);
      if (page === undefined) return whole;
      filled++;
      // Clean, with its result: Word shows the number and does not ask to update this field.
      return `<w:fldChar w:fldCharType="begin"/>${field}<w:t>${page}</w:t>${end}`;
    });
  if (filled === 0) return docx;
  zip.set(documentPart, new TextEncoder().encode(patched));
  return zip.write();
}
