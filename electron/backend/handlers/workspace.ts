// Handlers of the workspace:* methods.
import type { Handler } from '../dispatch';
import type { WorkspaceService } from '../workspace/service';

type WorkspaceHandlers = {
  [
    M in
      | 'workspace:launchState'
      | 'workspace:create'
      | 'workspace:open'
      | 'workspace:openDemo'
      | 'workspace:close'
      | 'workspace:current'
      | 'workspace:recent'
      | 'workspace:listFolder'
      | 'workspace:checkFile'
      | 'workspace:saveAs'
  ]: Handler<M>;
};

export function workspaceHandlers(workspaces: WorkspaceService): WorkspaceHandlers {
  return {
    'workspace:launchState': () => workspaces.launchState(),
    'workspace:create': (input) => workspaces.create(input),
    'workspace:open': ({ path }) => workspaces.open(path),
    'workspace:openDemo': () => workspaces.openDemo(),
    'workspace:close': async () => {
      await workspaces.close();
      return null;
    },
    'workspace:current': () => workspaces.summary(),
    'workspace:recent': () => workspaces.recent.list(),
    'workspace:listFolder': () => workspaces.listFolder(),
    'workspace:checkFile': () => workspaces.current().fileState(),
    'workspace:saveAs': ({ name }) => workspaces.saveAs(name),
  };
}
