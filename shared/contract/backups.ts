// Online backups of a workspace in the app's data folder: automatic ones rotate, manual ones and
// the safety copies before a restore stay until the user deletes them.
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
  /** True for "Jetzt sichern" and the copy before a restore: they stay until deleted. */
  kept: boolean;
  sizeBytes: number;
}

/** "<workspace uuid>_<local time stamp>_<reason>.werkstatt"; the stamp has a space and an offset. */
const backupId = z.string().regex(/^[\w.+ -]{1,200}$/, 'Ungültige Sicherung.');

export const backupMethods = {
  /** Backups of the open workspace, or of the file at `path` (the recovery screen's list). */
  'backups:list': method<Backup[]>()(
    'Sicherungen einer Werkstatt auflisten.',
    z.object({ path: pathText.min(1).optional() }).strict(),
  ),
  /** Makes a backup of the open workspace now. */
  'backups:create': method<Backup>()('Jetzt eine Sicherung anlegen.', z.object({}).strict()),
  /** Deletes a backup (the backups panel offers it for those that are kept). */
  'backups:delete': method<null>()('Sicherung löschen.', z.object({ backupId }).strict()),
  /**
   * Restores a backup. `replace`: the open workspace is backed up, then replaced and reopened.
   * `copy`: written beside the original as "<Name> (wiederhergestellt …).werkstatt" with a
   * workspace id of its own (so its own backups), and opened; the original (e.g. a damaged file)
   * is left untouched.
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
