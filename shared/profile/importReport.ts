// What a statistics import did, in German sentences for the screen and the command line: which
// indicators it created, and for a newer download of the same table which values it added or
// changed, from what to what.
import { countWord } from '../countWord';
import { formatIndicatorValue } from './format';
import { formatTime } from './time';
import type { ImportReport } from './types';

const named = (entry: { name: string; regionLabel: string }) =>
  entry.regionLabel ? `${entry.name} (${entry.regionLabel})` : entry.name;

/** The summary first, then one line per indicator the import created or changed. */
export function describeImport(report: ImportReport): string[] {
  const changed = report.updated.filter(
    (entry) => entry.added.length > 0 || entry.changed.length > 0,
  );
  const parts = [
    report.created.length > 0
      ? `${countWord(report.created.length, 'Kennzahl', 'Kennzahlen')} neu`
      : '',
    changed.length > 0 ? `${countWord(changed.length, 'Kennzahl', 'Kennzahlen')} aktualisiert` : '',
    report.updated.length > changed.length
      ? `${countWord(report.updated.length - changed.length, 'Kennzahl', 'Kennzahlen')} unverändert`
      : '',
  ].filter(Boolean);
  const table = report.tableCode ? `Tabelle ${report.tableCode}: ` : '';
  const lines = [`${table}${parts.join(', ')}.`];
  for (const entry of report.created) {
    lines.push(`Neu: ${named(entry)} mit ${countWord(entry.values, 'Wert', 'Werten')}`);
  }
  for (const entry of changed) {
    const added = entry.added.map(formatTime);
    const updates = entry.changed.map(
      ({ time, before, after }) =>
        `${formatTime(time)}: ${formatIndicatorValue(before) || '–'} → ${formatIndicatorValue(after) || '–'}`,
    );
    const what = [
      added.length > 0 ? `neu ${added.join(', ')}` : '',
      updates.length > 0 ? `geändert ${updates.join('; ')}` : '',
    ].filter(Boolean);
    lines.push(`Aktualisiert: ${named(entry)} – ${what.join('; ')}`);
  }
  return lines;
}
