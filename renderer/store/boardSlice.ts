// The board: rows as the backend committed them, orderings derived from them, and the one way
// to change them — a mutation that may move things at once and is confirmed or rolled back.
import type { StateCreator } from 'zustand';
import type {
  BoardActionField,
  BoardData,
  BoardPatch,
  BoardProject,
  BoardWorkshop,
  Idea,
  Mutation,
  SyncPoint,
} from '../../shared/contract';
import type { WorkspaceChange } from '../../shared/events';
import type { Result } from '../../shared/result';
import { api } from '../api/client';
import { buildIndex, emptyIndex } from '../board/boardIndex';
import type { BoardIndex } from '../board/boardIndex';
import type { Store } from './index';
import { changedRows, holdRows, releaseRows } from './pendingRows';
import { withRows } from './rowRecords';
import { sameHistory } from './workspaceSlice';

export interface BoardRows {
  ideas: Record<number, Idea>;
  projects: Record<number, BoardProject>;
  actionFields: Record<number, BoardActionField>;
  workshops: Record<number, BoardWorkshop>;
}

/** A confirmed mutation; `redrawn` is false when the board already showed its result. */
export type MutationOutcome = Mutation & { redrawn: boolean };

export interface BoardSlice {
  board: BoardRows & { index: BoardIndex; loaded: boolean };
  loadBoard(): Promise<void>;
  applyPatch(patch: BoardPatch): void;
  /**
   * A change pushed by the backend (liveUpdates.ts): applied in the backend's order; a gap or
   * another opening of the file reads the board again. `own`: this window made it.
   */
  receiveChange(change: WorkspaceChange, own: boolean): void;
  /**
   * Runs a board mutation. `optimistic` changes the rows at once (the drop lands where the
   * pointer let go); the backend's patch then confirms it, or the rows return to the snapshot
   * and the user reads why.
   */
  mutate(
    call: Promise<Result<Mutation>>,
    optimistic?: (rows: BoardRows) => Partial<BoardRows>,
  ): Promise<MutationOutcome | undefined>;
}

const emptyRows: BoardRows = { ideas: {}, projects: {}, actionFields: {}, workshops: {} };

const byId = <T extends { id: number }>(rows: T[]): Record<number, T> =>
  Object.fromEntries(rows.map((row) => [row.id, row]));

function withIndex(rows: BoardRows, previous: BoardIndex) {
  return {
    ...rows,
    index: buildIndex(rows.ideas, rows.projects, rows.actionFields, previous),
    loaded: true,
  };
}

/**
 * The committed change the rows show, kept beside the store: it is never drawn, and a store update
 * for it alone would run every card's selectors.
 */
let shown: SyncPoint | undefined;

/** Changes that arrive while the board is being read; applied on top of what the read returns. */
let arrivedWhileLoading: WorkspaceChange[] | undefined;

export function patchRows(rows: BoardRows, patch: BoardPatch): BoardRows {
  const merge = <T extends { id: number }>(
    current: Record<number, T>,
    changed: T[],
    removed: number[],
  ) => {
    // A row already shown exactly keeps its identity, and so does the record when all rows do.
    const differing = changed.filter((row) => !sameRow(current[row.id], row));
    const gone = removed.filter((id) => id in current);
    if (differing.length === 0 && gone.length === 0) return current;
    return withRows(current, differing, gone);
  };
  return {
    ideas: merge(rows.ideas, patch.ideas, patch.removedIdeaIds),
    projects: merge(rows.projects, patch.projects, patch.removedProjectIds),
    actionFields: merge(rows.actionFields, patch.actionFields, patch.removedActionFieldIds),
    workshops: merge(rows.workshops, patch.workshops, patch.removedWorkshopIds),
  };
}

export const createBoardSlice: StateCreator<Store, [], [], BoardSlice> = (set, get) => ({
  board: { ...emptyRows, index: emptyIndex, loaded: false },

  async loadBoard() {
    arrivedWhileLoading ??= [];
    const result = await api.call('board:load', {});
    const arrived = arrivedWhileLoading;
    arrivedWhileLoading = undefined;
    if (!result.ok) return get().showNotice({ kind: 'error', text: result.error.message });
    const data: BoardData = result.value;
    const rows: BoardRows = {
      ideas: byId(data.ideas),
      projects: byId(data.projects),
      actionFields: byId(data.actionFields),
      workshops: byId(data.workshops),
    };
    // The benchmark measures from here to the first paint of the loaded board.
    performance.mark('kw:board-data');
    shown = data.sync;
    set({ board: withIndex(rows, get().board.index) });
    for (const change of arrived) get().receiveChange(change, false);
    get().restoreBoardSettings();
  },

  applyPatch(patch) {
    const { board } = get();
    const patched = patchRows(board, patch);
    if (!sameRows(patched, board)) set({ board: withIndex(patched, board.index) });
  },

  receiveChange(change, own) {
    if (arrivedWhileLoading) {
      arrivedWhileLoading.push(change);
      return;
    }
    const { board } = get();
    if (!board.loaded || !shown) return;
    const { epoch, revision } = shown;
    if (change.epoch !== epoch || change.revision > revision + 1) {
      void get().loadBoard();
      return;
    }
    if (change.revision <= revision) return;
    shown = { epoch, revision: change.revision };
    // This window's own new project arrives before its answer: the placeholder makes way.
    const rows = own ? withoutPlaceholders(board) : board;
    const patched = patchRows(rows, change.patch);
    // Mostly this window's own change, already drawn from its answer: nothing to do.
    if (!sameRows(patched, board)) set({ board: withIndex(patched, board.index) });
  },

  async mutate(call, optimistic) {
    const snapshot = get().board;
    let held: string[] = [];
    if (optimistic) {
      const moved = optimistic(snapshot);
      held = changedRows(snapshot, moved);
      holdRows(held);
      set({ board: withIndex({ ...snapshot, ...moved }, snapshot.index) });
    }
    const result = await call.finally(() => releaseRows(held));
    if (!result.ok) {
      get().showNotice({ kind: 'error', text: result.error.message });
      if (optimistic) {
        // Back at once to the last committed state, then to exactly what the file holds
        // (another change may have been confirmed meanwhile).
        set({ board: withIndex(snapshot, get().board.index) });
        await get().loadBoard();
      }
      return undefined;
    }
    const { board: current, history } = get();
    const confirmed = patchRows(withoutPlaceholders(current), result.value.patch);
    const unchanged = sameRows(confirmed, current);
    // One update for rows and undo state (every store update runs every list's selectors), none
    // when the optimistic move already showed exactly this and the undo labels stay.
    const undo = sameHistory(history, result.value.history)
      ? {}
      : { history: result.value.history };
    if (!unchanged) set({ ...undo, board: withIndex(confirmed, current.index) });
    else if (undo.history) set(undo);
    return { ...result.value, redrawn: !unchanged };
  },
});

/** Optimistic moves may show a project before it exists; such placeholders have negative ids. */
export const placeholderProjectId = -1;

function withoutPlaceholders(rows: BoardRows): BoardRows {
  if (!(placeholderProjectId in rows.projects)) return rows;
  return { ...rows, projects: withRows(rows.projects, [], [placeholderProjectId]) };
}

/** True when every record of rows is the very same object: nothing to draw again. */
function sameRows(a: BoardRows, b: BoardRows): boolean {
  return (
    a.ideas === b.ideas &&
    a.projects === b.projects &&
    a.actionFields === b.actionFields &&
    a.workshops === b.workshops
  );
}

function sameRow<T extends object>(a: T | undefined, b: T): boolean {
  if (!a) return false;
  const keys = Object.keys(b) as (keyof T)[];
  return keys.length === Object.keys(a).length && keys.every((key) => a[key] === b[key]);
}
