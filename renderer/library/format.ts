// German display of the fact sheet's values: months, euros, the enums.
import { projectStatusLabels } from '../../shared/domain';
import type { Priority, ProjectStatus } from '../../shared/domain';

// Months and periods read as in the Werkstattplan.
export { formatMonth, formatPeriod } from '../../shared/plan';

const euro = new Intl.NumberFormat('de-DE', {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 0,
});

export const formatBudget = (cents: number | null): string =>
  cents === null ? '' : euro.format(cents / 100);

/** "420.000", "420000", "1.250,50 €" → cents; undefined when it is not a German amount. */
export function parseEuros(text: string): number | null | undefined {
  const cleaned = text.replace(/€/g, '').replace(/\s/g, '');
  if (cleaned === '') return null;
  if (!/^\d{1,3}(\.\d{3})*(,\d{1,2})?$|^\d+(,\d{1,2})?$/.test(cleaned)) return undefined;
  const [whole, fraction = ''] = cleaned.replace(/\./g, '').split(',');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

export const priorityLabels: Record<Priority, string> = {
  hoch: 'hoch',
  mittel: 'mittel',
  niedrig: 'niedrig',
};
export const statusLabel = (status: ProjectStatus) => projectStatusLabels[status];
