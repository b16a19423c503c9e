// Handlers of the workspace:* methods.
import type { Handler } from '../dispatch';
import { readSummary, setStepStatus } from '../repositories/workspace';
import type { WorkspaceService } from '../workspace/service';
import { stepLabels } from '../../../shared/domain';

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
      | 'workspace:setStepStatus'
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
    'workspace:setStepStatus': ({ step, status }) => {
      const session = workspaces.current();
      session.act(`Status „${stepLabels[step]}“ ändern`, (writer) =>
        setStepStatus(writer, step, status),
      );
      return readSummary(session.db, session.file);
    },
  };
}
