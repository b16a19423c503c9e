// Fields that save on their own (fact sheet, process screens): text, long text, month, choice;
// the label above, a hint or the German error beside, tied to the input.
import { useId, useState } from 'react';
import type { ReactNode } from 'react';

export type Save = (value: string) => Promise<string | undefined>;

interface FieldProps {
  label: string;
  /** Saves the value; resolves to a German error message, or undefined when saved. */
  onSave: Save;
  hint?: string;
}

export function FieldShell({
  label,
  error,
  hint,
  children,
  id,
}: {
  label: string;
  error?: string;
  hint?: string;
  children: ReactNode;
  id: string;
}) {
  return (
    <div className="sheet-field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && !error && <span className="muted sheet-hint">{hint}</span>}
      {error && (
        <span className="form-error" role="alert" id={`${id}-error`}>
          {error}
        </span>
      )}
    </div>
  );
}

/** What ties an input to its error message (screen readers read it with the field). */
export const errorAttributes = (id: string, error: string | undefined) => ({
  'aria-invalid': error ? true : undefined,
  'aria-describedby': error ? `${id}-error` : undefined,
});

/** Local while typing; saved when the field is left (or a choice is made). */
export function useSaving(value: string, onSave: Save) {
  const [draft, setDraft] = useState(value);
  const [saved, setSaved] = useState(value);
  const [error, setError] = useState<string>();
  // A new value from the backend (another field's save, undo) replaces an untouched draft.
  if (value !== saved) {
    setSaved(value);
    setDraft(value);
  }
  const commit = async (next = draft) => {
    if (next === value) return setError(undefined);
    setError(await onSave(next));
  };
  return { draft, setDraft, error, commit };
}

export function TextField({
  label,
  value,
  onSave,
  hint,
  multiline = false,
  list,
}: FieldProps & { value: string; multiline?: boolean; list?: string }) {
  const id = useId();
  const { draft, setDraft, error, commit } = useSaving(value, onSave);
  const common = { id, value: draft, ...errorAttributes(id, error), onBlur: () => void commit() };
  return (
    <FieldShell label={label} error={error} hint={hint} id={id}>
      {multiline ? (
        <textarea {...common} rows={4} onChange={(event) => setDraft(event.target.value)} />
      ) : (
        <input {...common} list={list} onChange={(event) => setDraft(event.target.value)} />
      )}
    </FieldShell>
  );
}

/** A month or a day from the browser's own picker, saved as soon as it is complete. */
function CalendarField({
  type,
  label,
  value,
  onSave,
  hint,
}: FieldProps & { type: 'month' | 'date'; value: string | null }) {
  const id = useId();
  const { draft, setDraft, error, commit } = useSaving(value ?? '', onSave);
  return (
    <FieldShell label={label} error={error} id={id} hint={hint}>
      {/* Tab moves between the picker's own parts, so a value saves as soon as it is complete. */}
      <input
        id={id}
        type={type}
        value={draft}
        {...errorAttributes(id, error)}
        onChange={(event) => {
          setDraft(event.target.value);
          void commit(event.target.value);
        }}
      />
    </FieldShell>
  );
}

/** "YYYY-MM", '' when empty. */
export const MonthField = (props: FieldProps & { value: string | null }) => (
  <CalendarField type="month" hint="Monat und Jahr" {...props} />
);

/** "YYYY-MM-DD", '' when empty. */
export const DateField = (props: FieldProps & { value: string | null }) => (
  <CalendarField type="date" {...props} />
);

/** Stored values with their German labels, as a choice's options. */
export const labelled = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => ({ value, label: labels[value] }));

export function ChoiceField({
  label,
  value,
  options,
  onSave,
}: FieldProps & { value: string; options: { value: string; label: string }[] }) {
  const id = useId();
  const { draft, setDraft, error, commit } = useSaving(value, onSave);
  return (
    <FieldShell label={label} error={error} id={id}>
      <select
        id={id}
        value={draft}
        {...errorAttributes(id, error)}
        onChange={(event) => {
          setDraft(event.target.value);
          void commit(event.target.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
