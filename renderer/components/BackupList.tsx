// A list of backups, newest first, each with one restore action.
import type { Backup, BackupReason } from '../../shared/contract';
import { formatDateTime, formatSize } from '../format';

export const backupReasonLabels: Record<BackupReason, string> = {
  open: 'beim Öffnen',
  auto: 'automatisch',
  close: 'beim Schließen',
  manual: 'von Hand',
  migration: 'vor Aktualisierung des Dateiformats',
  restore: 'vor Wiederherstellung',
};

interface BackupListProps {
  backups: Backup[];
  actionLabel: string;
  onRestore(backup: Backup): void;
}

export function BackupList({ backups, actionLabel, onRestore }: BackupListProps) {
  return (
    <ul className="backup-list">
      {backups.map((backup) => (
        <li key={backup.id}>
          <span>
            <strong>{formatDateTime(backup.createdAt)}</strong>{' '}
            <span className="muted">
              {backupReasonLabels[backup.reason]} · {formatSize(backup.sizeBytes)}
            </span>
          </span>
          <button type="button" className="button" onClick={() => onRestore(backup)}>
            {actionLabel}
          </button>
        </li>
      ))}
    </ul>
  );
}
