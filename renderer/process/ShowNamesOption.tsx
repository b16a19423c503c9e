// "Namen im Werkstattplan zeigen": the plan's export option, shown where the Akteure are.
import { useEffect, useState } from 'react';
import type { ExportOptions } from '../../shared/plan';
import { api } from '../api/client';
import { fieldMessage } from './saving';

/** Names in the Werkstattplan, or (the default) only organisations and roles. */
export function ShowNamesOption() {
  const [options, setOptions] = useState<ExportOptions>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let current = true;
    void api.call('plan:exportOptions', { warmUp: false }).then((result) => {
      if (current && result.ok) setOptions(result.value);
    });
    return () => {
      current = false;
    };
  }, []);
  if (!options) return null;
  return (
    <div className="sheet-field">
      <label className="sheet-check">
        <input
          type="checkbox"
          checked={!options.anonymiseNames}
          aria-describedby="show-names-hint"
          onChange={(event) => {
            const next = { ...options, anonymiseNames: !event.target.checked };
            setOptions(next);
            void api.call('plan:setExportOptions', next).then((result) => {
              if (result.ok) return setError(undefined);
              setOptions(options);
              setError(fieldMessage(result.error));
            });
          }}
        />
        Namen im Werkstattplan zeigen
      </label>
      <span className="muted sheet-hint" id="show-names-hint">
        Ohne Haken nennt der Werkstattplan nur Organisation und Rolle.
      </span>
      {error && (
        <span className="form-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
