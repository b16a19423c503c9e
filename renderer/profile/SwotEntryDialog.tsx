// A SWOT entry written or changed: which quadrant, the statement, what it rests on (a figure, a
// source, an interview) and its Handlungsfeld. Saved as one undoable step.
import { useId, useState } from 'react';
import { swotKindLabels, swotKinds } from '../../shared/domain';
import type { SwotKind } from '../../shared/domain';
import type { SwotEntry } from '../../shared/contract';
import { FormDialog } from '../components/FormDialog';
import { useStore } from '../store';
import { ActionFieldSelect } from './ActionFieldSelect';
import { ChoiceField } from './SelectField';

interface SwotEntryDialogProps {
  entry?: SwotEntry;
  kind: SwotKind;
  actionFields: { id: number; name: string }[];
  onClose(): void;
}

export function SwotEntryDialog({
  entry,
  kind: initialKind,
  actionFields,
  onClose,
}: SwotEntryDialogProps) {
  const changeProfile = useStore((state) => state.changeProfile);
  const formId = useId();
  const [kind, setKind] = useState<SwotKind>(initialKind);
  const [text, setText] = useState(entry?.text ?? '');
  const [evidence, setEvidence] = useState(entry?.evidence ?? '');
  const [actionFieldId, setActionFieldId] = useState<number | null>(entry?.actionFieldId ?? null);
  const [error, setError] = useState<string>();

  async function save() {
    const fields = { kind, text, evidence, actionFieldId };
    const message = entry
      ? await changeProfile('swot:update', { id: entry.id, changes: fields })
      : await changeProfile('swot:create', fields);
    if (message) setError(message);
    else onClose();
  }

  return (
    <FormDialog
      title={entry ? 'SWOT-Eintrag bearbeiten' : `${swotKindLabels[initialKind]} eintragen`}
      onClose={onClose}
      confirmLabel="Speichern"
      onSubmit={save}
      formId={formId}
    >
      <ChoiceField
        label="Feld"
        value={kind}
        choices={swotKinds}
        labels={swotKindLabels}
        onChoose={setKind}
      />
      <label>
        Aussage
        <textarea
          rows={3}
          value={text}
          autoFocus
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${formId}-error` : undefined}
          onChange={(event) => setText(event.target.value)}
        />
      </label>
      <label>
        Beleg oder Quelle
        <textarea
          rows={2}
          value={evidence}
          placeholder="z. B. Wanderungssaldo 18–25 Jahre: −96 (2024); Interview Gewerbeverein"
          onChange={(event) => setEvidence(event.target.value)}
        />
      </label>
      <ActionFieldSelect
        actionFields={actionFields}
        value={actionFieldId}
        onChange={setActionFieldId}
      />
      {error && (
        <p className="form-error" role="alert" id={`${formId}-error`}>
          {error}
        </p>
      )}
    </FormDialog>
  );
}
