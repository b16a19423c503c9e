// A project's dots: the sum of its own and its cards' dots on the badge; a click on the badge
// opens the project's own dots for counting off the pinboard (− / number / +).
import { useId, useState } from 'react';
import { api } from '../api/client';
import { useStore } from '../store';
import { DotsInput } from './DotsInput';

export function ProjectDots({ id, own, onCards }: { id: number; own: number; onCards: number }) {
  const mutate = useStore((state) => state.mutate);
  const [open, setOpen] = useState(false);
  const rowId = useId();
  const total = own + onCards;
  return (
    <>
      <button
        type="button"
        className="project-dots"
        aria-expanded={open}
        aria-controls={rowId}
        aria-label={`${total} ${total === 1 ? 'Punkt' : 'Punkte'} insgesamt – Punkte des Projekts ändern`}
        onClick={() => setOpen((value) => !value)}
      >
        ● {total}
      </button>
      {open && (
        <div id={rowId} className="project-dots-row">
          <span>Punkte am Projekt</span>
          <DotsInput
            value={own}
            owner="des Projekts"
            onCommit={(dots) => void mutate(api.call('projects:setDots', { id, dots }))}
          />
          {onCards > 0 && <span className="muted">+ {onCards} auf den Ideen</span>}
        </div>
      )}
    </>
  );
}
