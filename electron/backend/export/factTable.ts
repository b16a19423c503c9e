// A Steckbrief as a table that stays in one piece where it fits on a page, and that repeats the
// measure's title on every page it must break onto.
import type { CellContent } from './blocks';
import { cell, textWidth } from './blocks';
import { colors, styleIds } from './styles';
import { xmlTable } from './tableXml';
import type { XmlBlock } from './xmlBlocks';

const labelWidth = 2600;
const valueWidth = textWidth.portrait - labelWidth;

const hasValue = (value: CellContent) =>
  typeof value === 'string' ? value.trim() !== '' : value.length > 0;

/**
 * Label and value per row, the labels shaded; rows without a value are left out. With a `title`,
 * the first row carries it and is a header row: Word repeats it where the table breaks.
 */
export function factTable(
  rows: readonly [label: string, value: CellContent][],
  title?: string,
): XmlBlock {
  const present = rows.filter(([, value]) => hasValue(value));
  const header = title
    ? [
        {
          header: true,
          keepNext: true,
          cells: [
            cell(
              { content: title, fill: colors.headerFill, columnSpan: 2 },
              textWidth.portrait,
              styleIds.tableHead,
            ),
          ],
        },
      ]
    : [];
  return xmlTable({
    columnWidths: [labelWidth, valueWidth],
    rows: [
      ...header,
      ...present.map(([label, value], index) => ({
        // Every row but the last keeps with the next: Word moves a sheet that would start in the
        // last lines of a page to the next one, and breaks only one longer than a page.
        keepNext: index < present.length - 1,
        cells: [
          cell(
            { content: label, fill: colors.labelFill, style: styleIds.factLabel },
            labelWidth,
            styleIds.factLabel,
          ),
          cell(value, valueWidth, styleIds.tableText),
        ],
      })),
    ],
  });
}
