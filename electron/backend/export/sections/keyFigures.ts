// The Ausgangslage's key figures table: the chosen indicators with their most recent years as
// columns, German numbers right-aligned, the offices' symbols where they gave no number, each
// source as a numbered footnote and every symbol and mark explained under the table.
import { TextRun } from 'docx';
import type { PlanIndicator } from '../../../../shared/plan';
import { citation, formatIndicatorValue, valueLegend } from '../../../../shared/profile/format';
import { stichtagNote, valueInYear, yearColumns } from '../../../../shared/profile/years';
import type { Blocks, CellSpec } from '../blocks';
import { dataTable, paragraph, richParagraph, textWidth } from '../blocks';
import { tableCaption } from '../captions';
import { colors, styleIds } from '../styles';
import { textRuns } from '../text';

/** More years do not fit the portrait page; the most recent ones are shown. */
export const maxYears = 5;

const superscripts = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
const superscript = (number: number) =>
  [...String(number)].map((digit) => superscripts[Number(digit)]).join('');

export function keyFigures(indicators: readonly PlanIndicator[]): Blocks {
  const allYears = yearColumns(indicators);
  const years = allYears.slice(-maxYears);
  const sources = [...new Set(indicators.map(citation).filter(Boolean))];
  const regions = new Set(indicators.map((indicator) => indicator.regionLabel));
  const nameWidth = 2500;
  const unitWidth = 1050;
  const yearWidth = Math.floor(
    (textWidth.portrait - nameWidth - unitWidth) / Math.max(1, years.length),
  );

  const nameCell = (indicator: PlanIndicator): CellSpec => {
    const source = citation(indicator);
    const mark = source ? superscript(sources.indexOf(source) + 1) : '';
    const region =
      regions.size > 1 && indicator.regionLabel
        ? [new TextRun({ break: 1 }), ...textRuns(indicator.regionLabel, { color: colors.muted })]
        : [];
    return {
      content: [
        richParagraph(
          [...textRuns(indicator.name), new TextRun(mark), ...region],
          styleIds.tableText,
        ),
      ],
    };
  };
  const shown = indicators.flatMap((indicator) =>
    years.flatMap((year) => valueInYear(indicator.values, year) ?? []),
  );
  const notes = [
    ...(allYears.length > years.length
      ? [`Gezeigt sind die letzten ${maxYears} Jahre mit Werten.`]
      : []),
    ...[stichtagNote(shown)].filter((text): text is string => text !== null),
    ...sources.map((source, index) => `${superscript(index + 1)} Quelle: ${source}`),
  ];
  const legend = valueLegend(shown);
  if (legend.length > 0) notes.push(`Zeichenerklärung: ${legend.join('; ')}`);

  const period = years.length > 1 ? `${years[0]}–${years.at(-1)}` : (years[0] ?? '');
  return [
    tableCaption(`Kennzahlen ${period}`.trim()),
    dataTable({
      // Narrow padding: a Land's population ("2.180.680") fits a year's column on one line.
      cellPadding: 70,
      columns: [
        { title: 'Kennzahl', width: nameWidth },
        { title: 'Einheit', width: unitWidth },
        ...years.map((year) => ({ title: year, width: yearWidth })),
      ],
      rows: indicators.map((indicator) => [
        nameCell(indicator),
        indicator.unit,
        ...years.map((year): CellSpec => {
          const value = valueInYear(indicator.values, year);
          return { content: value ? formatIndicatorValue(value) : '', style: styleIds.tableNumber };
        }),
      ]),
    }),
    ...notes.map((text, index) =>
      paragraph(text, index === 0 ? styleIds.noteAfterTable : styleIds.note),
    ),
  ];
}
