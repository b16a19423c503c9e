// Process fields that save on their own, beside the fact sheet's: a whole number, yes/no.
import { useId, useState } from 'react';
import type { InputHTMLAttributes } from 'react';
import { errorAttributes, FieldShell, useSaving } from '../library/SheetFields';
import type { Save } from '../library/SheetFields';

interface FieldProps {
  label: string;
  onSave: Save;
  hint?: string;
}

const grouped = new Intl.NumberFormat('de-DE');

/** "12.500" or "12500" → 12500; '' → null; undefined when it is no whole number. */
export function parseWholeNumber(text: string): number | null | undefined {
  const cleaned = text.replace(/\s/g, '');
  if (cleaned === '') return null;
  if (!/^\d{1,3}(\.\d{3})+$|^\d+$/.test(cleaned)) return undefined;
  return Number(cleaned.replace(/\./g, ''));
}

/** A whole number as Germans write it ("12.500"), saved when the field is left. */
export function NumberField({
  label,
  value,
  onSave,
  hint,
}: Omit<FieldProps, 'onSave'> & {
  value: number | null;
  onSave(value: number | null): Promise<string | undefined>;
}) {
  const id = useId();
  const { draft, setDraft, error, commit } = useSaving(
    value === null ? '' : grouped.format(value),
    async (text) => {
      const number = parseWholeNumber(text);
      if (number === undefined) return 'Bitte eine ganze Zahl angeben, z. B. 12.500.';
      return onSave(number);
    },
  );
  return (
    <FieldShell label={label} error={error} hint={hint} id={id}>
      <input
        id={id}
        inputMode="numeric"
        value={draft}
        {...errorAttributes(id, error)}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => void commit()}
      />
    </FieldShell>
  );
}

interface SavingCheckboxProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'checked' | 'onChange'
> {
  checked: boolean;
  /** Resolves to the German reason it was refused, or undefined when saved. */
  onSave(checked: boolean): Promise<string | undefined>;
  onRefused?(error: string | undefined): void;
}

/**
 * A checkbox that shows the click at once; the backend's answer confirms it, or the box returns
 * to what is saved and the reason is handed on.
 */
export function SavingCheckbox({ checked, onSave, onRefused, ...rest }: SavingCheckboxProps) {
  const [shown, setShown] = useState<boolean>();
  return (
    <input
      type="checkbox"
      {...rest}
      checked={shown ?? checked}
      onChange={(event) => {
        const next = event.target.checked;
        setShown(next);
        void onSave(next).then((error) => {
          setShown(undefined);
          onRefused?.(error);
        });
      }}
    />
  );
}

/** A yes/no choice saved per click, with its reason beside it when refused. */
export function CheckField({
  label,
  checked,
  onSave,
}: {
  label: string;
  checked: boolean;
  onSave(checked: boolean): Promise<string | undefined>;
}) {
  const id = useId();
  const [error, setError] = useState<string>();
  return (
    <div className="sheet-field">
      <label className="sheet-check">
        <SavingCheckbox
          checked={checked}
          onSave={onSave}
          onRefused={setError}
          {...errorAttributes(id, error)}
        />
        {label}
      </label>
      {error && (
        <span className="form-error" role="alert" id={`${id}-error`}>
          {error}
        </span>
      )}
    </div>
  );
}
