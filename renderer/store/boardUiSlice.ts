// How the board is looked at: capture settings and the view (both per workspace), the capture
// panel folded and the zoom (per machine: they suit its screen), filters, search, presentation.
import type { StateCreator } from 'zustand';
import { phases } from '../../shared/domain';
import type { Phase } from '../../shared/domain';
import { readStored, writeStored } from './stored';
import type { Store } from './index';

export interface CaptureContext {
  phase: Phase;
  workshopId: number | null;
  groupId: number | null;
}

export type BoardView = 'board' | 'ranking';
/** Normal, compact, or every visible Handlungsfeld on one screen. */
export type BoardZoom = 'normal' | 'compact' | 'all';
export const boardZooms: readonly BoardZoom[] = ['normal', 'compact', 'all'];

export interface BoardUiSlice {
  boardUi: {
    capture: CaptureContext;
    search: string;
    /** The hit Enter/F3 jumped to last, as an index into the hits. */
    searchHit: number;
    phaseFilter: Phase | 'all';
    workshopFilter: number | 'all';
    editingIdeaId: number | undefined;
    /** A project whose title is being edited in place (e.g. right after it was made by a drop). */
    editingProjectId: number | undefined;
    presentation: boolean;
    view: BoardView;
    zoom: BoardZoom;
    captureCollapsed: boolean;
    /** Cards picked with Ctrl/Shift-click; dragging one of them moves them all. */
    selectedIdeaIds: number[];
    /** A card that must be drawn even deep in a long list (a search hit, a moved card). */
    revealIdeaId: number | undefined;
  };
  setBoardUi(changes: Partial<BoardUiSlice['boardUi']>): void;
  setCapture(changes: Partial<CaptureContext>): void;
  /** Brings back what was last used with this workspace: capture settings and the view. */
  restoreBoardSettings(): void;
}

const captureKey = (uuid: string) => `kommunalwerkstatt:erfassung:${uuid}`;
const viewKey = (uuid: string) => `kommunalwerkstatt:ansicht:${uuid}`;
const zoomKey = 'kommunalwerkstatt:zoom';
const collapsedKey = 'kommunalwerkstatt:erfassung-eingeklappt';

export const createBoardUiSlice: StateCreator<Store, [], [], BoardUiSlice> = (set, get) => ({
  boardUi: {
    capture: { phase: 'kritik', workshopId: null, groupId: null },
    search: '',
    searchHit: -1,
    phaseFilter: 'all',
    workshopFilter: 'all',
    editingIdeaId: undefined,
    editingProjectId: undefined,
    presentation: false,
    view: 'board',
    zoom:
      readStored<BoardZoom>(zoomKey, (value) => boardZooms.includes(value as BoardZoom)) ??
      'normal',
    captureCollapsed:
      readStored<boolean>(collapsedKey, (value) => typeof value === 'boolean') ?? false,
    selectedIdeaIds: [],
    revealIdeaId: undefined,
  },
  setBoardUi: (changes) => {
    set((state) => ({ boardUi: { ...state.boardUi, ...changes } }));
    const uuid = get().workspace?.uuid;
    if (changes.view !== undefined && uuid) writeStored(viewKey(uuid), changes.view);
    if (changes.zoom !== undefined) writeStored(zoomKey, changes.zoom);
    if (changes.captureCollapsed !== undefined) writeStored(collapsedKey, changes.captureCollapsed);
  },
  setCapture: (changes) => {
    set((state) => ({
      boardUi: { ...state.boardUi, capture: { ...state.boardUi.capture, ...changes } },
    }));
    const { workspace, boardUi } = get();
    if (workspace) writeStored(captureKey(workspace.uuid), boardUi.capture);
  },
  restoreBoardSettings: () => {
    const { workspace, board } = get();
    // Once per opened workspace: reading the board again (another window's undo) keeps the view.
    if (!workspace || restoredFor === workspace.uuid) return;
    restoredFor = workspace.uuid;
    const saved = readStored<Partial<CaptureContext>>(captureKey(workspace.uuid), isObject) ?? {};
    const workshop = saved.workshopId != null ? board.workshops[saved.workshopId] : undefined;
    const group = workshop?.groups.find((entry) => entry.id === saved.groupId);
    // A workspace seen here for the first time opens on the Pinnwand.
    const view =
      readStored<BoardView>(viewKey(workspace.uuid), (value) =>
        ['board', 'ranking'].includes(value as string),
      ) ?? 'board';
    set((state) => ({
      boardUi: {
        ...state.boardUi,
        view,
        capture: {
          phase: saved.phase && phases.includes(saved.phase) ? saved.phase : 'kritik',
          workshopId: workshop?.id ?? null,
          groupId: group?.id ?? null,
        },
      },
    }));
  },
});

let restoredFor: string | undefined;

const isObject = (value: unknown) => typeof value === 'object' && value !== null;
