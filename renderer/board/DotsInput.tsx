// Dots as a facilitator counts them off the pinboard: − and + for one more or less, or the number
// typed (Enter or leaving the field saves it; Escape takes it back). Each change is one undoable
// action.
import { useState } from 'react';
import type { KeyboardEvent } from 'react';
import { maxDots } from '../../shared/domain';

interface DotsInputProps {
  value: number;
  /** What the dots belong to, for the labels: "der Idee", "des Projekts". */
  owner: string;
  onCommit(dots: number): void;
}

export function DotsInput({ value, owner, onCommit }: DotsInputProps) {
  const [draft, setDraft] = useState<string>();
  const shown = draft ?? String(value);
  const parsed = /^\d{1,3}$/.test(shown.trim()) ? Number(shown.trim()) : NaN;
  const valid = Number.isInteger(parsed) && parsed <= maxDots;

  const commit = () => {
    if (draft === undefined) return;
    setDraft(undefined);
    if (valid && parsed !== value) onCommit(parsed);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setDraft(undefined);
    }
  };

  return (
    <span className="dots-input" role="group" aria-label={`Punkte ${owner}`}>
      <button
        type="button"
        className="icon-button"
        aria-label={`Einen Punkt ${owner} entfernen`}
        disabled={value === 0}
        onClick={() => onCommit(value - 1)}
      >
        −
      </button>
      <input
        inputMode="numeric"
        aria-label={`Zahl der Punkte ${owner}`}
        aria-invalid={!valid}
        value={shown}
        size={3}
        onFocus={(event) => event.currentTarget.select()}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={commit}
      />
      <button
        type="button"
        className="icon-button"
        aria-label={`Einen Punkt ${owner} hinzufügen`}
        disabled={value >= maxDots}
        onClick={() => onCommit(value + 1)}
      >
        +
      </button>
    </span>
  );
}
