// The migration balance (arrivals minus departures) by age group: gains right of zero, losses left,
// in two colours that also differ in lightness.
import { describeMigrationBalance } from './describe/migrationBalance';
import type { MigrationBalanceData } from './data';
import { chartFrame } from './frame';
import { barChartHeight, horizontalBars } from './horizontalBars';
import { svgDocument } from './svg';
import { chartWidth, palette } from './theme';

export function migrationBalanceChart(data: MigrationBalanceData): string {
  const height = barChartHeight(data.groups.length, 1);
  const unit = data.unit ?? 'Personen';
  const subtitle = `Zuzüge minus Fortzüge, ${unit}`;
  const frame = chartFrame({ ...data, width: chartWidth, height, subtitle });
  const rows = data.groups.map(({ label, value }) => ({
    label,
    bars: [{ value, color: value !== null && value < 0 ? palette.negative : palette.primary }],
  }));
  return svgDocument({
    width: chartWidth,
    height,
    title: data.title,
    description: describeMigrationBalance(data),
    body: [...frame.parts, ...horizontalBars(rows, frame, { signed: true })],
  });
}
