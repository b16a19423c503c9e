// Handlers of the history:* methods (undo and redo live in the backend, next to the data).
import type { Handler } from '../dispatch';
import type { WorkspaceService } from '../workspace/service';

type HistoryHandlers = { [M in 'history:undo' | 'history:redo' | 'history:state']: Handler<M> };

export function historyHandlers(workspaces: WorkspaceService): HistoryHandlers {
  return {
    // Undo and redo answer with a board patch, like the action they revert or repeat.
    'history:undo': () => workspaces.current().undo(),
    'history:redo': () => workspaces.current().redo(),
    'history:state': () => workspaces.current().historyState(),
  };
}
