// How a CLI command changes a workspace as the app does: after a backup (before a migration too),
// in a session whose actions are single transactions, closed with its closing backup.
import path from 'node:path';
import { readWorkspaceRow } from '../backend/repositories/workspace';
import { openWorkspaceFile } from '../backend/store/connection';
import { BackupStore } from '../backend/workspace/backups';
import { unheard, WorkspaceSession } from '../backend/workspace/session';

export interface CliContext {
  dataDir: string;
}

export const backupStore = (context: CliContext) =>
  new BackupStore(path.join(context.dataDir, 'Sicherungen'));

/** Opens FILE for writing, backs it up, runs `work` and closes it, also when `work` fails. */
export async function withSession<T>(
  file: string,
  context: CliContext,
  work: (session: WorkspaceSession) => T,
): Promise<T> {
  const resolved = path.resolve(file);
  const backups = backupStore(context);
  const db = await openWorkspaceFile(resolved, {
    beforeMigrate: async (connection) => {
      const row = readWorkspaceRow(connection);
      await backups.create(connection, row.uuid, { path: resolved, name: row.name }, 'migration');
    },
  });
  const session = new WorkspaceSession(resolved, db, backups, unheard);
  try {
    await session.backup('open');
    return work(session);
  } finally {
    await session.close();
  }
}
