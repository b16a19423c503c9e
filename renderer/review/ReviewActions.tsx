// What is done with a Zwischenbilanz as a whole: its own Word document, the Fortschreibung (a new
// Fassung of the plan as it stands after the review), another review, or deleting this one.
import { useEffect, useId, useRef, useState } from 'react';
import type { ExportResult, PlanVersion, ReviewDetail, ReviewSummary } from '../../shared/contract';
import { formatDate } from '../../shared/plan';
import { api } from '../api/client';
import { ExportResultBox } from '../plan/ExportResultBox';
import { pickDocumentPath } from '../plan/pickDocument';
import { fieldMessage } from '../process/saving';
import { useStore } from '../store';

interface ReviewActionsProps {
  review: ReviewDetail;
  versions: PlanVersion[];
  onSaved(review: ReviewDetail): void;
  onStartAnother(): void;
  /** With the reviews that remain. */
  onDeleted(remaining: ReviewSummary[]): void;
}

export function ReviewActions(props: ReviewActionsProps) {
  const { review, onStartAnother } = props;
  const workspace = useStore((state) => state.workspace);
  const [exporting, setExporting] = useState(false);
  const [result, setResult] = useState<ExportResult>();
  const [error, setError] = useState<string>();

  async function exportReview() {
    setError(undefined);
    setResult(undefined);
    const picked = await pickDocumentPath(
      `${workspace?.name ?? 'Werkstatt'} – Zwischenbilanz ${review.date}.docx`,
    );
    if (picked.ok === 'cancelled') return;
    if (picked.ok === false) return setError(picked.message);
    setExporting(true);
    const answer = await api.call('reviews:export', {
      id: review.id,
      ...(picked.path ? { path: picked.path } : {}),
    });
    setExporting(false);
    if (answer.ok) setResult(answer.value);
    else setError(answer.error.message);
  }

  return (
    <div className="review-actions">
      <div className="form-actions">
        <button
          type="button"
          className="button primary"
          disabled={exporting}
          onClick={() => void exportReview()}
        >
          {exporting ? 'Word-Dokument wird erstellt …' : 'Als Word-Dokument speichern'}
        </button>
        {exporting && <span className="progress" role="status" aria-label="Export läuft" />}
        <button type="button" className="button" onClick={onStartAnother}>
          Weitere Zwischenbilanz beginnen
        </button>
        <DeleteReview {...props} />
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {result && <ExportResultBox result={result} />}
      <Fortschreibung {...props} />
    </div>
  );
}

function Fortschreibung({ review, versions, onSaved }: ReviewActionsProps) {
  const [label, setLabel] = useState(
    `Fortschreibung nach der Zwischenbilanz vom ${formatDate(review.date)}`,
  );
  const [error, setError] = useState<string>();
  const [justFrozen, setJustFrozen] = useState(false);
  const errorId = useId();
  const frozen = versions.find((version) => version.id === review.updateVersionId);
  if (review.updateVersionId !== null) {
    return (
      <p
        className="review-update"
        role="status"
        tabIndex={-1}
        // The form the user was in is gone: the focus goes to what took its place.
        ref={(element) => {
          if (justFrozen) element?.focus();
        }}
      >
        Fortgeschrieben als Fassung „{frozen?.label ?? 'Fortschreibung'}“ – sie ist im Werkstattplan
        unter „Fassungen“ zu finden.
      </p>
    );
  }
  return (
    <form
      className="form form-inline review-update"
      onSubmit={(event) => {
        event.preventDefault();
        void api.call('reviews:freezeUpdate', { id: review.id, label }).then((answer) => {
          if (!answer.ok) return setError(fieldMessage(answer.error));
          setError(undefined);
          setJustFrozen(true);
          onSaved(answer.value);
        });
      }}
    >
      <label>
        Fortschreibung: den Werkstattplan, wie er nach der Zwischenbilanz gilt, als neue Fassung
        festschreiben
        <input
          value={label}
          maxLength={160}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => setLabel(event.target.value)}
        />
      </label>
      <button type="submit" className="button">
        Fortschreibung festschreiben
      </button>
      {error && (
        <p className="form-error" role="alert" id={errorId}>
          {error}
        </p>
      )}
    </form>
  );
}

/** Deleting asks once, in place; it can be undone like any other change. */
function DeleteReview({ review, onDeleted }: ReviewActionsProps) {
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string>();
  const ask = useRef<HTMLButtonElement>(null);
  const [cancelled, setCancelled] = useState(false);
  useEffect(() => {
    if (cancelled) ask.current?.focus();
  }, [cancelled]);
  if (!asking) {
    return (
      <button
        type="button"
        className="button ghost"
        ref={ask}
        onClick={() => {
          setCancelled(false);
          setAsking(true);
        }}
      >
        Zwischenbilanz löschen …
      </button>
    );
  }
  return (
    <div className="catalog-question" role="group" aria-label="Zwischenbilanz löschen">
      <p>
        Die Zwischenbilanz vom {formatDate(review.date)} mit allem, was zu den Maßnahmen
        festgehalten ist, löschen? (Rückgängig machen bleibt möglich.)
      </p>
      <button
        type="button"
        className="button primary"
        autoFocus
        onClick={() =>
          void api.call('reviews:delete', { id: review.id }).then((answer) => {
            if (answer.ok) onDeleted(answer.value);
            else setError(answer.error.message);
          })
        }
      >
        Löschen
      </button>
      <button
        type="button"
        className="button"
        onClick={() => {
          setAsking(false);
          setCancelled(true);
        }}
      >
        Abbrechen
      </button>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
