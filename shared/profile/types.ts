// The Kommunalprofil as the screen and the plan read it: indicators with their values, charts drawn
// from them, the SWOT, the Bestandsaufnahme, and what a statistics import shows and reports.
import type { ChartKind } from '../charts';
import type { SwotKind } from '../domain';
import type { SpecialValue, StatisticsLayout, StatisticsRegion } from '../statistics';

export type { ChartKind };

export interface IndicatorValue {
  /** The sortable form of shared/profile/time.ts: "2024", "2024-12-31", "2024-03" … */
  time: string;
  /** Null when the office gave no number (a flag says why); "-" (nichts vorhanden) is 0. */
  value: number | null;
  flag: SpecialValue | null;
  /** p, r, s, e … as the office marked the number. */
  quality: string | null;
}

export interface Indicator {
  id: number;
  name: string;
  unit: string;
  source: string;
  /** The statistics table it was imported from ("12411-01-01-4"); '' when typed in. */
  tableCode: string;
  tableTitle: string;
  /** The imported series (StatisticsSeries.key); '' when typed in. */
  seriesKey: string;
  /** "14521", "DG" …; '' when typed in or the table has no region. */
  regionCode: string;
  regionLabel: string;
  /** Shown in the Werkstattplan's key figures table. */
  inPlan: boolean;
  values: IndicatorValue[];
}

export interface ProfileChart {
  id: number;
  kind: ChartKind;
  title: string;
  /** Age structure and migration balance: the time shown; '' = the latest with values. */
  time: string;
  /** Age structure: the time of the lighter comparison bars; '' = none. */
  comparisonTime: string;
  inPlan: boolean;
  /** In the chart's order: a line's series, or the age groups from youngest to oldest. */
  indicatorIds: number[];
}

export interface SwotEntry {
  id: number;
  kind: SwotKind;
  text: string;
  /** What the entry rests on: a figure, a source, an interview. */
  evidence: string;
  actionFieldId: number | null;
  /** The projects whose fact sheets say they answer this entry. */
  answeredBy: { id: number; title: string }[];
}

export const inventoryStatuses = ['geplant', 'laufend', 'ruhend', 'beendet'] as const;
export type InventoryStatus = (typeof inventoryStatuses)[number];
export const inventoryStatusLabels: Record<InventoryStatus, string> = {
  geplant: 'geplant',
  laufend: 'läuft',
  ruhend: 'ruht',
  beendet: 'beendet',
};

export interface InventoryMeasure {
  id: number;
  title: string;
  /** Träger: who runs it. */
  sponsor: string;
  actionFieldId: number | null;
  status: InventoryStatus;
  note: string;
}

/** The workspace's own place, which an import chooses its region by. */
export interface ProfileKommune {
  name: string;
  officialKey: string;
  district: string;
  state: string;
}

export interface Profile {
  kommune: ProfileKommune;
  indicators: Indicator[];
  charts: ProfileChart[];
  swot: SwotEntry[];
  inventory: InventoryMeasure[];
  /** Handlungsfelder for the SWOT's and the Bestandsaufnahme's choice, in the user's order. */
  actionFields: { id: number; name: string }[];
}

/** What importing a series would do to the indicator of the same table, series and region. */
export type SeriesEffect =
  | { kind: 'new' }
  | { kind: 'update'; indicatorId: number; added: number; changed: number; unchanged: number };

export interface PreviewSeries {
  key: string;
  variableCode: string;
  variableLabel: string;
  unit: string;
  attributes: { dimension: string; label: string }[];
  /** The name the indicator gets. */
  name: string;
  /** The series' values in the chosen region (or without region), in time order. */
  values: IndicatorValue[];
  effect: SeriesEffect;
}

export interface StatisticsPreview {
  fileName: string;
  tableCode: string;
  title: string;
  layout: StatisticsLayout;
  source: string;
  /** When the office produced the download (classic tables). */
  stand: string | null;
  regions: StatisticsRegion[];
  /** The region shown (asked for, or the default by AGS → Kreis → Land → Deutschland); null: the table has none. */
  region: string | null;
  /** Whether `region` is the default choice for the Kommune rather than one asked for. */
  regionIsDefault: boolean;
  /** Kreis, Land and Deutschland of the chosen region, when the file has them: for comparison. */
  comparisonRegions: StatisticsRegion[];
  times: string[];
  series: PreviewSeries[];
  notes: string[];
}

/** What an import did, indicator by indicator, so the user reads what a newer download changed. */
export interface ImportReport {
  tableCode: string;
  created: { indicatorId: number; name: string; regionLabel: string; values: number }[];
  updated: {
    indicatorId: number;
    name: string;
    regionLabel: string;
    added: string[];
    changed: { time: string; before: IndicatorValue; after: IndicatorValue }[];
    unchanged: number;
  }[];
}
