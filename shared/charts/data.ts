// What the charts take: plain data, as the Kommunalprofil's indicators hold it.

export interface TimePoint {
  /** "2024", "2024-06" or "2024-12-31"; other texts are shown as they are, in the given order. */
  time: string;
  /** null (or a non-finite number) is a gap, never a zero. */
  value: number | null;
}

export interface PopulationChartData {
  title: string;
  /** Shown above the axis, e.g. "Einwohnerinnen und Einwohner". */
  unit: string;
  points: TimePoint[];
  source: string;
  /** The alt text's subject; default "Die Einwohnerzahl". */
  subject?: string;
}

export interface AgeGroup {
  label: string;
  value: number | null;
}

export interface AgeStructureData {
  title: string;
  /** "Personen", "%" …, shown above the chart. */
  unit: string;
  groups: AgeGroup[];
  source: string;
  /** What `groups` are, e.g. "2024": the legend's name when there is a comparison. */
  label?: string;
  /** An earlier (or other) year, matched to `groups` by label and drawn lighter beside them. */
  comparison?: { label: string; groups: AgeGroup[] };
}

export interface MigrationBalanceData {
  title: string;
  /** Net migration (arrivals minus departures) per age group: positive is a gain. */
  groups: AgeGroup[];
  source: string;
  /** Default "Personen". */
  unit?: string;
}

export interface IndexSeriesInput {
  label: string;
  points: TimePoint[];
}

export interface IndexComparisonData {
  title: string;
  /** In the order Kommune, Kreis, Land: the first is drawn strongest. */
  series: IndexSeriesInput[];
  source: string;
  /** What is compared, for the alt text ("die Einwohnerzahl"); default "der Wert". */
  measure?: string;
}

/** The comparison's value for each of the main age groups, matched by label (absent is a gap). */
export function comparisonValues(data: AgeStructureData): (number | null)[] | undefined {
  if (!data.comparison) return undefined;
  const byLabel = new Map(data.comparison.groups.map(({ label, value }) => [label.trim(), value]));
  return data.groups.map(({ label }) => byLabel.get(label.trim()) ?? null);
}
