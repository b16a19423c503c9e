// App-wide state: the backend's app info, which dialog is open, the current notice.
import type { StateCreator } from 'zustand';
import type { AppInfo } from '../../shared/contract';
import { api } from '../api/client';
import type { Store } from './index';

export type DialogName = 'about' | 'shortcuts' | 'newWorkspace' | 'openWorkspace';

export interface Notice {
  kind: 'error' | 'info';
  text: string;
}

/** The Übersicht, one view per process step (the board is the Zukunftswerkstatt's), the library. */
export type WorkspaceView =
  'overview' | 'kickoff' | 'profile' | 'board' | 'plan' | 'review' | 'library';

export interface AppSlice {
  view: WorkspaceView;
  setView(view: WorkspaceView): void;
  info: AppInfo | undefined;
  dialog: DialogName | undefined;
  notice: Notice | undefined;
  loadInfo(): Promise<void>;
  openDialog(dialog: DialogName): void;
  closeDialog(): void;
  showNotice(notice: Notice): void;
  dismissNotice(): void;
}

export const createAppSlice: StateCreator<Store, [], [], AppSlice> = (set) => ({
  view: 'overview',
  setView: (view) => set({ view }),
  info: undefined,
  dialog: undefined,
  notice: undefined,
  async loadInfo() {
    const result = await api.call('app:info', {});
    if (result.ok) set({ info: result.value });
    else set({ notice: { kind: 'error', text: result.error.message } });
  },
  openDialog: (dialog) => set({ dialog }),
  closeDialog: () => set({ dialog: undefined }),
  showNotice: (notice) => set({ notice }),
  dismissNotice: () => set({ notice: undefined }),
});
