// "Projekte weitergeben": all or the selected projects as a .werkstatt-projekte file, without
// personal data, for a neighbouring municipality.
import { useState } from 'react';
import type { WrittenFile } from '../../shared/contract';
import { api } from '../api/client';
import { Dialog } from '../components/Dialog';
import { useStore } from '../store';
import { DownloadLink } from '../components/DownloadLink';

export function ExportProjectsDialog({ onClose }: { onClose(): void }) {
  const selected = useStore((state) => state.library.selected);
  const [onlySelected, setOnlySelected] = useState(selected.length > 0);
  const [written, setWritten] = useState<WrittenFile>();
  const [error, setError] = useState<string>();

  async function write() {
    const result = await api.call('exchange:export', {
      projectIds: onlySelected ? selected : null,
    });
    if (!result.ok) return setError(result.error.message);
    setWritten(result.value);
  }

  return (
    <Dialog title="Projekte weitergeben" onClose={onClose}>
      <p>
        Die Datei enthält die Steckbriefe und die Ideen, aus denen sie entstanden sind – ohne Namen
        von Beteiligten. Eine andere Kommune kann sie mit „Projekte übernehmen“ einlesen.
      </p>
      <fieldset className="checks">
        <legend>Welche Projekte?</legend>
        <label>
          <input
            type="radio"
            name="scope"
            checked={!onlySelected}
            onChange={() => setOnlySelected(false)}
          />
          alle Projekte
        </label>
        <label>
          <input
            type="radio"
            name="scope"
            disabled={selected.length === 0}
            checked={onlySelected}
            onChange={() => setOnlySelected(true)}
          />
          die {selected.length} in der Tabelle ausgewählten
        </label>
      </fieldset>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {written ? (
        <div className="export-result" role="status">
          <p>
            {written.count === 1
              ? '1 Projekt gespeichert.'
              : `${written.count} Projekte gespeichert.`}
          </p>
          <p className="muted file-path">{written.path}</p>
          <DownloadLink file={written} />
        </div>
      ) : (
        <button type="button" className="button primary" onClick={() => void write()}>
          Datei erstellen
        </button>
      )}
    </Dialog>
  );
}
