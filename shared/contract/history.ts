// Undo and redo of user actions, kept in the backend next to the data.
import { z } from 'zod';
import { method } from './define';

export interface HistoryState {
  undoLabel: string | null;
  redoLabel: string | null;
}

export const historyMethods = {
  /** Reverts the newest user action. */
  'history:undo': method<HistoryState>()('Letzte Aktion rückgängig machen.', z.object({}).strict()),
  /** Repeats the newest undone action. */
  'history:redo': method<HistoryState>()(
    'Rückgängig gemachte Aktion wiederholen.',
    z.object({}).strict(),
  ),
  /** What undo and redo would do now. */
  'history:state': method<HistoryState>()(
    'Stand von Rückgängig/Wiederholen.',
    z.object({}).strict(),
  ),
};
