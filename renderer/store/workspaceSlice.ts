// The open workspace as the backend reports it, the start screen's lists, and the recovery case.
import type { StateCreator } from 'zustand';
import type {
  Capabilities,
  HistoryState,
  MethodInput,
  RecentWorkspace,
  WorkspaceSummary,
} from '../../shared/contract';
import type { AppError, Result } from '../../shared/result';
import { api } from '../api/client';
import type { Store } from './index';

/** Whether undo and redo would do the same as before: then no store update is needed. */
export const sameHistory = (a: HistoryState, b: HistoryState): boolean =>
  a.undoLabel === b.undoLabel && a.redoLabel === b.redoLabel;

export interface Recovery {
  path: string;
  message: string;
}

export interface WorkspaceSlice {
  workspace: WorkspaceSummary | null;
  recent: RecentWorkspace[];
  capabilities: Capabilities | undefined;
  recovery: Recovery | undefined;
  history: HistoryState;
  busy: boolean;
  /** Why the open file can no longer be saved to (deleted, moved, replaced); undefined: fine. */
  fileLost: string | undefined;
  /** Asks the backend whether the open file is still in place (when the window gains focus). */
  checkFile(): Promise<void>;
  markFileLost(message: string): void;
  /** "Speichern unter …" after the file was lost: continues in a new file with everything open. */
  saveAsNewFile(): Promise<void>;
  loadLaunchState(): Promise<void>;
  loadRecent(): Promise<void>;
  createWorkspace(input: MethodInput<'workspace:create'>): Promise<AppError | undefined>;
  openWorkspace(path: string): Promise<void>;
  openDemo(): Promise<void>;
  closeWorkspace(): Promise<void>;
  setWorkspace(workspace: WorkspaceSummary | null): void;
  setHistory(history: HistoryState): void;
  leaveRecovery(): void;
}

export const createWorkspaceSlice: StateCreator<Store, [], [], WorkspaceSlice> = (set, get) => {
  /**
   * Runs a call that yields a workspace; a damaged file leads to the recovery screen, other
   * failures to a notice — unless the caller (a dialog) shows the error itself.
   */
  async function switchTo(
    call: Promise<Result<WorkspaceSummary>>,
    { path, quiet = false }: { path?: string; quiet?: boolean } = {},
  ) {
    set({ busy: true });
    const result = await call;
    set({ busy: false });
    if (result.ok) {
      // Another workspace starts at its overview, with nothing of the previous one's views.
      set((state) => ({
        workspace: result.value,
        recovery: undefined,
        notice: undefined,
        fileLost: undefined,
        view: 'overview',
        process: { steps: undefined, generation: state.process.generation + 1 },
      }));
      void get().loadRecent();
      return undefined;
    }
    if (result.error.code === 'WORKSPACE_DAMAGED' && path) {
      set({ recovery: { path, message: result.error.message } });
    } else if (!quiet) {
      get().showNotice({ kind: 'error', text: result.error.message });
    }
    return result.error;
  }

  return {
    workspace: null,
    recent: [],
    capabilities: undefined,
    recovery: undefined,
    history: { undoLabel: null, redoLabel: null },
    busy: false,
    fileLost: undefined,
    async checkFile() {
      if (!get().workspace) return;
      const result = await api.call('workspace:checkFile', {});
      if (result.ok && !result.value.intact) set({ fileLost: result.value.message });
    },
    markFileLost: (message) => set({ fileLost: message }),
    async saveAsNewFile() {
      set({ busy: true });
      const result = await api.call('workspace:saveAs', {});
      set({ busy: false });
      if (!result.ok) return get().showNotice({ kind: 'error', text: result.error.message });
      const fileName = result.value.path.split(/[\\/]/).pop() ?? result.value.path;
      set({ workspace: result.value, fileLost: undefined });
      get().showNotice({
        kind: 'info',
        text: `Gespeichert als „${fileName}“. Sie arbeiten jetzt in dieser Datei weiter.`,
      });
      void get().loadRecent();
    },
    async loadLaunchState() {
      const [launch, capabilities] = await Promise.all([
        api.call('workspace:launchState', {}),
        api.call('system:capabilities', {}),
      ]);
      if (capabilities.ok) set({ capabilities: capabilities.value });
      if (!launch.ok) return get().showNotice({ kind: 'error', text: launch.error.message });
      set({ workspace: launch.value.workspace });
      const failure = launch.value.failure;
      if (failure?.code === 'WORKSPACE_DAMAGED') {
        set({ recovery: { path: failure.path, message: failure.message } });
      } else if (failure) {
        get().showNotice({ kind: 'error', text: failure.message });
      }
      await get().loadRecent();
    },
    async loadRecent() {
      const result = await api.call('workspace:recent', {});
      if (result.ok) set({ recent: result.value });
    },
    createWorkspace: (input) => switchTo(api.call('workspace:create', input), { quiet: true }),
    async openWorkspace(path) {
      await switchTo(api.call('workspace:open', { path }), { path });
    },
    async openDemo() {
      await switchTo(api.call('workspace:openDemo', {}));
    },
    async closeWorkspace() {
      const result = await api.call('workspace:close', {});
      if (!result.ok) return get().showNotice({ kind: 'error', text: result.error.message });
      set({ workspace: null, fileLost: undefined, history: { undoLabel: null, redoLabel: null } });
      await get().loadRecent();
    },
    setWorkspace: (workspace) => set({ workspace }),
    setHistory: (history) => {
      // Mostly pushed after this window's own change, whose answer already brought it.
      if (!sameHistory(get().history, history)) set({ history });
    },
    leaveRecovery: () => set({ recovery: undefined }),
  };
};
