// A set of catalogue entries linked to the project (Zielgruppen, Leitziele, SWOT), saved per click.
import { useState } from 'react';
import type { Result } from '../../shared/result';
import type { ProjectSheet } from './types';

interface LinkListProps {
  legend: string;
  options: { id: number; label: string }[];
  chosen: number[];
  onChange(ids: number[]): Promise<Result<ProjectSheet>>;
  onSaved(sheet: ProjectSheet): void;
}

export function LinkList({ legend, options, chosen, onChange, onSaved }: LinkListProps) {
  const [error, setError] = useState<string>();
  // The click shows at once; the backend's answer confirms it, or the box returns with a reason.
  const [shown, setShown] = useState<number[]>();
  const current = shown ?? chosen;
  if (options.length === 0) return null;
  const toggle = async (id: number, on: boolean) => {
    const next = on ? [...current, id] : current.filter((entry) => entry !== id);
    setShown(next);
    const result = await onChange(next);
    setShown(undefined);
    if (result.ok) {
      setError(undefined);
      onSaved(result.value);
    } else setError(result.error.message);
  };
  return (
    <fieldset className="sheet-section link-list">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.id}>
          <input
            type="checkbox"
            checked={current.includes(option.id)}
            onChange={(event) => void toggle(option.id, event.target.checked)}
          />
          {option.label}
        </label>
      ))}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
