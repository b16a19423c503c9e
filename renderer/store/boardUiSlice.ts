// How the board is looked at: capture settings that stay set, filters, search, presentation mode.
import type { StateCreator } from 'zustand';
import { phases } from '../../shared/domain';
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
    /** Cards picked with Ctrl/Shift-click; dragging one of them moves them all. */
    selectedIdeaIds: number[];
  };
  setBoardUi(changes: Partial<BoardUiSlice['boardUi']>): void;
  setCapture(changes: Partial<CaptureContext>): void;
  /** Brings back the capture settings last used with this workspace (they stay set). */
  restoreCapture(): void;
}

const captureKey = (uuid: string) => `kommunalwerkstatt:erfassung:${uuid}`;

export const createBoardUiSlice: StateCreator<Store, [], [], BoardUiSlice> = (set, get) => ({
  boardUi: {
    capture: { phase: 'kritik', workshopId: null, groupId: null },
    search: '',
    phaseFilter: 'all',
    workshopFilter: 'all',
    editingIdeaId: undefined,
    editingProjectId: undefined,
    presentation: false,
    view: 'board',
    selectedIdeaIds: [],
  },
  setBoardUi: (changes) => set((state) => ({ boardUi: { ...state.boardUi, ...changes } })),
  setCapture: (changes) => {
    set((state) => ({
      boardUi: { ...state.boardUi, capture: { ...state.boardUi.capture, ...changes } },
    }));
    const { workspace, boardUi } = get();
    if (workspace)
      localStorage.setItem(captureKey(workspace.uuid), JSON.stringify(boardUi.capture));
  },
  restoreCapture: () => {
    const { workspace, board } = get();
    if (!workspace) return;
    let saved: Partial<CaptureContext> = {};
    try {
      saved = JSON.parse(
        localStorage.getItem(captureKey(workspace.uuid)) ?? '{}',
      ) as Partial<CaptureContext>;
    } catch {
      // A damaged entry only means the defaults apply.
    }
    const workshop = saved.workshopId != null ? board.workshops[saved.workshopId] : undefined;
    const group = workshop?.groups.find((entry) => entry.id === saved.groupId);
    set((state) => ({
      boardUi: {
        ...state.boardUi,
        capture: {
          phase: saved.phase && phases.includes(saved.phase) ? saved.phase : 'kritik',
          workshopId: workshop?.id ?? null,
          groupId: group?.id ?? null,
        },
      },
    }));
  },
});
