// The whole Kommunalprofil read in one transaction: what `profile:load` answers and every profile
// change answers with, and what the Werkstattplan's chapter is built from.
import type Database from 'better-sqlite3';
import type { SwotKind } from '../../../shared/domain';
import type {
  Indicator,
  IndicatorValue,
  InventoryMeasure,
  Profile,
  ProfileChart,
  SwotEntry,
} from '../../../shared/profile/types';
import { statement } from '../store/statements';
import { groupBy } from './rows';
import { swotOrder } from './swot';

type Db = Database.Database;

const all = <T>(db: Db, sql: string): T[] => statement(db, sql).all() as T[];

export function readIndicators(db: Db): Indicator[] {
  const values = groupBy(
    all<IndicatorValue & { indicatorId: number }>(
      db,
      `SELECT indicator_id AS indicatorId, time, value, flag, quality FROM indicator_values
       ORDER BY time`,
    ),
    (row) => row.indicatorId,
    ({ indicatorId: _indicatorId, ...value }) => value,
  );
  return all<Omit<Indicator, 'inPlan' | 'values'> & { inPlan: number }>(
    db,
    `SELECT id, name, unit, source, table_code AS tableCode, table_title AS tableTitle,
       series_key AS seriesKey, region_code AS regionCode, region_label AS regionLabel,
       in_plan AS inPlan
     FROM indicators ORDER BY position, id`,
  ).map((row) => ({ ...row, inPlan: row.inPlan === 1, values: values.get(row.id) ?? [] }));
}

export function readCharts(db: Db): ProfileChart[] {
  const members = groupBy(
    all<{ chartId: number; indicatorId: number }>(
      db,
      `SELECT chart_id AS chartId, indicator_id AS indicatorId FROM profile_chart_indicators
       ORDER BY position, indicator_id`,
    ),
    (row) => row.chartId,
    (row) => row.indicatorId,
  );
  return all<Omit<ProfileChart, 'inPlan' | 'indicatorIds'> & { inPlan: number }>(
    db,
    `SELECT id, kind, title, time, comparison_time AS comparisonTime, in_plan AS inPlan
     FROM profile_charts ORDER BY position, id`,
  ).map((row) => ({ ...row, inPlan: row.inPlan === 1, indicatorIds: members.get(row.id) ?? [] }));
}

export function readSwot(db: Db): SwotEntry[] {
  const answers = groupBy(
    all<{ entryId: number; id: number; title: string }>(
      db,
      `SELECT ps.swot_entry_id AS entryId, p.id, p.title FROM project_swot_entries ps
       JOIN projects p ON p.id = ps.project_id
       JOIN action_fields f ON f.id = p.action_field_id
       ORDER BY f.position, p.position, p.id`,
    ),
    (row) => row.entryId,
    ({ id, title }) => ({ id, title }),
  );
  return all<Omit<SwotEntry, 'answeredBy'> & { kind: SwotKind }>(
    db,
    `SELECT id, kind, text, evidence, action_field_id AS actionFieldId FROM swot_entries
     ORDER BY ${swotOrder()}`,
  ).map((row) => ({ ...row, answeredBy: answers.get(row.id) ?? [] }));
}

export function readInventory(db: Db): InventoryMeasure[] {
  return all<InventoryMeasure>(
    db,
    `SELECT id, title, sponsor, action_field_id AS actionFieldId, status, description AS note
     FROM inventory_measures ORDER BY position, id`,
  );
}

export function readProfile(db: Db): Profile {
  return db.transaction((): Profile => ({
    kommune: statement(
      db,
      `SELECT name, official_key AS officialKey, district, state FROM workspace WHERE id = 1`,
    ).get() as Profile['kommune'],
    indicators: readIndicators(db),
    charts: readCharts(db),
    swot: readSwot(db),
    inventory: readInventory(db),
    actionFields: all(db, 'SELECT id, name FROM action_fields ORDER BY position, id'),
  }))();
}
