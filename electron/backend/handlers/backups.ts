// Handlers of the backups:* methods.
import type { Handler } from '../dispatch';
import type { WorkspaceService } from '../workspace/service';

type BackupHandlers = {
  [M in 'backups:list' | 'backups:create' | 'backups:delete' | 'backups:restore']: Handler<M>;
};

export function backupHandlers(workspaces: WorkspaceService): BackupHandlers {
  return {
    'backups:list': ({ path }) => workspaces.listBackups(path),
    'backups:create': () => workspaces.current().backup('manual'),
    'backups:delete': async ({ backupId }) => {
      await workspaces.backups.delete(backupId);
      return null;
    },
    'backups:restore': ({ backupId, mode, path }) => workspaces.restore(backupId, mode, path),
  };
}
