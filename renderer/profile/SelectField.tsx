// A labelled choice whose label stands beside the <select>, not around it: a label wrapped
// around a select adds the chosen option to the field's accessible name ("Art Verlauf über …").
import { useId } from 'react';
import type { ReactNode, SelectHTMLAttributes } from 'react';

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  label: string;
  children: ReactNode;
}

export function SelectField({ label, children, ...select }: SelectFieldProps) {
  const id = useId();
  return (
    <div className="select-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} {...select}>
        {children}
      </select>
    </div>
  );
}

interface ChoiceFieldProps<T extends string> {
  label: string;
  value: T;
  /** The choices in the order offered, each shown by its German label. */
  choices: readonly T[];
  labels: Record<T, string>;
  onChoose(value: T): void;
}

/** A SelectField over a fixed set of values (a kind, a status): no casts at the call site. */
export function ChoiceField<T extends string>({
  label,
  value,
  choices,
  labels,
  onChoose,
}: ChoiceFieldProps<T>) {
  return (
    <SelectField
      label={label}
      value={value}
      onChange={(event) => {
        const chosen = choices.find((choice) => choice === event.target.value);
        if (chosen !== undefined) onChoose(chosen);
      }}
    >
      {choices.map((choice) => (
        <option key={choice} value={choice}>
          {labels[choice]}
        </option>
      ))}
    </SelectField>
  );
}
