// Word's own numbering of the headings, instead of numbers typed into them: one multilevel list
// bound to the styles "Überschrift 1–3" (1, 1.1, 1.1.1), so Word and LibreOffice number the
// chapters, and number them anew when the municipality inserts one; the Anhang's sections count
// A.1, A.2 in a list of their own. docx fills the table of contents from the headings when it
// writes the document, before anyone lays it out: it is told here what numbers the lists give.
import { AlignmentType, LevelFormat, LevelSuffix } from 'docx';
import type {
  BookmarkListNumber,
  INumberingOptions,
  IXmlableObject,
  PageNumberEstimator,
} from 'docx';

const chapterList = 'kw-kapitel';
const annexList = 'kw-anhang';

/** Each list's level texts, by level: "%2" is the count at the second level. */
const levelTexts: Record<string, readonly string[]> = {
  [chapterList]: ['%1', '%1.%2', '%1.%2.%3'],
  [annexList]: ['A.%1'],
};

/** The lists: decimal numbers followed by a space, as the typed "3.1 Titel" looked before. */
export const headingLists: INumberingOptions = {
  config: Object.entries(levelTexts).map(([reference, texts]) => ({
    reference,
    levels: texts.map((text, level) => ({
      level,
      format: LevelFormat.DECIMAL,
      text,
      alignment: AlignmentType.START,
      suffix: LevelSuffix.SPACE,
      // The chapter levels name their heading style, as Word's own heading lists do.
      ...(reference === chapterList && { style: { style: `Heading${level + 1}` } }),
    })),
  })),
};

/** The numbering of the heading style of `level` (1–3): that level of the chapter list. */
export const headingStyleNumbering = (level: 1 | 2 | 3) => ({
  reference: chapterList,
  level: level - 1,
});

/**
 * How a heading is numbered: by its style's list ("numbered"), not at all (title-like headings
 * as the Vorwort, the Anhang, the Beschlussvorschlag), or as a section of the Anhang (A.1, A.2).
 */
export type HeadingNumbering = 'numbered' | 'unnumbered' | 'annex';

/** The paragraph's own numbering that gives it `numbering`, or undefined to keep its style's. */
export function paragraphNumbering(numbering: HeadingNumbering) {
  if (numbering === 'numbered') return undefined;
  return numbering === 'annex' ? { reference: annexList, level: 0 } : (false as const);
}

type Xml = Record<string, unknown>;

const childrenOf = (element: unknown, name: string): unknown[] => {
  const value = (element as Xml | undefined)?.[name];
  return Array.isArray(value) ? value : [];
};
const childOf = (elements: unknown[], name: string): unknown =>
  elements.find((element) => typeof element === 'object' && element !== null && name in element);
const valueOf = (element: unknown, name: string): unknown =>
  ((element as Xml | undefined)?.[name] as { _attr?: Xml } | undefined)?._attr?.['w:val'];

/**
 * The list number of every heading a `_Toc` bookmark of the table of contents starts in, counted
 * as Word counts the lists above: from the body docx has formatted, where a paragraph's list is
 * its style's, or its own `numPr` (numId 0: none; "{reference-instance}": that list).
 */
function headingNumbersOf(body: IXmlableObject): Map<string, BookmarkListNumber> {
  const numbers = new Map<string, BookmarkListNumber>();
  const counts = new Map<string, number[]>();
  for (const block of childrenOf(body, 'w:body')) {
    const content = childrenOf(block, 'w:p');
    const properties = childrenOf(childOf(content, 'w:pPr'), 'w:pPr');
    const style = String(valueOf(childOf(properties, 'w:pStyle'), 'w:pStyle') ?? '');
    const styleLevel = /^Heading([123])$/.exec(style)?.[1];
    const ownNumbering = childrenOf(childOf(properties, 'w:numPr'), 'w:numPr');
    let list: string | undefined;
    let level: number;
    if (ownNumbering.length > 0) {
      const id = String(valueOf(childOf(ownNumbering, 'w:numId'), 'w:numId'));
      list = /^\{(.+)-\d+\}$/.exec(id)?.[1];
      level = Number(valueOf(childOf(ownNumbering, 'w:ilvl'), 'w:ilvl') ?? 0);
    } else {
      list = styleLevel ? chapterList : undefined;
      level = Number(styleLevel) - 1;
    }
    const text = list === undefined ? undefined : levelTexts[list]?.[level];
    if (list === undefined || text === undefined) continue;
    // A level counts on; the levels below it start again.
    const count = (counts.get(list) ?? []).slice(0, level + 1);
    count[level] = (count[level] ?? 0) + 1;
    counts.set(list, count);
    const number = text.replace(/%(\d)/g, (_, at: string) => String(count[Number(at) - 1] ?? 1));
    for (const item of content) {
      const name = (item as { 'w:bookmarkStart'?: { _attr?: Xml } })['w:bookmarkStart']?._attr?.[
        'w:name'
      ];
      // The width only places a tab after the number; these numbers are followed by a space.
      if (typeof name === 'string')
        numbers.set(name, { text: number, separator: 'space', width: 0 });
    }
  }
  return numbers;
}

/**
 * What docx is given as the document's `pageNumbers`: no pages (they are LibreOffice's or Word's
 * to find, office/), but the headings' list numbers, so the contents' entries start with them.
 * With it, docx also writes each caption's SEQ field with its number (a count, no layout needed),
 * so LibreOffice and a PDF show "Tabelle 3" before any field is updated.
 */
export const headingNumbers: PageNumberEstimator = Object.assign(
  () => ({ bookmarks: new Map<string, string>() }),
  { listNumbers: headingNumbersOf },
);
