// The Kommunalprofil's charts: which kind, title and times, which indicators in which order, and
// whether the Werkstattplan shows them. A chart whose last indicator goes goes with it.
import type { ChartKind } from '../../../shared/charts';
import type { Writer } from '../store/changes';
import type { Container } from './positions';
import { endOf, moveWithin } from './positions';
import { requireRow } from './references';
import { firstColumn } from './rows';

const allCharts: Container = { table: 'profile_charts', where: '1', params: [] };

export interface ChartFields {
  kind: ChartKind;
  title: string;
  indicatorIds: number[];
  time?: string;
  comparisonTime?: string;
  inPlan?: boolean;
}

function linkedIndicators(writer: Writer, chartId: number): number[] {
  return firstColumn<number>(
    writer.db,
    'SELECT indicator_id FROM profile_chart_indicators WHERE chart_id = ? ORDER BY position',
    chartId,
  );
}

/** The chart's indicators become exactly `indicatorIds`, in that order. */
function setChartIndicators(writer: Writer, chartId: number, indicatorIds: number[]): void {
  for (const indicatorId of indicatorIds) requireRow(writer.db, 'indicators', indicatorId);
  for (const indicatorId of linkedIndicators(writer, chartId)) {
    writer.delete('profile_chart_indicators', { chart_id: chartId, indicator_id: indicatorId });
  }
  indicatorIds.forEach((indicatorId, index) =>
    writer.insert('profile_chart_indicators', {
      chart_id: chartId,
      indicator_id: indicatorId,
      position: index + 1,
    }),
  );
}

export function createChart(writer: Writer, fields: ChartFields): number {
  const id = writer.insert('profile_charts', {
    kind: fields.kind,
    title: fields.title,
    time: fields.time ?? '',
    comparison_time: fields.comparisonTime ?? '',
    in_plan: fields.inPlan === false ? 0 : 1,
    position: endOf(writer.db, allCharts),
  });
  setChartIndicators(writer, id, fields.indicatorIds);
  return id;
}

export function updateChart(writer: Writer, id: number, changes: Partial<ChartFields>): void {
  requireRow(writer.db, 'profile_charts', id);
  const { indicatorIds, comparisonTime, inPlan, ...columns } = changes;
  writer.update(
    'profile_charts',
    { id },
    {
      ...columns,
      ...(comparisonTime !== undefined && { comparison_time: comparisonTime }),
      ...(inPlan !== undefined && { in_plan: inPlan ? 1 : 0 }),
    },
  );
  if (indicatorIds) setChartIndicators(writer, id, indicatorIds);
}

export function deleteChart(writer: Writer, id: number): void {
  requireRow(writer.db, 'profile_charts', id);
  setChartIndicators(writer, id, []);
  writer.delete('profile_charts', { id });
}

export function moveChart(writer: Writer, id: number, beforeId: number | null): void {
  requireRow(writer.db, 'profile_charts', id);
  if (beforeId !== null) requireRow(writer.db, 'profile_charts', beforeId);
  moveWithin(writer, allCharts, id, beforeId);
}

/** Takes an indicator out of every chart; a chart left without indicators is removed. */
export function removeFromCharts(writer: Writer, indicatorId: number): void {
  const chartIds = firstColumn<number>(
    writer.db,
    'SELECT chart_id FROM profile_chart_indicators WHERE indicator_id = ? ORDER BY chart_id',
    indicatorId,
  );
  for (const chartId of chartIds) {
    writer.delete('profile_chart_indicators', { chart_id: chartId, indicator_id: indicatorId });
    if (linkedIndicators(writer, chartId).length === 0) {
      writer.delete('profile_charts', { id: chartId });
    }
  }
}

export const isCharted = (writer: Writer, indicatorId: number): boolean =>
  firstColumn<number>(
    writer.db,
    'SELECT chart_id FROM profile_chart_indicators WHERE indicator_id = ? LIMIT 1',
    indicatorId,
  ).length > 0;
