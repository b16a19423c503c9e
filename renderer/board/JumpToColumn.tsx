// "Springen zu …": any Handlungsfeld scrolled into view and focused, from the keyboard as well.
import { useId } from 'react';
import { useStore } from '../store';

export function JumpToColumn() {
  const fields = useStore((state) => state.board.actionFields);
  const order = useStore((state) => state.board.index.fieldOrder);
  const id = useId();
  const jump = (fieldId: string) => {
    const column = document.querySelector<HTMLElement>(
      `.column[data-action-field-id="${fieldId}"]`,
    );
    if (!column) return;
    column.scrollIntoView({ block: 'nearest', inline: 'start' });
    column.focus({ preventScroll: true });
  };
  return (
    <span className="jump-to-column">
      <label className="visually-hidden" htmlFor={id}>
        Springen zu Handlungsfeld
      </label>
      <select id={id} value="" onChange={(event) => jump(event.target.value)}>
        <option value="">Springen zu …</option>
        {order
          .filter((fieldId) => !fields[fieldId]?.hidden)
          .map((fieldId) => (
            <option key={fieldId} value={fieldId}>
              {fields[fieldId]?.name}
            </option>
          ))}
      </select>
    </span>
  );
}
