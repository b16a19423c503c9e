// An indicator typed in or corrected: name, unit, source, region and its values by year or date,
// as German numbers or the offices' symbols. Saved at once as one undoable step.
import { useId, useRef, useState } from 'react';
import type { Indicator } from '../../shared/contract';
import { FormDialog } from '../components/FormDialog';
import { useStore } from '../store';
import { emptyRow, readRows, rowsOf } from './valueRows';
import type { RowErrors, ValueRow } from './valueRows';

const units = ['Personen', 'Anzahl', '%', 'Euro', 'je 1.000 Einwohner', 'Jahre', 'km²'];

export function IndicatorDialog({
  indicator,
  onClose,
}: {
  indicator?: Indicator;
  onClose(): void;
}) {
  const changeProfile = useStore((state) => state.changeProfile);
  const formId = useId();
  const [name, setName] = useState(indicator?.name ?? '');
  const [unit, setUnit] = useState(indicator?.unit ?? '');
  const [source, setSource] = useState(indicator?.source ?? '');
  const [regionLabel, setRegionLabel] = useState(indicator?.regionLabel ?? '');
  const [rows, setRows] = useState<ValueRow[]>(() =>
    indicator ? [...rowsOf(indicator.values), emptyRow()] : [emptyRow(), emptyRow(), emptyRow()],
  );
  const [rowErrors, setRowErrors] = useState<Map<number, RowErrors>>(new Map());
  const [error, setError] = useState<string>();
  const addButton = useRef<HTMLButtonElement>(null);

  const edit = (key: number, changes: Partial<ValueRow>) =>
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...changes } : row)));

  async function save() {
    const read = readRows(rows);
    if ('errors' in read) {
      setRowErrors(read.errors);
      setError('Bitte die markierten Werte prüfen.');
      return;
    }
    setRowErrors(new Map());
    const message = indicator
      ? await changeProfile('indicators:update', {
          id: indicator.id,
          changes: { name, unit, source, regionLabel, values: read.values },
        })
      : await changeProfile('indicators:create', { name, unit, source, values: read.values });
    if (message) setError(message);
    else onClose();
  }

  return (
    <FormDialog
      title={indicator ? 'Kennzahl bearbeiten' : 'Kennzahl eingeben'}
      onClose={onClose}
      wide
      className="scroll-dialog"
      confirmLabel="Speichern"
      onSubmit={save}
      formId={formId}
    >
      <label>
        Name
        <input value={name} onChange={(event) => setName(event.target.value)} required autoFocus />
      </label>
      <div className="form-row">
        <label>
          Einheit
          <input
            value={unit}
            list="indicator-units"
            onChange={(event) => setUnit(event.target.value)}
          />
        </label>
        <label>
          Gebiet
          <input value={regionLabel} onChange={(event) => setRegionLabel(event.target.value)} />
        </label>
      </div>
      <datalist id="indicator-units">
        {units.map((entry) => (
          <option key={entry} value={entry} />
        ))}
      </datalist>
      <label>
        Quelle
        <input
          value={source}
          placeholder="z. B. Melderegister der Stadt, Stand 31.12.2024"
          onChange={(event) => setSource(event.target.value)}
        />
      </label>
      <fieldset className="value-rows">
        <legend>Werte</legend>
        <p className="muted sheet-hint">
          Zeitpunkt als Jahr (2024) oder Stichtag (31.12.2024); Wert als Zahl (1.234,5) oder als
          Zeichen der Statistik: … später, . unbekannt, / unsicher, x gesperrt, - nichts vorhanden.
        </p>
        {rows.map((row, index) => {
          const problems = rowErrors.get(row.key);
          const timeError = problems?.time ? `${formId}-${row.key}-time` : undefined;
          const valueError = problems?.value ? `${formId}-${row.key}-value` : undefined;
          return (
            <div key={row.key} className="value-row">
              <input
                aria-label={`Zeitpunkt ${index + 1}`}
                value={row.time}
                placeholder="Jahr oder Stichtag"
                aria-invalid={timeError ? true : undefined}
                aria-describedby={timeError}
                onChange={(event) => edit(row.key, { time: event.target.value })}
              />
              <input
                aria-label={`Wert ${index + 1}`}
                value={row.value}
                placeholder="Wert"
                inputMode="decimal"
                aria-invalid={valueError ? true : undefined}
                aria-describedby={valueError}
                onChange={(event) => edit(row.key, { value: event.target.value })}
              />
              <button
                type="button"
                className="icon-button"
                aria-label={`Wert ${index + 1} entfernen`}
                onClick={() => {
                  setRows((current) => current.filter((entry) => entry.key !== row.key));
                  // The row and this button go; the focus stays in the list.
                  addButton.current?.focus();
                }}
              >
                ×
              </button>
              {problems?.time && (
                <span className="form-error value-error" id={timeError}>
                  {problems.time}
                </span>
              )}
              {problems?.value && (
                <span className="form-error value-error" id={valueError}>
                  {problems.value}
                </span>
              )}
            </div>
          );
        })}
        <button
          ref={addButton}
          type="button"
          className="button small"
          onClick={() => setRows([...rows, emptyRow()])}
        >
          Weiteren Wert hinzufügen
        </button>
      </fieldset>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </FormDialog>
  );
}
