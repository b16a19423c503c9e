// Handlers of the statistics import: preview a download (nothing written), then import the chosen
// series and regions as one undoable, all-or-nothing action. The table parsed for the preview is
// kept, so choosing another region or importing does not parse the same download again.
import { createHash } from 'node:crypto';
import type { StatisticsTable } from '../../../shared/statistics';
import type { Handler } from '../dispatch';
import { readProfile } from '../repositories/profile';
import { importStatistics, previewStatistics } from '../repositories/statisticsImport';
import { readDownload } from '../statistics/download';
import type { Download, StatisticsSource } from '../statistics/download';
import { parseStatisticsFile } from '../statistics/parse';
import type { WorkspaceService } from '../workspace/service';

type StatisticsHandlers = {
  [M in 'statistics:preview' | 'statistics:import']: Handler<M>;
};

/** The last download parsed, by its bytes and name (the name may give the table code). */
function lastTable() {
  let kept: { key: string; table: StatisticsTable } | undefined;
  return ({ bytes, fileName }: Download): StatisticsTable => {
    const key = `${createHash('sha256').update(bytes).digest('hex')}/${fileName}`;
    if (kept?.key !== key) kept = { key, table: parseStatisticsFile(bytes, fileName) };
    return kept.table;
  };
}

export function statisticsHandlers(workspaces: WorkspaceService): StatisticsHandlers {
  const parsed = lastTable();
  const read = async (source: StatisticsSource) => {
    const download = await readDownload(source);
    return { download, table: parsed(download) };
  };
  return {
    'statistics:preview': async ({ region, ...source }) => {
      const { download, table } = await read(source);
      return previewStatistics(workspaces.current().db, table, download.fileName, region);
    },
    'statistics:import': async ({ regions, seriesKeys, inPlan, ...source }) => {
      const { download, table } = await read(source);
      const session = workspaces.current();
      const report = session.act(
        `Statistik importieren (${table.code || download.fileName})`,
        (writer) => importStatistics(writer, table, { regions, seriesKeys, inPlan }),
      );
      return { profile: readProfile(session.db), report };
    },
  };
}
