// How the board is looked at: capture settings that stay set, filters, search, presentation mode.
import type { StateCreator } from 'zustand';
import type { Phase } from '../../shared/domain';
import type { Store } from './index';

export interface CaptureContext {
  phase: Phase;
  workshopId: number | null;
  groupId: number | null;
}

export type BoardView = 'board' | 'ranking';

export interface BoardUiSlice {
  boardUi: {
    capture: CaptureContext;
    search: string;
    phaseFilter: Phase | 'all';
    workshopFilter: number | 'all';
    editingIdeaId: number | undefined;
    /** A project whose title is being edited in place (e.g. right after it was made by a drop). */
    editingProjectId: number | undefined;
    presentation: boolean;
    view: BoardView;
  };
  setBoardUi(changes: Partial<BoardUiSlice['boardUi']>): void;
  setCapture(changes: Partial<CaptureContext>): void;
}

export const createBoardUiSlice: StateCreator<Store, [], [], BoardUiSlice> = (set) => ({
  boardUi: {
    capture: { phase: 'kritik', workshopId: null, groupId: null },
    search: '',
    phaseFilter: 'all',
    workshopFilter: 'all',
    editingIdeaId: undefined,
    editingProjectId: undefined,
    presentation: false,
    view: 'board',
  },
  setBoardUi: (changes) => set((state) => ({ boardUi: { ...state.boardUi, ...changes } })),
  setCapture: (changes) =>
    set((state) => ({
      boardUi: { ...state.boardUi, capture: { ...state.boardUi.capture, ...changes } },
    })),
});
