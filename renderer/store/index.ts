// The renderer's store, built from feature slices; a cache of what the backend committed.
import { create } from 'zustand';
import { createAppSlice } from './appSlice';
import type { AppSlice } from './appSlice';
import { createBoardSlice } from './boardSlice';
import type { BoardSlice } from './boardSlice';
import { createBoardUiSlice } from './boardUiSlice';
import { createCaptureSlice } from './captureSlice';
import type { CaptureSlice } from './captureSlice';
import type { BoardUiSlice } from './boardUiSlice';
import { createLibrarySlice } from './librarySlice';
import type { LibrarySlice } from './librarySlice';
import { createProfileSlice } from './profileSlice';
import type { ProfileSlice } from './profileSlice';
import { createProcessSlice } from './processSlice';
import type { ProcessSlice } from './processSlice';
import { createWorkspaceSlice } from './workspaceSlice';
import type { WorkspaceSlice } from './workspaceSlice';

export type Store = AppSlice &
  WorkspaceSlice &
  BoardSlice &
  BoardUiSlice &
  CaptureSlice &
  LibrarySlice &
  ProfileSlice &
  ProcessSlice;

export const useStore = create<Store>()((...args) => ({
  ...createAppSlice(...args),
  ...createWorkspaceSlice(...args),
  ...createBoardSlice(...args),
  ...createBoardUiSlice(...args),
  ...createCaptureSlice(...args),
  ...createLibrarySlice(...args),
  ...createProfileSlice(...args),
  ...createProcessSlice(...args),
}));
