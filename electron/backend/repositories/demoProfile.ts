// The demo's Kommunalprofil: its statistics downloads (constructed files with fictional figures for
// the fictional Musterstadt) go through the same parser and import as a consultant's, then the
// figures typed in, the charts, the SWOT with its evidence and the Bestandsaufnahme.
import type demo from '../../../assets/demo/musterstadt.json';
import type { ChartKind } from '../../../shared/charts';
import type { SwotKind } from '../../../shared/domain';
import type { Indicator, IndicatorValue, InventoryStatus } from '../../../shared/profile/types';
import { seriesName } from '../../../shared/profile/names';
import { readCell } from '../../../shared/profile/values';
import { parseStatisticsFile } from '../statistics/parse';
import type { Writer } from '../store/changes';
import { createIndicator } from './indicators';
import { createMeasure } from './inventory';
import { readIndicators } from './profile';
import { createChart } from './profileCharts';
import { importStatistics } from './statisticsImport';
import { createSwotEntry } from './swot';

type Demo = typeof demo;

function importDownloads(writer: Writer, downloads: Demo['statistics']): void {
  for (const download of downloads) {
    const bytes = new TextEncoder().encode(`${download.lines.join('\n')}\n`);
    const table = parseStatisticsFile(bytes, download.fileName);
    const seriesKeys = table.series
      .filter((series) => !download.skipSeries.includes(seriesName(series, table.title)))
      .map((series) => series.key);
    importStatistics(writer, table, {
      regions: download.regions,
      seriesKeys,
      inPlan: download.inPlan,
    });
  }
}

/** "..." and the other symbols in the content file read as the offices write them. */
function typedValues(values: Record<string, number | string>): IndicatorValue[] {
  return Object.entries(values).map(([time, raw]) => {
    const cell = readCell(String(raw), true);
    if (cell === 'empty' || cell === 'invalid') throw new Error(`Demo: Wert ${raw} für ${time}`);
    return { time, ...cell };
  });
}

function chartIndicators(indicators: Indicator[], select: Demo['charts'][number]['select']) {
  const ids = indicators
    .filter(
      (indicator) =>
        (!select.table || indicator.tableCode === select.table) &&
        (!select.region || indicator.regionCode === select.region) &&
        (!select.name || indicator.name === select.name),
    )
    .map((indicator) => indicator.id);
  if (ids.length === 0) throw new Error(`Demo: kein Diagramm aus ${JSON.stringify(select)}`);
  return ids;
}

/** Seeds the profile; answers the SWOT entries' ids by their keys in the content file. */
export function seedDemoProfile(
  writer: Writer,
  content: Demo,
  actionFieldId: (name: string) => number,
): Map<string, number> {
  importDownloads(writer, content.statistics);
  for (const indicator of content.indicators) {
    createIndicator(
      writer,
      indicator,
      typedValues(indicator.values as Record<string, number | string>),
    );
  }
  const indicators = readIndicators(writer.db);
  for (const chart of content.charts) {
    createChart(writer, {
      kind: chart.kind as ChartKind,
      title: chart.title,
      indicatorIds: chartIndicators(indicators, chart.select),
      time: chart.time,
      comparisonTime: chart.comparisonTime,
    });
  }
  const swotIds = new Map(
    content.swot.map((entry) => [
      entry.key,
      createSwotEntry(writer, entry.kind as SwotKind, {
        text: entry.text,
        evidence: entry.evidence,
        actionFieldId: actionFieldId(entry.actionField),
      }),
    ]),
  );
  for (const measure of content.inventory) {
    createMeasure(writer, {
      title: measure.title,
      sponsor: measure.sponsor,
      status: measure.status as InventoryStatus,
      note: measure.note,
      actionFieldId: actionFieldId(measure.actionField),
    });
  }
  return swotIds;
}
