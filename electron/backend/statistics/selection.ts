// Choosing within a parsed table: the region to show and import (asked for, or the Kommune's own
// by AGS → Kreis → Land → Deutschland), the regions above it for comparison, and one series'
// values there, as indicator values in time order.
import { AppFailure } from '../../../shared/errors';
import type { IndicatorValue } from '../../../shared/profile/types';
import { chooseRegion } from '../../../shared/statistics';
import type {
  RegionHint,
  StatisticsRegion,
  StatisticsSeries,
  StatisticsTable,
} from '../../../shared/statistics';

/** The series' values in `region` (null: the values without a region), in time order. */
export function valuesIn(series: StatisticsSeries, region: string | null): IndicatorValue[] {
  return series.values
    .filter((value) => value.regionCode === region)
    .map(({ time, value, flag, quality }) => ({ time, value, flag, quality }))
    .sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
}

/** "14521 Erzgebirgskreis, 14 Sachsen, …": the regions of a file in a message, the first 20. */
export function listRegions(regions: readonly StatisticsRegion[]): string {
  const shown = regions.slice(0, 20).map((region) => `${region.code} ${region.label}`);
  const more = regions.length - shown.length;
  return `${shown.join(', ')}${more > 0 ? ` und ${more.toLocaleString('de-DE')} weitere` : ''}`;
}

export function requireRegion(table: StatisticsTable, code: string): StatisticsRegion {
  const region = table.regions.find((candidate) => candidate.code === code);
  if (!region) {
    throw new AppFailure(
      'INVALID_INPUT',
      `Das Gebiet ${code} kommt in der Datei nicht vor. Enthalten sind: ${listRegions(table.regions)}.`,
    );
  }
  return region;
}

/**
 * The region the Kommune imports: the one asked for, else its own by AGS, Kreis, Land,
 * Deutschland; null when the table has no region, or none of these (the user then chooses).
 */
export function regionOfChoice(
  table: StatisticsTable,
  requested: string | undefined,
  hint: RegionHint,
): { code: string | null; isDefault: boolean } {
  if (requested !== undefined)
    return { code: requireRegion(table, requested).code, isDefault: false };
  return { code: chooseRegion(table.regions, hint), isDefault: true };
}

/** The Kreis, Land and Deutschland above `code` that the file also holds: to compare with. */
export function comparisonRegions(table: StatisticsTable, code: string | null): StatisticsRegion[] {
  if (code === null || code === 'DG') return [];
  // An ARS (12 digits) and an AGS (8) begin with the Kreis's five digits and the Land's two.
  const above = [code.length > 5 ? code.slice(0, 5) : '', code.length > 2 ? code.slice(0, 2) : ''];
  const wanted = [...above.filter(Boolean), 'DG'];
  return wanted.flatMap((candidate) => {
    const region = table.regions.find((entry) => entry.code === candidate);
    return region && region.code !== code ? [region] : [];
  });
}
