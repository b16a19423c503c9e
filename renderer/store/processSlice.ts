// The guided process: the five steps as the backend committed them (the Übersicht, the tab bar and
// every step screen show them), and a generation the process screens read again on.
import type { StateCreator } from 'zustand';
import type { StepDetail } from '../../shared/process';
import { api } from '../api/client';
import type { Store } from './index';

export interface ProcessSlice {
  process: {
    steps: StepDetail[] | undefined;
    /** Bumped when process data changed behind the screens' back (another window, undo). */
    generation: number;
  };
  loadSteps(): Promise<void>;
  setSteps(steps: StepDetail[]): void;
  /** After undo, redo or a change from another window: the steps and every process screen read again. */
  refreshProcess(): void;
}

export const createProcessSlice: StateCreator<Store, [], [], ProcessSlice> = (set, get) => ({
  process: { steps: undefined, generation: 0 },
  async loadSteps() {
    const result = await api.call('steps:load', {});
    if (result.ok) get().setSteps(result.value);
  },
  setSteps: (steps) => set((state) => ({ process: { ...state.process, steps } })),
  refreshProcess() {
    set((state) => ({ process: { ...state.process, generation: state.process.generation + 1 } }));
    void get().loadSteps();
  },
});
