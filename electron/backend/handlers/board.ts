// Handler of board:load: everything the Zukunftswerkstatt board shows.
import type { Handler } from '../dispatch';
import { loadBoard } from '../repositories/board';
import type { WorkspaceService } from '../workspace/service';

export function boardHandlers(workspaces: WorkspaceService): {
  'board:load': Handler<'board:load'>;
} {
  return {
    'board:load': () => {
      const session = workspaces.current();
      return { ...loadBoard(session.db), sync: session.syncPoint() };
    },
  };
}
