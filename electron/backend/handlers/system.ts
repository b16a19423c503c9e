// Handlers of the system:* methods: what the platform around the backend can do.
import { AppFailure } from '../../../shared/errors';
import type { Handler } from '../dispatch';
import type { Platform } from '../platform';
import type { WorkspaceService } from '../workspace/service';

type SystemHandlers = {
  [M in 'system:capabilities' | 'system:pickPath' | 'system:openFile']: Handler<M>;
};

export function systemHandlers(platform: Platform, workspaces: WorkspaceService): SystemHandlers {
  return {
    'system:capabilities': () => ({
      nativeDialogs: platform.nativeDialogs,
      workspaceFolder: workspaces.workspaceFolder,
    }),
    'system:pickPath': async ({ purpose, suggestedName }) => {
      if (!platform.pickPath) throw new AppFailure('NOT_SUPPORTED');
      return { path: await platform.pickPath(purpose, suggestedName) };
    },
    'system:openFile': async ({ path }) => {
      if (!platform.openFile) throw new AppFailure('NOT_SUPPORTED');
      await platform.openFile(path);
      return null;
    },
  };
}
