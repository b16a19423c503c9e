// Handlers of the system:* methods: what the platform around the backend can do.
import { AppFailure } from '../../../shared/errors';
import type { Handler } from '../dispatch';
import type { OfferedFiles } from '../offeredFiles';
import type { PathPolicy } from '../pathPolicy';
import type { Platform } from '../platform';
import type { WorkspaceService } from '../workspace/service';

type SystemHandlers = {
  [
    M in 'system:capabilities' | 'system:pickPath' | 'system:openFile' | 'system:openProjector'
  ]: Handler<M>;
};

export function systemHandlers(
  platform: Platform,
  workspaces: WorkspaceService,
  paths: PathPolicy,
  offered: OfferedFiles,
): SystemHandlers {
  return {
    'system:capabilities': () => ({
      nativeDialogs: platform.nativeDialogs,
      workspaceFolder: workspaces.workspaceFolder,
    }),
    'system:pickPath': async ({ purpose, suggestedName }) => {
      if (!platform.pickPath) throw new AppFailure('NOT_SUPPORTED');
      const chosen = await platform.pickPath(purpose, suggestedName);
      // The user chose it in our own dialog: the one path outside the folders a request may name.
      if (chosen) paths.grant(chosen);
      return { path: chosen };
    },
    'system:openProjector': () => {
      if (!platform.openProjector) throw new AppFailure('NOT_SUPPORTED');
      platform.openProjector();
      return null;
    },
    'system:openFile': async ({ handle }) => {
      if (!platform.openFile) throw new AppFailure('NOT_SUPPORTED');
      const file = offered.fileOf(handle);
      if (!file) throw new AppFailure('NOT_FOUND', 'Diese Datei hat die App nicht geschrieben.');
      await platform.openFile(file);
      return null;
    },
  };
}
