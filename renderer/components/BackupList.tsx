// A list of backups, newest first, each with a restore action (and, where given, a delete action).
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
  onDelete?(backup: Backup): void;
}

export function BackupList({ backups, actionLabel, onRestore, onDelete }: BackupListProps) {
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
          <span className="backup-actions">
            <button type="button" className="button" onClick={() => onRestore(backup)}>
              {actionLabel}
            </button>
            {onDelete && (
              <button
                type="button"
                className="button ghost"
                onClick={() => onDelete(backup)}
                aria-label={`Sicherung vom ${formatDateTime(backup.createdAt)} löschen`}
              >
                Löschen
              </button>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
