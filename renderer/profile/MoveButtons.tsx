// "Nach oben" and "Nach unten" for an entry of an ordered list: reordering without a mouse. At
// the list's end a button is marked unavailable rather than disabled, so it keeps the focus.
interface MoveButtonsProps {
  /** The entry as a screen reader names it in the buttons' labels. */
  label: string;
  index: number;
  count: number;
  /** Moves the entry one place up (-1) or down (+1). */
  onMove(step: -1 | 1): void;
}

export function MoveButtons({ label, index, count, onMove }: MoveButtonsProps) {
  return (
    <span className="move-buttons">
      <button
        type="button"
        className="icon-button"
        aria-label={`${label} nach oben`}
        title="Nach oben"
        aria-disabled={index === 0}
        onClick={() => index > 0 && onMove(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={`${label} nach unten`}
        title="Nach unten"
        aria-disabled={index === count - 1}
        onClick={() => index < count - 1 && onMove(1)}
      >
        ↓
      </button>
    </span>
  );
}

/** The id to move before: the entry above for -1, two below for +1 (null: to the end). */
export function beforeIdFor<T extends { id: number }>(
  list: readonly T[],
  index: number,
  step: -1 | 1,
): number | null {
  return step === -1 ? (list[index - 1]?.id ?? null) : (list[index + 2]?.id ?? null);
}
