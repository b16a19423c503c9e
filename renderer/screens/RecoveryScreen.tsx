// A damaged workspace: what happened, and the newest backups to restore as a copy beside it.
import { useEffect, useState } from 'react';
import type { Backup } from '../../shared/contract';
import { api } from '../api/client';
import { BackupList } from '../components/BackupList';
import { useStore } from '../store';

export function RecoveryScreen() {
  const recovery = useStore((state) => state.recovery);
  const leave = useStore((state) => state.leaveRecovery);
  const setWorkspace = useStore((state) => state.setWorkspace);
  const showNotice = useStore((state) => state.showNotice);
  const [backups, setBackups] = useState<Backup[]>();

  useEffect(() => {
    if (!recovery) return;
    void api.call('backups:list', { path: recovery.path }).then((result) => {
      setBackups(result.ok ? result.value : []);
    });
  }, [recovery]);

  if (!recovery) return null;

  async function restore(backup: Backup) {
    const result = await api.call('backups:restore', {
      backupId: backup.id,
      mode: 'copy',
      path: recovery?.path,
    });
    if (!result.ok) return showNotice({ kind: 'error', text: result.error.message });
    leave();
    setWorkspace(result.value);
    showNotice({
      kind: 'info',
      text: `Die Sicherung wurde als „${result.value.path.split(/[\\/]/).pop()}“ wiederhergestellt und geöffnet. Die beschädigte Datei ist unverändert.`,
    });
  }

  return (
    <main className="recovery-screen">
      <h1>Die Werkstatt lässt sich nicht öffnen</h1>
      <p className="recovery-message" role="alert">
        {recovery.message}
      </p>
      <p className="muted file-path">{recovery.path}</p>
      <p>
        Kommunalwerkstatt legt beim Öffnen, alle zehn Minuten während der Arbeit und beim Schließen
        Sicherungen an. Eine Sicherung wird als Kopie neben der beschädigten Datei
        wiederhergestellt; die beschädigte Datei selbst bleibt, wie sie ist.
      </p>
      <h2>Sicherungen dieser Werkstatt</h2>
      {backups === undefined ? (
        <p className="muted">Suche Sicherungen …</p>
      ) : backups.length === 0 ? (
        <p>
          Für diese Datei wurden keine Sicherungen gefunden. Vielleicht gibt es eine Kopie auf einem
          USB-Stick, im Netzlaufwerk oder im Mail-Postfach.
        </p>
      ) : (
        <BackupList
          backups={backups}
          actionLabel="Als Kopie wiederherstellen"
          onRestore={(backup) => void restore(backup)}
        />
      )}
      <button type="button" className="button" onClick={leave}>
        Zur Startseite
      </button>
    </main>
  );
}
