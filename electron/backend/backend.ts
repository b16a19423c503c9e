// The application behind both transports: handlers bound to their state, the dispatcher and the event bus.
import path from 'node:path';
import { createDispatcher } from './dispatch';
import type { Dispatch, DispatchLog, Handlers } from './dispatch';
import { EventBus } from './events';
import { actionFieldHandlers } from './handlers/actionFields';
import { appHandlers } from './handlers/app';
import { backupHandlers } from './handlers/backups';
import { boardHandlers } from './handlers/board';
import { catalogHandlers } from './handlers/catalogs';
import { exchangeHandlers } from './handlers/exchange';
import { historyHandlers } from './handlers/history';
import { ideaHandlers } from './handlers/ideas';
import { kickoffHandlers } from './handlers/kickoff';
import { kommuneHandlers } from './handlers/kommune';
import { libraryHandlers } from './handlers/library';
import { participationHandlers } from './handlers/participation';
import { photoHandlers } from './handlers/photos';
import { planHandlers } from './handlers/plan';
import { profileHandlers } from './handlers/profile';
import { projectHandlers } from './handlers/projects';
import { statisticsHandlers } from './handlers/statistics';
import { swotHandlers } from './handlers/swot';
import { reviewHandlers } from './handlers/reviews';
import { stepHandlers } from './handlers/steps';
import { systemHandlers } from './handlers/system';
import { timerHandlers } from './handlers/timer';
import { workshopHandlers } from './handlers/workshops';
import { workspaceHandlers } from './handlers/workspace';
import { defaultWorkerFile, ExportRunner } from './export/runner';
import { DownloadFolder } from './downloads';
import { consoleLog } from './log';
import { OfferedFiles } from './offeredFiles';
import { defaultPhonePageDir } from './participation/page';
import { ParticipationService } from './participation/service';
import { confinePaths, PathPolicy } from './pathPolicy';
import { defaultDataDir, defaultWorkspaceFolder } from './paths';
import { browserPlatform } from './platform';
import type { Platform } from './platform';
import type { Migration } from './store/migrations';
import { WorkspaceService } from './workspace/service';

export interface BackendOptions {
  log?: DispatchLog;
  /** App data (backups, recent list); default: the per-user data folder. */
  dataDir?: string;
  /** Folder for new workspaces and the browser mode's list; default: Documents/Kommunalwerkstatt. */
  workspaceFolder?: string;
  platform?: Platform;
  /** Folders beside the workspace and data folders that requests may name files in (tests: their temp folder). */
  extraFolders?: string[];
  migrations?: readonly Migration[];
  /**
   * Whether exports go through LibreOffice when it is installed (page numbers, PDF); default on.
   * Tests switch it off where they do not look at what LibreOffice adds.
   */
  office?: boolean;
  /** The bundled export worker; default: export-worker.cjs beside the running bundle. */
  exportWorker?: string;
  /** The built participants' page (dist/participants); default: beside the running bundle. */
  phonePageDir?: string;
}

export interface Backend {
  dispatch: Dispatch;
  events: EventBus;
  workspaces: WorkspaceService;
  /** Files written for the user (exports) that the browser mode may offer as downloads. */
  offeredFiles: OfferedFiles;
  /** Which files requests may name; the launch grants the file the user gave. */
  paths: PathPolicy;
  participation: ParticipationService;
  close(): Promise<void>;
}

export function createBackend(options: BackendOptions = {}): Backend {
  const events = new EventBus();
  const dataDir = options.dataDir ?? defaultDataDir();
  const workspaces = new WorkspaceService({
    dataDir,
    workspaceFolder: options.workspaceFolder ?? defaultWorkspaceFolder(),
    events,
    migrations: options.migrations,
  });
  const paths = new PathPolicy({
    folders: () => [workspaces.workspaceFolder, dataDir, ...(options.extraFolders ?? [])],
    known: async () => (await workspaces.recent.list()).map((entry) => entry.path),
  });
  // LibreOffice works in the app's data folder (its private profile, temporary files).
  const officeFolder = options.office === false ? undefined : path.join(dataDir, 'LibreOffice');
  const exporter = new ExportRunner(options.exportWorker ?? defaultWorkerFile());
  const offeredFiles = new OfferedFiles();
  const platform = options.platform ?? browserPlatform;
  // Without the system's save dialog an export is a download: no copy stays in the workspace folder.
  const downloads = platform.nativeDialogs
    ? undefined
    : new DownloadFolder(path.join(dataDir, 'Downloads'));
  const participation = new ParticipationService(
    workspaces,
    events,
    options.phonePageDir ?? defaultPhonePageDir(),
  );
  const handlers: Handlers = {
    ...appHandlers,
    ...systemHandlers(platform, workspaces, paths, offeredFiles),
    ...workspaceHandlers(workspaces),
    ...kommuneHandlers(workspaces),
    ...backupHandlers(workspaces),
    ...historyHandlers(workspaces),
    ...timerHandlers(events),
    ...boardHandlers(workspaces),
    ...ideaHandlers(workspaces),
    ...projectHandlers(workspaces),
    ...actionFieldHandlers(workspaces),
    ...workshopHandlers(workspaces),
    ...planHandlers(workspaces, exporter, offeredFiles, officeFolder),
    ...libraryHandlers(workspaces, offeredFiles, downloads),
    ...catalogHandlers(workspaces),
    ...exchangeHandlers(workspaces, offeredFiles),
    ...profileHandlers(workspaces),
    ...statisticsHandlers(workspaces),
    ...swotHandlers(workspaces),
    ...stepHandlers(workspaces),
    ...kickoffHandlers(workspaces),
    ...reviewHandlers(workspaces, exporter, offeredFiles, officeFolder),
    ...participationHandlers(participation),
    ...photoHandlers(workspaces),
  };
  return {
    dispatch: createDispatcher(confinePaths(handlers, paths), options.log ?? consoleLog),
    events,
    workspaces,
    offeredFiles,
    paths,
    participation,
    close: async () => {
      await participation.close();
      await exporter.close();
      await workspaces.close();
      // What cannot be removed now goes at a later start (downloads.ts).
      await downloads?.clear().catch(() => undefined);
    },
  };
}
