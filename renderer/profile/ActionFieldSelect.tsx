// The Handlungsfeld a SWOT entry or a measure of the Bestandsaufnahme concerns, or none.
import { SelectField } from './SelectField';

interface ActionFieldSelectProps {
  actionFields: { id: number; name: string }[];
  value: number | null;
  onChange(id: number | null): void;
}

export function ActionFieldSelect({ actionFields, value, onChange }: ActionFieldSelectProps) {
  return (
    <SelectField
      label="Handlungsfeld"
      value={value === null ? '' : String(value)}
      onChange={(event) => onChange(event.target.value === '' ? null : Number(event.target.value))}
    >
      <option value="">– keines –</option>
      {actionFields.map((field) => (
        <option key={field.id} value={field.id}>
          {field.name}
        </option>
      ))}
    </SelectField>
  );
}
