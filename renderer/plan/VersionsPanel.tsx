// "Fassung festschreiben": the plan as adopted (e.g. by the council), kept unchanged in the file.
import { useEffect, useState } from 'react';
import type { PlanVersion } from '../../shared/contract';
import { api } from '../api/client';
import { formatDateTime } from '../format';
import { useStore } from '../store';

interface VersionsPanelProps {
  onExport(version: PlanVersion): void;
  exporting: boolean;
}

export function VersionsPanel({ onExport, exporting }: VersionsPanelProps) {
  const setHistory = useStore((state) => state.setHistory);
  const [versions, setVersions] = useState<PlanVersion[]>([]);
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string>();
  // Bumped after freezing, so the effect fetches the list anew.
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    void api.call('plan:versions', {}).then((answer) => {
      if (current && answer.ok) setVersions(answer.value);
    });
    return () => {
      current = false;
    };
  }, [generation]);

  async function freeze() {
    setError(undefined);
    const answer = await api.call('plan:freeze', { label });
    if (!answer.ok) return setError(answer.error.message);
    setLabel('');
    setGeneration((value) => value + 1);
    const history = await api.call('history:state', {});
    if (history.ok) setHistory(history.value);
  }

  return (
    <section aria-labelledby="versions-heading" className="panel">
      <h2 id="versions-heading">Fassungen</h2>
      <p className="muted">
        Eine festgeschriebene Fassung bleibt unverändert in der Werkstatt-Datei und lässt sich
        später erneut exportieren – die Zwischenbilanz vergleicht mit ihr.
      </p>
      <form
        className="form form-inline"
        onSubmit={(event) => {
          event.preventDefault();
          void freeze();
        }}
      >
        <label>
          Name der Fassung
          <input
            value={label}
            maxLength={160}
            placeholder="z. B. Ratsbeschluss 12.05.2026"
            onChange={(event) => setLabel(event.target.value)}
          />
        </label>
        <button type="submit" className="button">
          Fassung festschreiben
        </button>
      </form>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {versions.length === 0 ? (
        <p className="muted">Noch keine Fassung festgeschrieben.</p>
      ) : (
        <ul className="backup-list">
          {versions.map((version) => (
            <li key={version.id}>
              <span>
                <strong>{version.label}</strong>{' '}
                <span className="muted">{formatDateTime(version.createdAt)}</span>
              </span>
              <button
                type="button"
                className="button"
                disabled={exporting}
                onClick={() => onExport(version)}
              >
                Diese Fassung exportieren
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
