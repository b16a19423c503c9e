// Backups of the open workspace: those kept until deleted apart from the rotating ones; back up now,
// restore (after backing up the current state), delete a kept one.
import { useEffect, useState } from 'react';
import type { Backup } from '../../shared/contract';
import { api } from '../api/client';
import { formatDateTime } from '../format';
import { useStore } from '../store';
import { BackupList } from './BackupList';
import { Dialog } from './Dialog';
import { DialogButtons } from './DialogButtons';

export function BackupsPanel() {
  const setWorkspace = useStore((state) => state.setWorkspace);
  const showNotice = useStore((state) => state.showNotice);
  const [backups, setBackups] = useState<Backup[]>([]);
  const [confirming, setConfirming] = useState<Backup>();
  const [deleting, setDeleting] = useState<Backup>();
  const kept = backups.filter((backup) => backup.kept);
  const rotating = backups.filter((backup) => !backup.kept);

  // Bumped after every change to the list, so the effect fetches it anew.
  const [version, setVersion] = useState(0);
  const load = () => setVersion((value) => value + 1);

  useEffect(() => {
    let current = true;
    void api.call('backups:list', {}).then((result) => {
      if (current && result.ok) setBackups(result.value);
    });
    return () => {
      current = false;
    };
  }, [version]);

  async function backupNow() {
    const result = await api.call('backups:create', {});
    if (!result.ok) return showNotice({ kind: 'error', text: result.error.message });
    showNotice({ kind: 'info', text: 'Sicherung angelegt.' });
    load();
  }

  async function remove(backup: Backup) {
    setDeleting(undefined);
    const result = await api.call('backups:delete', { backupId: backup.id });
    if (!result.ok) return showNotice({ kind: 'error', text: result.error.message });
    showNotice({
      kind: 'info',
      text: `Sicherung vom ${formatDateTime(backup.createdAt)} gelöscht.`,
    });
    load();
  }

  async function restore(backup: Backup) {
    setConfirming(undefined);
    const result = await api.call('backups:restore', { backupId: backup.id, mode: 'replace' });
    if (!result.ok) return showNotice({ kind: 'error', text: result.error.message });
    setWorkspace(result.value);
    showNotice({
      kind: 'info',
      text: `Stand vom ${formatDateTime(backup.createdAt)} wiederhergestellt. Der vorherige Stand wurde gesichert.`,
    });
    load();
  }

  return (
    <section aria-labelledby="backups-heading" className="backups">
      <div className="section-heading">
        <h2 id="backups-heading">Sicherungen</h2>
        <button type="button" className="button" onClick={() => void backupNow()}>
          Jetzt sichern
        </button>
      </div>
      {backups.length === 0 && <p className="muted">Noch keine Sicherungen.</p>}
      {kept.length > 0 && (
        <>
          <h3>Aufbewahrt, bis Sie sie löschen</h3>
          <BackupList
            backups={kept}
            actionLabel="Wiederherstellen …"
            onRestore={setConfirming}
            onDelete={setDeleting}
          />
        </>
      )}
      {rotating.length > 0 && (
        <>
          <h3>Automatisch (die ältesten werden ersetzt)</h3>
          <BackupList
            backups={rotating}
            actionLabel="Wiederherstellen …"
            onRestore={setConfirming}
          />
        </>
      )}
      {deleting && (
        <Dialog
          title="Sicherung löschen?"
          onClose={() => setDeleting(undefined)}
          actions={
            <DialogButtons
              onCancel={() => setDeleting(undefined)}
              confirmLabel="Löschen"
              onConfirm={() => void remove(deleting)}
            />
          }
        >
          <p>
            Die Sicherung vom {formatDateTime(deleting.createdAt)} wird endgültig gelöscht. Die
            Werkstatt selbst bleibt unverändert.
          </p>
        </Dialog>
      )}
      {confirming && (
        <Dialog
          title="Sicherung wiederherstellen?"
          onClose={() => setConfirming(undefined)}
          actions={
            <DialogButtons
              onCancel={() => setConfirming(undefined)}
              confirmLabel="Wiederherstellen"
              onConfirm={() => void restore(confirming)}
            />
          }
        >
          <p>
            Die Werkstatt wird auf den Stand vom {formatDateTime(confirming.createdAt)}{' '}
            zurückgesetzt. Der jetzige Stand wird vorher als Sicherung abgelegt und lässt sich
            ebenso zurückholen.
          </p>
        </Dialog>
      )}
    </section>
  );
}
