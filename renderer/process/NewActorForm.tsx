// Adding an Akteur: name (required), organisation, role, contact, Steuerungsgruppe.
import { useId, useState } from 'react';
import type { ActorFields } from '../../shared/contract/kickoff';
import { errorAttributes } from '../library/SheetFields';

const emptyActor = { name: '', organisation: '', role: '', contact: '', steeringGroup: false };

export function NewActorForm({
  onAdd,
}: {
  onAdd(fields: ActorFields): Promise<string | undefined>;
}) {
  const id = useId();
  const [fields, setFields] = useState(emptyActor);
  const [error, setError] = useState<string>();
  const text = (key: 'name' | 'organisation' | 'role' | 'contact', label: string) => (
    <label>
      {label}
      <input
        data-focus={key === 'name' ? 'name-new' : undefined}
        value={fields[key]}
        maxLength={200}
        {...(key === 'name' ? errorAttributes(id, error) : {})}
        onChange={(event) => setFields({ ...fields, [key]: event.target.value })}
      />
    </label>
  );
  return (
    <form
      className="form actor-form"
      aria-label="Akteur hinzufügen"
      onSubmit={(event) => {
        event.preventDefault();
        void onAdd(fields).then((problem) => {
          setError(problem);
          if (!problem) setFields(emptyActor);
        });
      }}
    >
      {text('name', 'Name')}
      {text('organisation', 'Organisation')}
      {text('role', 'Rolle im Prozess')}
      {text('contact', 'Kontakt (intern)')}
      <label className="sheet-check">
        <input
          type="checkbox"
          checked={fields.steeringGroup}
          onChange={(event) => setFields({ ...fields, steeringGroup: event.target.checked })}
        />
        Steuerungsgruppe
      </label>
      <button type="submit" className="button">
        Akteur hinzufügen
      </button>
      {error && (
        <p className="form-error" role="alert" id={`${id}-error`}>
          {error}
        </p>
      )}
    </form>
  );
}
