// Rotating online backups of a workspace, kept in the app's data folder.
import { z } from 'zod';
import { pathText } from '../text';
import { method } from './define';
import type { WorkspaceSummary } from './workspace';

export type BackupReason = 'open' | 'auto' | 'close' | 'manual' | 'migration' | 'restore';

export interface Backup {
  id: string;
  workspaceName: string;
  createdAt: string;
  reason: BackupReason;
  sizeBytes: number;
}

const backupId = z.string().regex(/^[\w.-]{1,200}$/, 'Ungültige Sicherung.');

export const backupMethods = {
  /** Backups of the open workspace, or of the file at `path` (the recovery screen's list). */
  'backups:list': method<Backup[]>()(
    'Sicherungen einer Werkstatt auflisten.',
    z.object({ path: pathText.min(1).optional() }).strict(),
  ),
  /** Makes a backup of the open workspace now. */
  'backups:create': method<Backup>()('Jetzt eine Sicherung anlegen.', z.object({}).strict()),
  /**
   * Restores a backup. `replace`: the open workspace is backed up, then replaced and reopened.
   * `copy`: written beside the original as "<Name> (wiederhergestellt …).werkstatt" and opened;
   * the original (e.g. a damaged file) is left untouched.
   */
  'backups:restore': method<WorkspaceSummary>()(
    'Sicherung wiederherstellen.',
    z
      .object({
        backupId,
        mode: z.enum(['replace', 'copy']),
        /** For `copy`: the file the backup belongs to (its folder receives the copy). */
        path: pathText.min(1).optional(),
      })
      .strict(),
  ),
};
