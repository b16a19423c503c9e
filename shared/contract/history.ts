// Undo and redo of user actions, kept in the backend next to the data.
import { z } from 'zod';
import type { Mutation } from './board';
import { method } from './define';

export interface HistoryState {
  undoLabel: string | null;
  redoLabel: string | null;
}

export const historyMethods = {
  /** Reverts the newest user action; answers with the rows it changed. */
  'history:undo': method<Mutation>()('Letzte Aktion rückgängig machen.', z.object({}).strict()),
  /** Repeats the newest undone action; answers with the rows it changed. */
  'history:redo': method<Mutation>()(
    'Rückgängig gemachte Aktion wiederholen.',
    z.object({}).strict(),
  ),
  /** What undo and redo would do now. */
  'history:state': method<HistoryState>()(
    'Stand von Rückgängig/Wiederholen.',
    z.object({}).strict(),
  ),
};
