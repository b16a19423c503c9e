// Chapter "Ausgangslage" (the Kommunalprofil): key figures, the charts as pictures with captions
// and alt text, the SWOT as a 2×2 table whose entries name the measures answering them, and the
// Bestandsaufnahme.
import { Paragraph, TextRun } from 'docx';
import { swotKindPlurals } from '../../../../shared/domain';
import type { SwotKind } from '../../../../shared/domain';
import { formatNumber } from '../../../../shared/plan';
import type { PlanChapter, PlanSwotEntry } from '../../../../shared/plan';
import { inventoryStatusLabels } from '../../../../shared/profile/types';
import type { Blocks, CellSpec } from '../blocks';
import { figureCaption, tableCaption } from '../captions';
import { chapterHeading, dataTable, heading, paragraph, textWidth } from '../blocks';
import type { PlanContext } from '../context';
import { pictureRun } from '../image';
import { colors, styleIds } from '../styles';
import { textRuns } from '../text';
import { keyFigures } from './keyFigures';

/** 16 cm across at 96 dpi: the text width of the portrait page. */
const chartWidthPx = 605;

export function ausgangslage(context: PlanContext, chapter: PlanChapter): Blocks {
  const { plan } = context;
  const { kommune } = plan;
  const blocks: Blocks = [chapterHeading(chapter)];
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
    blocks.push(heading(2, 'Kennzahlen'), ...keyFigures(indicators));
  }
  if (context.charts.length > 0) {
    blocks.push(heading(2, 'Entwicklung in Diagrammen'), ...figures(context));
  }
  if (plan.swot.length > 0) {
    blocks.push(
      heading(2, 'Stärken, Schwächen, Chancen und Risiken'),
      tableCaption('Stärken, Schwächen, Chancen und Risiken (SWOT-Analyse)'),
      swotTable(context),
    );
  }
  if (plan.inventory.length > 0) {
    blocks.push(
      heading(2, 'Bestandsaufnahme laufender Maßnahmen'),
      tableCaption('Laufende Maßnahmen mit Träger, Handlungsfeld und Status'),
      inventoryTable(context),
    );
  }
  return blocks;
}

/** Each chart centred, kept with its caption "Abbildung n: …" below it. */
function figures(context: PlanContext): Blocks {
  return context.charts.flatMap((chart) => {
    const picture = pictureRun(chart.png, chart, chartWidthPx, chartWidthPx);
    if (!picture) return [];
    return [
      new Paragraph({ style: styleIds.figure, children: [picture] }),
      figureCaption(chart.title),
    ];
  });
}

/** The measures (by their numbers in chapter 4) whose Steckbriefe answer each SWOT entry. */
function answeringMeasures(context: PlanContext): Map<number, string[]> {
  const answers = new Map<number, string[]>();
  for (const project of context.plan.projects) {
    const number = context.projectNumber.get(project.id);
    if (!number) continue;
    for (const id of project.swotIds) answers.set(id, [...(answers.get(id) ?? []), number]);
  }
  return answers;
}

function swotItem(entry: PlanSwotEntry, measures: string[]): Paragraph {
  const details = [
    entry.evidence.trim() ? `Beleg: ${entry.evidence.trim()}` : '',
    entry.actionField ? `Handlungsfeld: ${entry.actionField}` : '',
    measures.length > 0 ? `→ Maßnahme${measures.length > 1 ? 'n' : ''} ${measures.join(', ')}` : '',
  ].filter(Boolean);
  const detailRuns = details.flatMap((detail) => [
    new TextRun({ break: 1 }),
    ...textRuns(detail, { italics: true, color: colors.muted, size: 16 }),
  ]);
  return new Paragraph({
    style: styleIds.tableText,
    bullet: { level: 0 },
    children: [...textRuns(entry.text), ...detailRuns],
  });
}

/** Stärken | Schwächen above Chancen | Risiken, each cell a list. */
function swotTable(context: PlanContext) {
  const half = textWidth.portrait / 2;
  const answers = answeringMeasures(context);
  const list = (kind: SwotKind): CellSpec => {
    const items = context.plan.swot.filter((entry) => entry.kind === kind);
    return {
      content:
        items.length > 0
          ? items.map((entry) => swotItem(entry, answers.get(entry.id) ?? []))
          : [{ text: '–', style: styleIds.tableText }],
    };
  };
  const headRow = (kinds: [SwotKind, SwotKind]): CellSpec[] =>
    kinds.map((kind) => ({
      content: swotKindPlurals[kind],
      fill: colors.headerFill,
      style: styleIds.tableHead,
    }));
  return dataTable({
    columns: [
      { title: swotKindPlurals.staerke, width: half },
      { title: swotKindPlurals.schwaeche, width: half },
    ],
    rows: [
      [list('staerke'), list('schwaeche')],
      headRow(['chance', 'risiko']),
      [list('chance'), list('risiko')],
    ],
  });
}

function inventoryTable(context: PlanContext) {
  return dataTable({
    columns: [
      { title: 'Maßnahme', width: 2000 },
      { title: 'Träger', width: 1700 },
      { title: 'Handlungsfeld', width: 1500 },
      { title: 'Status', width: 850 },
      { title: 'Notiz', width: textWidth.portrait - 6050 },
    ],
    rows: context.plan.inventory.map((measure) => [
      measure.title,
      measure.sponsor,
      measure.actionField,
      inventoryStatusLabels[measure.status],
      measure.note,
    ]),
  });
}
