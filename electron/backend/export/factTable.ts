// A Steckbrief as a table that stays in one piece where it fits on a page, and that repeats the
// measure's title on every page it must break onto.
import { Table, TableLayoutType, TableRow, WidthType } from 'docx';
import type { CellContent } from './blocks';
import { borders, cell, textWidth } from './blocks';
import { colors, styleIds } from './styles';

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
): Table {
  const present = rows.filter(([, value]) => hasValue(value));
  const header = title
    ? [
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          keepNext: true,
          children: [
            cell(
              { content: title, fill: colors.headerFill, columnSpan: 2 },
              textWidth.portrait,
              styleIds.tableHead,
            ),
          ],
        }),
      ]
    : [];
  return new Table({
    width: { size: textWidth.portrait, type: WidthType.DXA },
    columnWidths: [labelWidth, valueWidth],
    layout: TableLayoutType.FIXED,
    borders,
    rows: [
      ...header,
      ...present.map(
        ([label, value], index) =>
          new TableRow({
            cantSplit: true,
            // Every row but the last keeps with the next: Word moves a sheet that would start in
            // the last lines of a page to the next one, and breaks only one longer than a page.
            keepNext: index < present.length - 1,
            children: [
              cell(
                { content: label, fill: colors.labelFill, style: styleIds.factLabel },
                labelWidth,
                styleIds.factLabel,
              ),
              cell(value, valueWidth, styleIds.tableText),
            ],
          }),
      ),
    ],
  });
}
