// Methods about the workspace file: create, open, close, the demo, recent files, counts.
import { z } from 'zod';
import { stateMismatch } from '../kommune';
import { pathText, singleLineText } from '../text';
import { method } from './define';
import { bundesland, consultant, district, inhabitants, kommuneName, officialKey } from './kommune';

export interface WorkspaceSummary {
  path: string;
  uuid: string;
  name: string;
  officialKey: string;
  state: string;
  district: string;
  inhabitants: number | null;
  consultant: string;
  periodStart: string | null;
  periodEnd: string | null;
  hasLogo: boolean;
  counts: WorkspaceCounts;
}

export interface WorkspaceCounts {
  ideas: number;
  ideasInInbox: number;
  projects: number;
  workshops: number;
  actionFields: number;
  targetGroups: number;
  strategicGoals: number;
  indicators: number;
  swotEntries: number;
  actors: number;
  planVersions: number;
  reviews: number;
}

export interface RecentWorkspace {
  path: string;
  name: string;
  openedAt: string;
  exists: boolean;
}

export interface WorkspaceFile {
  path: string;
  fileName: string;
  modifiedAt: string;
  sizeBytes: number;
}

export interface LaunchState {
  workspace: WorkspaceSummary | null;
  /** A file given on the command line that could not be opened, and why. */
  failure: { path: string; code: string; message: string } | null;
}

/** Whether the open workspace's path still names the file that is open. */
export type WorkspaceFileState =
  { intact: true } | { intact: false; reason: 'deleted' | 'replaced'; message: string };

const filePath = pathText.min(1, 'Bitte einen Dateipfad angeben.');

export const newWorkspaceInput = z
  .object({
    name: kommuneName,
    state: bundesland.default(''),
    district: district.default(''),
    inhabitants: inhabitants.default(null),
    consultant: consultant.default(''),
    officialKey: officialKey.default(''),
    /** Where to save; absent: `<Name>.werkstatt` in the workspace folder. */
    path: filePath.optional(),
  })
  .strict()
  .superRefine(({ officialKey: key, state }, context) => {
    const problem = stateMismatch(key, state);
    if (problem) context.addIssue({ code: 'custom', message: problem, path: ['officialKey'] });
  });

export const workspaceMethods = {
  /** What the app was started with: an opened workspace, or why a given file could not be opened. */
  'workspace:launchState': method<LaunchState>()(
    'Zustand beim Start: geöffnete Werkstatt oder Fehler beim Öffnen.',
    z.object({}).strict(),
  ),
  /** Creates a new workspace file for a Kommune and opens it. */
  'workspace:create': method<WorkspaceSummary>()(
    'Neue Werkstatt anlegen und öffnen.',
    newWorkspaceInput,
  ),
  /** Opens a workspace file (closing the current one). */
  'workspace:open': method<WorkspaceSummary>()(
    'Werkstatt-Datei öffnen.',
    z.object({ path: filePath }).strict(),
  ),
  /** Creates a fresh copy of the demo workspace "Musterstadt" and opens it. */
  'workspace:openDemo': method<WorkspaceSummary>()(
    'Beispiel-Werkstatt Musterstadt anlegen und öffnen.',
    z.object({}).strict(),
  ),
  /** Closes the open workspace (after a closing backup). */
  'workspace:close': method<null>()('Werkstatt schließen.', z.object({}).strict()),
  /** The open workspace, or null. */
  'workspace:current': method<WorkspaceSummary | null>()(
    'Die geöffnete Werkstatt.',
    z.object({}).strict(),
  ),
  /** Recently opened workspaces, newest first. */
  'workspace:recent': method<RecentWorkspace[]>()(
    'Zuletzt geöffnete Werkstätten.',
    z.object({}).strict(),
  ),
  /** Workspace files in the workspace folder (the browser mode's "open" list). */
  'workspace:listFolder': method<{ folder: string; files: WorkspaceFile[] }>()(
    'Werkstatt-Dateien im Werkstatt-Ordner.',
    z.object({}).strict(),
  ),
  /**
   * Whether the open workspace's file is still where it was opened (the renderer asks when the
   * window gains focus). Deleted, moved or replaced: every change is refused with
   * WORKSPACE_FILE_GONE until the workspace is saved under a new name.
   */
  'workspace:checkFile': method<WorkspaceFileState>()(
    'Prüfen, ob die geöffnete Werkstatt-Datei noch an ihrem Ort ist.',
    z.object({}).strict(),
  ),
  /**
   * "Speichern unter …": writes the open workspace as it is in the app (from the open connection,
   * so also when its file is gone) to `<name>.werkstatt` in the workspace folder, numbered when
   * taken, and continues with that file. Without `name`: the Kommune's name.
   */
  'workspace:saveAs': method<WorkspaceSummary>()(
    'Geöffnete Werkstatt unter neuem Namen speichern und damit weiterarbeiten.',
    z.object({ name: singleLineText({ label: 'Dateiname', max: 120 }).optional() }).strict(),
  ),
};
