// A measure of the Bestandsaufnahme added or changed: title, Träger, Handlungsfeld, status, note.
import { useId, useState } from 'react';
import type { InventoryMeasure } from '../../shared/contract';
import { inventoryStatuses, inventoryStatusLabels } from '../../shared/profile/types';
import type { InventoryStatus } from '../../shared/profile/types';
import { FormDialog } from '../components/FormDialog';
import { useStore } from '../store';
import { ActionFieldSelect } from './ActionFieldSelect';
import { ChoiceField } from './SelectField';

interface InventoryDialogProps {
  measure?: InventoryMeasure;
  actionFields: { id: number; name: string }[];
  onClose(): void;
}

export function InventoryDialog({ measure, actionFields, onClose }: InventoryDialogProps) {
  const changeProfile = useStore((state) => state.changeProfile);
  const formId = useId();
  const [title, setTitle] = useState(measure?.title ?? '');
  const [sponsor, setSponsor] = useState(measure?.sponsor ?? '');
  const [actionFieldId, setActionFieldId] = useState<number | null>(measure?.actionFieldId ?? null);
  const [status, setStatus] = useState<InventoryStatus>(measure?.status ?? 'laufend');
  const [note, setNote] = useState(measure?.note ?? '');
  const [error, setError] = useState<string>();

  async function save() {
    const fields = { title, sponsor, actionFieldId, status, note };
    const message = measure
      ? await changeProfile('inventory:update', { id: measure.id, changes: fields })
      : await changeProfile('inventory:create', fields);
    if (message) setError(message);
    else onClose();
  }

  return (
    <FormDialog
      title={measure ? 'Maßnahme bearbeiten' : 'Maßnahme der Bestandsaufnahme'}
      onClose={onClose}
      confirmLabel="Speichern"
      onSubmit={save}
      formId={formId}
    >
      <label>
        Maßnahme
        <input
          value={title}
          autoFocus
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${formId}-error` : undefined}
          onChange={(event) => setTitle(event.target.value)}
        />
      </label>
      <label>
        Träger
        <input
          value={sponsor}
          placeholder="z. B. Kreisjugendring, Stadtverwaltung, Verein"
          onChange={(event) => setSponsor(event.target.value)}
        />
      </label>
      <div className="form-row">
        <ActionFieldSelect
          actionFields={actionFields}
          value={actionFieldId}
          onChange={setActionFieldId}
        />
        <ChoiceField
          label="Status"
          value={status}
          choices={inventoryStatuses}
          labels={inventoryStatusLabels}
          onChoose={setStatus}
        />
      </div>
      <label>
        Notiz
        <textarea rows={4} value={note} onChange={(event) => setNote(event.target.value)} />
      </label>
      {error && (
        <p className="form-error" role="alert" id={`${formId}-error`}>
          {error}
        </p>
      )}
    </FormDialog>
  );
}
