// The Kommunalprofil from the command line: import a statistics download into a workspace (for
// consultants who prepare many Kommunen), and list a workspace's indicators with their values.
import type Database from 'better-sqlite3';
import path from 'node:path';
import { AppFailure } from '../../shared/errors';
import { citation, formatIndicatorValue } from '../../shared/profile/format';
import { describeImport } from '../../shared/profile/importReport';
import { formatTime } from '../../shared/profile/time';
import type { Indicator, IndicatorValue } from '../../shared/profile/types';
import { chooseRegion, qualityLabels, specialValueLabels } from '../../shared/statistics';
import type { StatisticsTable } from '../../shared/statistics';
import { readIndicators } from '../backend/repositories/profile';
import { importStatistics, regionHint } from '../backend/repositories/statisticsImport';
import { readDownload } from '../backend/statistics/download';
import { parseStatisticsFile } from '../backend/statistics/parse';
import { listRegions, requireRegion } from '../backend/statistics/selection';
import { openForReading } from '../backend/store/connection';
import { withSession } from './writing';
import type { CliContext } from './writing';

/** The region to import: the one asked for, else the Kommune's own; none for a table without. */
function regionsToImport(
  table: StatisticsTable,
  db: Database.Database,
  asked: string | undefined,
): string[] {
  if (table.regions.length === 0) {
    if (asked !== undefined) {
      throw new AppFailure(
        'INVALID_INPUT',
        `Die Tabelle ist nicht nach Gebieten gegliedert; --region ${asked} passt nicht zu ihr.`,
      );
    }
    return [];
  }
  if (asked !== undefined) return [requireRegion(table, asked).code];
  const chosen = chooseRegion(table.regions, regionHint(db));
  if (chosen === null) {
    throw new AppFailure(
      'INVALID_INPUT',
      `Weder die Kommune noch ihr Kreis, ihr Land oder Deutschland kommen in der Datei vor. Bitte ein Gebiet mit --region wählen. Enthalten sind: ${listRegions(table.regions)}.`,
    );
  }
  return [chosen];
}

/**
 * Imports every series of the download IN for one region (see regionsToImport) into FILE, as the
 * app does: one undoable action after a backup. IN is read and checked before FILE is opened, so
 * a refused download leaves FILE untouched.
 */
export async function importStatisticsInto(
  file: string,
  input: string,
  asked: string | undefined,
  context: CliContext,
): Promise<string> {
  const download = await readDownload({ path: input });
  const table = parseStatisticsFile(download.bytes, download.fileName);
  return withSession(file, context, (session) => {
    const regions = regionsToImport(table, session.db, asked);
    const report = session.act(
      `Statistik importieren (${table.code || download.fileName})`,
      (writer) =>
        importStatistics(writer, table, {
          regions,
          seriesKeys: table.series.map((series) => series.key),
          inPlan: true,
        }),
    );
    const where = regions.map((code) => requireRegion(table, code).label);
    return [
      ...describeImport(report),
      `${where.length > 0 ? `Gebiet: ${where.join(', ')} · ` : ''}Werkstatt: ${session.file}`,
    ].join('\n');
  });
}

const meaning = ({ flag, quality }: IndicatorValue): string => {
  const parts = [
    flag ? specialValueLabels[flag] : '',
    quality ? (qualityLabels[quality] ?? quality) : '',
  ].filter(Boolean);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
};

function indicatorText(indicator: Indicator): string[] {
  const about = [
    indicator.unit,
    indicator.regionLabel &&
      `${indicator.regionLabel}${indicator.regionCode ? ` (${indicator.regionCode})` : ''}`,
    citation(indicator),
    indicator.inPlan ? 'im Werkstattplan' : '',
  ].filter(Boolean);
  return [
    `${indicator.name}${about.length > 0 ? ` – ${about.join(' · ')}` : ''}`,
    ...indicator.values.map(
      (value) => `  ${formatTime(value.time)}: ${formatIndicatorValue(value)}${meaning(value)}`,
    ),
  ];
}

/** Every indicator of FILE with its values per year or date and their flags; reads only. */
export async function listIndicators(file: string, json: boolean): Promise<string> {
  const { db } = await openForReading(file, { inTodaysSchema: true });
  let indicators: Indicator[];
  try {
    indicators = readIndicators(db);
  } finally {
    db.close();
  }
  if (json) {
    return JSON.stringify(
      indicators.map(({ id: _id, seriesKey: _key, ...indicator }) => indicator),
      null,
      2,
    );
  }
  if (indicators.length === 0) return `${path.basename(file)}: keine Kennzahlen.`;
  return indicators.flatMap(indicatorText).join('\n');
}
