// Statistics into the Kommunalprofil: what a download would bring (the preview, nothing written)
// and the import of the chosen series and regions inside the caller's one transaction, each
// series and region an indicator of its own or the update of the one imported from the same table.
import type Database from 'better-sqlite3';
import { AppFailure } from '../../../shared/errors';
import { seriesName } from '../../../shared/profile/names';
import type {
  ImportReport,
  IndicatorValue,
  SeriesEffect,
  StatisticsPreview,
} from '../../../shared/profile/types';
import type { RegionHint, StatisticsSeries, StatisticsTable } from '../../../shared/statistics';
import {
  comparisonRegions,
  listRegions,
  regionOfChoice,
  requireRegion,
  valuesIn,
} from '../statistics/selection';
import type { Writer } from '../store/changes';
import { statement } from '../store/statements';
import { createIndicator, importedIndicator, readValues, writeValues } from './indicators';
import { requireRow } from './references';

/** Where the workspace's Kommune lies, as its row says. */
export function regionHint(db: Database.Database): RegionHint {
  const row = statement(
    db,
    'SELECT official_key, district, state FROM workspace WHERE id = 1',
  ).get() as {
    official_key: string;
    district: string;
    state: string;
  };
  return { ags: row.official_key, district: row.district, state: row.state };
}

/** What writing `values` to the indicator (if one exists) would change, without writing. */
function effectOf(
  db: Database.Database,
  table: StatisticsTable,
  series: StatisticsSeries,
  region: string | null,
  values: IndicatorValue[],
): SeriesEffect {
  const indicatorId = importedIndicator(db, table.code, series.key, region ?? '');
  if (indicatorId === undefined) return { kind: 'new' };
  const stored = new Map(readValues(db, indicatorId).map((value) => [value.time, value]));
  let added = 0;
  let changed = 0;
  let unchanged = 0;
  for (const value of values) {
    const before = stored.get(value.time);
    if (!before) added += 1;
    else if (
      before.value === value.value &&
      before.flag === value.flag &&
      before.quality === value.quality
    )
      unchanged += 1;
    else changed += 1;
  }
  return { kind: 'update', indicatorId, added, changed, unchanged };
}

export function previewStatistics(
  db: Database.Database,
  table: StatisticsTable,
  fileName: string,
  requested: string | undefined,
): StatisticsPreview {
  const { code, isDefault } = regionOfChoice(table, requested, regionHint(db));
  // Without a region to show (none matched), the series are listed without values.
  const shown = table.regions.length === 0 ? null : code;
  return {
    fileName,
    tableCode: table.code,
    title: table.title,
    layout: table.layout,
    source: table.source,
    stand: table.stand ?? null,
    regions: table.regions,
    region: code,
    regionIsDefault: isDefault,
    comparisonRegions: comparisonRegions(table, code),
    times: table.times,
    notes: table.notes,
    series: table.series.map((series) => {
      const values = table.regions.length > 0 && shown === null ? [] : valuesIn(series, shown);
      return {
        key: series.key,
        variableCode: series.variableCode,
        variableLabel: series.variableLabel,
        unit: series.unit,
        attributes: series.attributes.map(({ dimension, label }) => ({ dimension, label })),
        name: seriesName(series, table.title),
        values,
        effect: effectOf(db, table, series, shown, values),
      };
    }),
  };
}

export interface ImportChoice {
  /** Region codes; empty for a table without regions. */
  regions: string[];
  seriesKeys: string[];
  inPlan: boolean;
}

/** A stored time is at most 60 characters; a longer one is no time a table could mean. */
const maxTimeLength = 60;

function chosenSeries(table: StatisticsTable, keys: string[]): StatisticsSeries[] {
  const byKey = new Map(table.series.map((series) => [series.key, series]));
  return [...new Set(keys)].map((key) => {
    const series = byKey.get(key);
    if (!series) throw new AppFailure('INVALID_INPUT', 'Diese Reihe gibt es in der Datei nicht.');
    return series;
  });
}

function chosenRegions(table: StatisticsTable, codes: string[]): (string | null)[] {
  if (table.regions.length === 0) {
    if (codes.length > 0)
      throw new AppFailure('INVALID_INPUT', 'Diese Tabelle ist nicht nach Gebieten gegliedert.');
    return [null];
  }
  if (codes.length === 0) {
    throw new AppFailure(
      'INVALID_INPUT',
      `Bitte ein Gebiet wählen. Enthalten sind: ${listRegions(table.regions)}.`,
    );
  }
  return [...new Set(codes)].map((code) => requireRegion(table, code).code);
}

/** Imports inside the caller's transaction; a refusal (thrown) rolls everything back. */
export function importStatistics(
  writer: Writer,
  table: StatisticsTable,
  choice: ImportChoice,
): ImportReport {
  const report: ImportReport = { tableCode: table.code, created: [], updated: [] };
  const regions = chosenRegions(table, choice.regions);
  for (const series of chosenSeries(table, choice.seriesKeys)) {
    for (const region of regions) {
      const values = valuesIn(series, region);
      if (values.length === 0) continue;
      const long = values.find((value) => value.time.length > maxTimeLength);
      if (long) {
        throw new AppFailure(
          'STATISTICS_UNREADABLE',
          `Die Zeitangabe „${long.time.slice(0, 40)}…“ ist zu lang für eine Kennzahl. Es wurde nichts importiert.`,
        );
      }
      const regionLabel =
        region === null ? '' : (table.regions.find((r) => r.code === region)?.label ?? region);
      const name = seriesName(series, table.title);
      const existing = importedIndicator(writer.db, table.code, series.key, region ?? '');
      if (existing === undefined) {
        const indicatorId = createIndicator(
          writer,
          {
            name,
            unit: series.unit,
            source: table.source,
            tableCode: table.code,
            tableTitle: table.title,
            seriesKey: series.key,
            regionCode: region ?? '',
            regionLabel,
            inPlan: choice.inPlan,
          },
          values,
        );
        report.created.push({ indicatorId, name, regionLabel, values: values.length });
      } else {
        const latest = readValues(writer.db, existing).at(-1)?.time ?? '';
        const diff = writeValues(writer, existing, values, { keepOthers: true });
        // The newest download names the source as it stands now ("…, 2025" rather than "…, 2017").
        if ((values.at(-1)?.time ?? '') > latest) {
          writer.update(
            'indicators',
            { id: existing },
            { source: table.source, table_title: table.title },
          );
        }
        const stored = requireRow<{ name: string }>(writer.db, 'indicators', existing);
        report.updated.push({
          indicatorId: existing,
          name: stored.name,
          regionLabel,
          added: diff.added,
          changed: diff.changed,
          unchanged: diff.unchanged,
        });
      }
    }
  }
  if (report.created.length === 0 && report.updated.length === 0) {
    throw new AppFailure(
      'STATISTICS_EMPTY',
      'Für die gewählten Reihen und Gebiete enthält die Datei keine Werte. Es wurde nichts importiert.',
    );
  }
  return report;
}
