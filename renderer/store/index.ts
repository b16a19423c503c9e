// The renderer's store, built from feature slices; a cache of what the backend committed.
import { create } from 'zustand';
import { createAppSlice } from './appSlice';
import type { AppSlice } from './appSlice';

export type Store = AppSlice;

export const useStore = create<Store>()((...args) => ({
  ...createAppSlice(...args),
}));
