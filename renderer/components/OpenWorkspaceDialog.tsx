// Browser mode's "Werkstatt öffnen": the files of the workspace folder, or any path typed in.
import { useEffect, useState } from 'react';
import type { WorkspaceFile } from '../../shared/contract';
import { api } from '../api/client';
import { formatDateTime, formatSize } from '../format';
import { useStore } from '../store';
import { Dialog } from './Dialog';

export function OpenWorkspaceDialog({ onClose }: { onClose(): void }) {
  const openWorkspace = useStore((state) => state.openWorkspace);
  const [folder, setFolder] = useState<{ folder: string; files: WorkspaceFile[] }>();
  const [path, setPath] = useState('');

  useEffect(() => {
    void api.call('workspace:listFolder', {}).then((result) => {
      if (result.ok) setFolder(result.value);
    });
  }, []);

  const open = (file: string) => {
    onClose();
    void openWorkspace(file);
  };

  return (
    <Dialog title="Werkstatt öffnen" onClose={onClose} wide>
      <p className="muted">Werkstätten im Ordner {folder?.folder ?? '…'}</p>
      {folder && folder.files.length === 0 && (
        <p>In diesem Ordner liegen noch keine Werkstätten.</p>
      )}
      <ul className="file-list">
        {folder?.files.map((file) => (
          <li key={file.path}>
            <button type="button" className="file-entry" onClick={() => open(file.path)}>
              <span className="file-name">{file.fileName.replace(/\.werkstatt$/, '')}</span>
              <span className="muted">
                geändert {formatDateTime(file.modifiedAt)} · {formatSize(file.sizeBytes)}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <form
        className="form form-inline"
        onSubmit={(event) => {
          event.preventDefault();
          if (path.trim()) open(path.trim());
        }}
      >
        <label>
          Andere Datei (vollständiger Pfad)
          <input
            value={path}
            onChange={(event) => setPath(event.target.value)}
            placeholder="/pfad/zu/Kommune.werkstatt"
          />
        </label>
        <button type="submit" className="button">
          Öffnen
        </button>
      </form>
    </Dialog>
  );
}
