// Frozen versions keep the PlanData shape they were written with; this reads older shapes as
// today's, so a Fassung adopted before the Kommunalprofil existed still exports as it was.
import type { SwotKind } from '../../../shared/domain';
import { planFormatVersion } from '../../../shared/plan';
import type { PlanData } from '../../../shared/plan';

/** PlanData as format 1 stored it: indicator values by year, no charts, plain SWOT entries. */
interface PlanDataV1 extends Omit<
  PlanData,
  'formatVersion' | 'indicators' | 'charts' | 'swot' | 'inventory'
> {
  formatVersion: 1;
  indicators: {
    name: string;
    unit: string;
    source: string;
    values: { year: number; value: number }[];
  }[];
  swot: { id: number; kind: SwotKind; text: string }[];
  inventory: { title: string; description: string; actionField: string }[];
}

export type StoredPlanData = PlanData | PlanDataV1 | { formatVersion: number };

/** Today's shape of a stored snapshot; null for a format this version does not know. */
export function upgradePlanData(stored: StoredPlanData): PlanData | null {
  if (stored.formatVersion === planFormatVersion) return stored as PlanData;
  if (stored.formatVersion !== 1) return null;
  const v1 = stored as PlanDataV1;
  return {
    ...v1,
    formatVersion: planFormatVersion,
    indicators: v1.indicators.map(({ values, ...indicator }) => ({
      ...indicator,
      tableCode: '',
      regionLabel: '',
      values: values.map(({ year, value }) => ({
        time: String(year),
        value,
        flag: null,
        quality: null,
      })),
    })),
    charts: [],
    swot: v1.swot.map((entry) => ({ ...entry, evidence: '', actionField: '' })),
    inventory: v1.inventory.map(({ description, ...measure }) => ({
      ...measure,
      sponsor: '',
      status: 'laufend',
      note: description,
    })),
  };
}
