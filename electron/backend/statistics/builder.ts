// Collects a file's values into series, regions and times, whatever the layout: the series key,
// the region list, the check for a value given twice, and the cap on the number of values.
import { foldLabel } from '../../../shared/statistics';
import type {
  StatisticsAttribute,
  StatisticsSeries,
  StatisticsTable,
  StatisticsValue,
} from '../../../shared/statistics';
import { refuse } from './failures';

/** More values than a Kommunalprofil could use; beyond it memory, not the user, decides. */
export const maxValues = 1_000_000;

export interface SeriesSpec {
  variableCode: string;
  variableLabel: string;
  unit: string;
  attributes: StatisticsAttribute[];
}

export interface CollectedSeries {
  series: StatisticsSeries;
  /** Each value by region and time (see TableBuilder.add), to find a place given twice. */
  byPlace: Map<number, StatisticsValue>;
}

export type TableInfo = Omit<StatisticsTable, 'series' | 'regions' | 'times'>;

/** See StatisticsSeries.key: folded labels, so every layout of a table gives the same key. */
export function seriesKey(spec: SeriesSpec, fold: (label: string) => string = foldLabel): string {
  const unit = fold(spec.unit);
  const attributes = spec.attributes.map((attribute) => fold(attribute.label)).sort();
  return [fold(spec.variableLabel), unit === 'prozent' ? '%' : unit, ...attributes].join('|');
}

function describe(series: StatisticsSeries, value: StatisticsValue): string {
  const attributes = series.attributes.map((attribute) => attribute.label).join(', ');
  const what = attributes ? `${series.variableLabel} (${attributes})` : series.variableLabel;
  const where = value.regionLabel ?? value.regionCode;
  return `„${what}“${where ? ` in ${where}` : ''}, ${value.time}`;
}

export class TableBuilder {
  private readonly collected = new Map<string, CollectedSeries>();
  private readonly regions = new Map<string, string>();
  private readonly places = new Map<string, number>();
  private readonly times = new Map<string, number>();
  private readonly folded = new Map<string, string>();
  private count = 0;

  /** Labels repeat across series; each is folded once. */
  private fold = (label: string): string => {
    let folded = this.folded.get(label);
    if (folded === undefined) {
      folded = foldLabel(label);
      this.folded.set(label, folded);
    }
    return folded;
  };

  seriesFor(spec: SeriesSpec): CollectedSeries {
    const key = seriesKey(spec, this.fold);
    let entry = this.collected.get(key);
    if (!entry) {
      entry = { series: { key, ...spec, values: [] }, byPlace: new Map() };
      this.collected.set(key, entry);
    }
    return entry;
  }

  /** A small number for each region (or uncoded region label) and time, in order of appearance. */
  private numberOf(numbers: Map<string, number>, key: string): number {
    let number = numbers.get(key);
    if (number === undefined) {
      number = numbers.size;
      numbers.set(key, number);
    }
    return number;
  }

  add(entry: CollectedSeries, value: StatisticsValue, line: number): void {
    const region = value.regionCode ?? `#${value.regionLabel ?? ''}`;
    // A number, not a string, per place: a file of a million values makes no million strings.
    const place =
      this.numberOf(this.places, region) * 2 ** 21 + this.numberOf(this.times, value.time);
    const earlier = entry.byPlace.get(place);
    if (earlier) {
      if (earlier.value === value.value && earlier.flag === value.flag) return;
      refuse(
        'STATISTICS_DAMAGED',
        `Für ${describe(entry.series, value)} steht ein zweiter, anderer Wert in der Datei.`,
        line,
      );
    }
    this.count += 1;
    if (this.count > maxValues) {
      refuse(
        'STATISTICS_TOO_LARGE',
        `Die Tabelle enthält mehr als ${maxValues.toLocaleString('de-DE')} Werte.`,
        line,
      );
    }
    entry.byPlace.set(place, value);
    entry.series.values.push(value);
    if (value.regionCode !== null && !this.regions.has(value.regionCode)) {
      this.regions.set(value.regionCode, value.regionLabel ?? value.regionCode);
    }
  }

  finish(info: TableInfo): StatisticsTable {
    if (this.count === 0) {
      refuse('STATISTICS_EMPTY', 'Die Tabelle hat keine einzige Zahl und kein Sonderzeichen.');
    }
    return {
      ...info,
      series: [...this.collected.values()]
        .map((entry) => entry.series)
        .filter((series) => series.values.length > 0),
      regions: [...this.regions].map(([code, label]) => ({ code, label })),
      times: [...this.times.keys()].sort(),
    };
  }
}
