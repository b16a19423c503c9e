// Meilensteine of a project: month and text, added and removed one at a time.
import { useState } from 'react';
import { api } from '../api/client';
import { formatMonth } from './format';
import type { ProjectSheet } from './types';

export function Milestones({
  sheet,
  onSaved,
}: {
  sheet: ProjectSheet;
  onSaved(sheet: ProjectSheet): void;
}) {
  const [month, setMonth] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();

  async function run(call: ReturnType<typeof api.call<'milestones:add'>>) {
    const result = await call;
    if (!result.ok) return setError(result.error.message);
    setError(undefined);
    onSaved(result.value);
    return true;
  }

  return (
    <section aria-labelledby="milestones-heading" className="sheet-section">
      <h3 id="milestones-heading">Meilensteine</h3>
      <ul className="milestones">
        {sheet.milestones.map((milestone) => (
          <li key={milestone.id}>
            <span className="milestone-month">{formatMonth(milestone.month)}</span>
            <span>{milestone.text}</span>
            <button
              type="button"
              className="icon-button"
              aria-label={`Meilenstein „${milestone.text}“ löschen`}
              onClick={() => void run(api.call('milestones:delete', { id: milestone.id }))}
            >
              ✕
            </button>
          </li>
        ))}
      </ul>
      <form
        className="form milestone-form"
        onSubmit={(event) => {
          event.preventDefault();
          void run(
            api.call('milestones:add', { projectId: sheet.id, month: month || null, text }),
          ).then((done) => {
            if (done) {
              setMonth('');
              setText('');
            }
          });
        }}
      >
        <label>
          Monat
          <input type="month" value={month} onChange={(event) => setMonth(event.target.value)} />
        </label>
        <label>
          Meilenstein
          <input value={text} maxLength={500} onChange={(event) => setText(event.target.value)} />
        </label>
        <button type="submit" className="button">
          Hinzufügen
        </button>
      </form>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
