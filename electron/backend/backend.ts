// The application behind both transports: handlers bound to their state, the dispatcher and the event bus.
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
import { libraryHandlers } from './handlers/library';
import { planHandlers } from './handlers/plan';
import { profileHandlers } from './handlers/profile';
import { projectHandlers } from './handlers/projects';
import { statisticsHandlers } from './handlers/statistics';
import { swotHandlers } from './handlers/swot';
import { systemHandlers } from './handlers/system';
import { timerHandlers } from './handlers/timer';
import { workshopHandlers } from './handlers/workshops';
import { workspaceHandlers } from './handlers/workspace';
import { defaultWorkerFile, ExportRunner } from './export/runner';
import { consoleLog } from './log';
import { OfferedFiles } from './offeredFiles';
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
  /** The bundled export worker; default: export-worker.cjs beside the running bundle. */
  exportWorker?: string;
}

export interface Backend {
  dispatch: Dispatch;
  events: EventBus;
  workspaces: WorkspaceService;
  /** Files written for the user (exports) that the browser mode may offer as downloads. */
  offeredFiles: OfferedFiles;
  /** Which files requests may name; the launch grants the file the user gave. */
  paths: PathPolicy;
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
  const exporter = new ExportRunner(options.exportWorker ?? defaultWorkerFile());
  const offeredFiles = new OfferedFiles();
  const handlers: Handlers = {
    ...appHandlers,
    ...systemHandlers(options.platform ?? browserPlatform, workspaces, paths, offeredFiles),
    ...workspaceHandlers(workspaces),
    ...backupHandlers(workspaces),
    ...historyHandlers(workspaces),
    ...timerHandlers(events),
    ...boardHandlers(workspaces),
    ...ideaHandlers(workspaces),
    ...projectHandlers(workspaces),
    ...actionFieldHandlers(workspaces),
    ...workshopHandlers(workspaces),
    ...planHandlers(workspaces, exporter, offeredFiles),
    ...libraryHandlers(workspaces, offeredFiles),
    ...catalogHandlers(workspaces),
    ...exchangeHandlers(workspaces, offeredFiles),
    ...profileHandlers(workspaces),
    ...statisticsHandlers(workspaces),
    ...swotHandlers(workspaces),
  };
  return {
    dispatch: createDispatcher(confinePaths(handlers, paths), options.log ?? consoleLog),
    events,
    workspaces,
    offeredFiles,
    paths,
    close: async () => {
      await exporter.close();
      await workspaces.close();
    },
  };
}
