// Handlers of the plan:* methods: export options, the Word export (in a worker), frozen versions.
import { planQuality } from '../../../shared/planQuality';
import { locateOffice } from '../office/locate';
import type { Handler } from '../dispatch';
import { planJob } from '../export/planJob';
import type { ExportRunner } from '../export/runner';
import {
  insertPlanVersion,
  listPlanVersions,
  readExportOptions,
  readPlanData,
  readPlanVersion,
  saveExportOptions,
} from '../repositories/plan';
import { rethrowAsFailure } from '../store/sqliteErrors';
import type { WorkspaceService } from '../workspace/service';
import type { OfferedFiles } from '../offeredFiles';

type PlanHandlers = {
  [
    M in
      | 'plan:exportOptions'
      | 'plan:setExportOptions'
      | 'plan:export'
      | 'plan:freeze'
      | 'plan:versions'
      | 'plan:office'
      | 'plan:quality'
  ]: Handler<M>;
};

/** How many measures the worker's warm-up document has: enough to compile every code path. */
const warmUpProjects = 8;

export function planHandlers(
  workspaces: WorkspaceService,
  exporter: ExportRunner,
  offered: OfferedFiles,
  officeFolder: string | undefined,
): PlanHandlers {
  const session = () => workspaces.current();
  return {
    // Asked when the export dialog opens: the worker starts warming up while the user chooses.
    'plan:exportOptions': ({ warmUp }) => {
      const { db } = session();
      if (warmUp) {
        const plan = readPlanData(db);
        void exporter.warmUp({
          ...plan,
          projects: plan.projects.slice(0, warmUpProjects),
          photos: plan.photos?.slice(0, 1),
        });
      }
      return readExportOptions(db);
    },
    // Remembered preferences, not a change to the plan: written directly in one transaction and
    // kept out of the undo history, where "Rückgängig" would otherwise hide the last real edit.
    'plan:setExportOptions': (options) => {
      const current = session();
      const { db, file } = current;
      current.assertFileInPlace();
      try {
        db.transaction(() => saveExportOptions(db, options))();
      } catch (error) {
        rethrowAsFailure(error, file);
      }
      return readExportOptions(db);
    },
    'plan:export': ({ options, format, path, versionId }) => {
      const { db } = session();
      const frozen = versionId === undefined ? undefined : readPlanVersion(db, versionId);
      const job = planJob({
        plan: frozen?.plan ?? readPlanData(db),
        options,
        version: frozen?.version,
        path,
        format,
        defaultFolder: workspaces.workspaceFolder,
        ...(officeFolder ? { officeFolder } : {}),
      });
      // Downloaded (browser) or opened (Electron) by its handle; only files offered so.
      return exporter
        .run(job)
        .then((result) => ({ ...result, handle: offered.offer(result.path) }));
    },
    'plan:freeze': ({ label }) =>
      session().act(`Fassung „${label}“ festschreiben`, (writer) =>
        insertPlanVersion(writer, label, readPlanData(writer.db)),
      ),
    'plan:versions': () => listPlanVersions(session().db),
    // Read afresh each time: the check must name the gaps of the data the export would read (all
    // but the photos, which no check looks at and which may be megabytes each).
    'plan:quality': (options) =>
      planQuality(readPlanData(session().db, { photos: false }), options),
    'plan:office': async () => ({
      libreOffice: officeFolder !== undefined && (await locateOffice()) !== undefined,
    }),
  };
}
