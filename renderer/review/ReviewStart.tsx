// Starting a Zwischenbilanz: its date and the frozen Fassung it compares with.
import { useId, useState } from 'react';
import type { PlanVersion } from '../../shared/contract';
import { api } from '../api/client';
import { formatDateTime } from '../format';
import { fieldMessage } from '../process/saving';
import { useStore } from '../store';

interface ReviewStartProps {
  versions: PlanVersion[];
  onStarted(id: number): void;
  /** Back to the review shown before, when there is one. */
  onCancel?: () => void;
}

/** Today as the user's calendar shows it. */
function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function ReviewStart({ versions, onStarted, onCancel }: ReviewStartProps) {
  const setView = useStore((state) => state.setView);
  const [date, setDate] = useState(today);
  const [versionId, setVersionId] = useState(versions[0]?.id);
  const [error, setError] = useState<string>();
  const errorId = useId();

  if (versions.length === 0) {
    return (
      <section className="panel" aria-labelledby="review-start-heading">
        <h2 id="review-start-heading">Zwischenbilanz beginnen</h2>
        <p>
          Die Zwischenbilanz vergleicht den Stand der Maßnahmen mit dem beschlossenen Werkstattplan.
          Dafür braucht es eine festgeschriebene Fassung, z. B. „Ratsbeschluss vom …“.
        </p>
        <button type="button" className="button primary" onClick={() => setView('plan')}>
          Zum Werkstattplan: Fassung festschreiben
        </button>
      </section>
    );
  }

  return (
    <section className="panel" aria-labelledby="review-start-heading">
      <h2 id="review-start-heading">Zwischenbilanz beginnen</h2>
      <form
        className="form review-start"
        onSubmit={(event) => {
          event.preventDefault();
          if (versionId === undefined) return;
          void api.call('reviews:start', { date, planVersionId: versionId }).then((result) => {
            if (result.ok) onStarted(result.value.id);
            else setError(fieldMessage(result.error));
          });
        }}
      >
        <div className="form-row">
          <label>
            Datum der Zwischenbilanz
            <input
              type="date"
              value={date}
              required
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              onChange={(event) => setDate(event.target.value)}
            />
          </label>
          <label>
            Verglichen mit der Fassung
            <select
              value={versionId}
              onChange={(event) => setVersionId(Number(event.target.value))}
            >
              {versions.map((version) => (
                <option key={version.id} value={version.id}>
                  {version.label} ({formatDateTime(version.createdAt)})
                </option>
              ))}
            </select>
          </label>
        </div>
        {error && (
          <p className="form-error" role="alert" id={errorId}>
            {error}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button primary">
            Zwischenbilanz beginnen
          </button>
          {onCancel && (
            <button type="button" className="button" onClick={onCancel}>
              Abbrechen
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
