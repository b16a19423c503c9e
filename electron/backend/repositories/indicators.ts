// Indicators and their values: created by hand or by an import, changed, moved, removed (with
// their place in every chart). A value list is written as a difference, so undo and the import's
// report see exactly which times were added, changed or removed.
import type Database from 'better-sqlite3';
import type { IndicatorValue } from '../../../shared/profile/types';
import type { Writer } from '../store/changes';
import { statement } from '../store/statements';
import { removeFromCharts } from './profileCharts';
import type { Container } from './positions';
import { endOf, moveWithin } from './positions';
import { requireRow } from './references';
import { firstColumn } from './rows';

export const allIndicators: Container = { table: 'indicators', where: '1', params: [] };

export interface IndicatorFields {
  name: string;
  unit: string;
  source: string;
  tableCode?: string;
  tableTitle?: string;
  seriesKey?: string;
  regionCode?: string;
  regionLabel?: string;
  inPlan?: boolean;
}

/** What writing a value list changed. */
export interface ValuesDiff {
  added: string[];
  changed: { time: string; before: IndicatorValue; after: IndicatorValue }[];
  removed: string[];
  unchanged: number;
}

interface ValueRow {
  time: string;
  value: number | null;
  flag: IndicatorValue['flag'];
  quality: string | null;
}

export function readValues(db: Database.Database, indicatorId: number): IndicatorValue[] {
  return statement(
    db,
    'SELECT time, value, flag, quality FROM indicator_values WHERE indicator_id = ? ORDER BY time',
  ).all(indicatorId) as ValueRow[];
}

const same = (a: IndicatorValue, b: IndicatorValue) =>
  a.value === b.value && a.flag === b.flag && (a.quality ?? null) === (b.quality ?? null);

/**
 * Writes `values` of an indicator. `keepOthers`: times not in the list stay (a download adds its
 * times to those of earlier downloads); otherwise the list replaces what was there.
 */
export function writeValues(
  writer: Writer,
  indicatorId: number,
  values: readonly IndicatorValue[],
  { keepOthers }: { keepOthers: boolean },
): ValuesDiff {
  const existing = new Map(readValues(writer.db, indicatorId).map((value) => [value.time, value]));
  const diff: ValuesDiff = { added: [], changed: [], removed: [], unchanged: 0 };
  for (const value of values) {
    const row = {
      value: value.value,
      flag: value.flag,
      quality: value.quality ?? null,
    };
    const before = existing.get(value.time);
    existing.delete(value.time);
    if (!before) {
      writer.insert('indicator_values', { indicator_id: indicatorId, time: value.time, ...row });
      diff.added.push(value.time);
    } else if (same(before, value)) {
      diff.unchanged += 1;
    } else {
      writer.update('indicator_values', { indicator_id: indicatorId, time: value.time }, row);
      diff.changed.push({ time: value.time, before, after: { time: value.time, ...row } });
    }
  }
  if (!keepOthers) {
    for (const time of existing.keys()) {
      writer.delete('indicator_values', { indicator_id: indicatorId, time });
      diff.removed.push(time);
    }
  }
  return diff;
}

export function createIndicator(
  writer: Writer,
  fields: IndicatorFields,
  values: readonly IndicatorValue[],
): number {
  const id = writer.insert('indicators', {
    name: fields.name,
    unit: fields.unit,
    source: fields.source,
    table_code: fields.tableCode ?? '',
    table_title: fields.tableTitle ?? '',
    series_key: fields.seriesKey ?? '',
    region_code: fields.regionCode ?? '',
    region_label: fields.regionLabel ?? '',
    in_plan: fields.inPlan === false ? 0 : 1,
    position: endOf(writer.db, allIndicators),
  });
  writeValues(writer, id, values, { keepOthers: false });
  return id;
}

export interface IndicatorChanges {
  name?: string;
  unit?: string;
  source?: string;
  regionLabel?: string;
  inPlan?: boolean;
  values?: IndicatorValue[];
}

export function updateIndicator(writer: Writer, id: number, changes: IndicatorChanges): void {
  requireRow(writer.db, 'indicators', id);
  const { values, inPlan, regionLabel, ...texts } = changes;
  writer.update(
    'indicators',
    { id },
    {
      ...texts,
      ...(regionLabel !== undefined && { region_label: regionLabel }),
      ...(inPlan !== undefined && { in_plan: inPlan ? 1 : 0 }),
    },
  );
  if (values) writeValues(writer, id, values, { keepOthers: false });
}

export function deleteIndicator(writer: Writer, id: number): void {
  requireRow(writer.db, 'indicators', id);
  removeFromCharts(writer, id);
  const times = firstColumn<string>(
    writer.db,
    'SELECT time FROM indicator_values WHERE indicator_id = ? ORDER BY time',
    id,
  );
  for (const time of times) writer.delete('indicator_values', { indicator_id: id, time });
  writer.delete('indicators', { id });
}

export function moveIndicator(writer: Writer, id: number, beforeId: number | null): void {
  requireRow(writer.db, 'indicators', id);
  if (beforeId !== null) requireRow(writer.db, 'indicators', beforeId);
  moveWithin(writer, allIndicators, id, beforeId);
}

/** The indicator imported before from the same table and series for the same region. */
export function importedIndicator(
  db: Database.Database,
  tableCode: string,
  seriesKey: string,
  regionCode: string,
): number | undefined {
  const row = statement(
    db,
    `SELECT id FROM indicators WHERE table_code = ? AND series_key = ? AND region_code = ?
     ORDER BY position, id LIMIT 1`,
  ).get(tableCode, seriesKey, regionCode) as { id: number } | undefined;
  return row?.id;
}
