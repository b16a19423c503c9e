// Chapter "Ausgangslage": key figures by year, the SWOT as a 2×2 table, the Bestandsaufnahme.
import type { SwotKind } from '../../../../shared/domain';
import { formatNumber } from '../../../../shared/plan';
import type { PlanChapter, PlanIndicator } from '../../../../shared/plan';
import type { Blocks, CellSpec } from '../blocks';
import {
  bullets,
  dataTable,
  heading,
  note,
  Numbered,
  paragraph,
  spacer,
  textWidth,
} from '../blocks';
import type { PlanContext } from '../context';
import { colors, styleIds } from '../styles';

/** Years beyond this many are cut from the left: the portrait page holds no more columns. */
const maxYears = 8;

export function ausgangslage(context: PlanContext, chapter: PlanChapter): Blocks {
  const { plan } = context;
  const { kommune } = plan;
  const numbered = new Numbered(chapter.number ?? '');
  const blocks: Blocks = [heading(1, chapter.number, chapter.title)];
  if (kommune.inhabitants !== null) {
    const region = [kommune.district, kommune.state].filter((part) => part.trim() !== '');
    blocks.push(
      paragraph(
        `${kommune.name}${region.length ? ` (${region.join(', ')})` : ''} hat ${formatNumber(kommune.inhabitants)} Einwohnerinnen und Einwohner.`,
      ),
    );
  }
  const profileNotes = plan.steps.find((step) => step.key === 'profile')?.notes.trim();
  if (profileNotes) blocks.push(paragraph(profileNotes));

  const indicators = plan.indicators.filter((indicator) => indicator.values.length > 0);
  if (indicators.length > 0) {
    blocks.push(heading(2, numbered.next().number, 'Kennzahlen'), ...keyFigures(indicators));
  }
  if (plan.swot.length > 0) {
    blocks.push(heading(2, numbered.next().number, 'Stärken, Schwächen, Chancen und Risiken'));
    blocks.push(swotTable(context), spacer());
  }
  if (plan.inventory.length > 0) {
    blocks.push(heading(2, numbered.next().number, 'Bestandsaufnahme laufender Maßnahmen'));
    blocks.push(
      dataTable({
        columns: [
          { title: 'Maßnahme', width: 2600 },
          { title: 'Handlungsfeld', width: 2300 },
          { title: 'Beschreibung', width: textWidth.portrait - 4900 },
        ],
        rows: plan.inventory.map((measure) => [
          measure.title,
          measure.actionField,
          measure.description,
        ]),
      }),
      spacer(),
    );
  }
  return blocks;
}

function keyFigures(indicators: PlanIndicator[]): Blocks {
  const allYears = [...new Set(indicators.flatMap((i) => i.values.map((v) => v.year)))].sort(
    (a, b) => a - b,
  );
  const years = allYears.slice(-maxYears);
  const nameWidth = 3000;
  const unitWidth = 1700;
  const yearWidth = Math.floor((textWidth.portrait - nameWidth - unitWidth) / years.length);
  const sources = [...new Set(indicators.map((i) => i.source.trim()).filter(Boolean))];
  return [
    dataTable({
      columns: [
        { title: 'Kennzahl', width: nameWidth },
        { title: 'Einheit', width: unitWidth },
        ...years.map((year) => ({ title: String(year), width: yearWidth })),
      ],
      rows: indicators.map((indicator) => {
        const byYear = new Map(indicator.values.map((v) => [v.year, v.value]));
        return [
          indicator.name,
          indicator.unit,
          ...years.map((year) => {
            const value = byYear.get(year);
            return value === undefined ? '–' : formatNumber(value);
          }),
        ];
      }),
    }),
    ...(allYears.length > years.length
      ? [note(`Gezeigt sind die letzten ${maxYears} Jahre mit Werten.`)]
      : []),
    ...(sources.length > 0 ? [note(`Quellen: ${sources.join('; ')}`)] : [spacer()]),
  ];
}

/** Stärken | Schwächen above Chancen | Risiken, each cell a list. */
function swotTable(context: PlanContext) {
  const half = textWidth.portrait / 2;
  const entries = (kind: SwotKind) =>
    context.plan.swot.filter((entry) => entry.kind === kind).map((entry) => entry.text);
  const list = (kind: SwotKind): CellSpec => {
    const items = entries(kind);
    return {
      content:
        items.length > 0
          ? bullets(items, styleIds.tableText)
          : [paragraph('–', styleIds.tableText)],
    };
  };
  const plural: Record<SwotKind, string> = {
    staerke: 'Stärken',
    schwaeche: 'Schwächen',
    chance: 'Chancen',
    risiko: 'Risiken',
  };
  const headRow = (kinds: [SwotKind, SwotKind]): CellSpec[] =>
    kinds.map((kind) => ({
      content: plural[kind],
      fill: colors.headerFill,
      style: styleIds.tableHead,
    }));
  return dataTable({
    columns: [
      { title: plural.staerke, width: half },
      { title: plural.schwaeche, width: half },
    ],
    rows: [
      [list('staerke'), list('schwaeche')],
      headRow(['chance', 'risiko']),
      [list('chance'), list('risiko')],
    ],
  });
}
