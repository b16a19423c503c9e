// The renderer's store, built from feature slices; a cache of what the backend committed.
import { create } from 'zustand';
import { createAppSlice } from './appSlice';
import type { AppSlice } from './appSlice';
import { createWorkspaceSlice } from './workspaceSlice';
import type { WorkspaceSlice } from './workspaceSlice';

export type Store = AppSlice & WorkspaceSlice;

export const useStore = create<Store>()((...args) => ({
  ...createAppSlice(...args),
  ...createWorkspaceSlice(...args),
}));
