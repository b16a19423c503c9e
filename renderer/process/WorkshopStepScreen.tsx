// Step 3, Zukunftswerkstatt: the board fills the screen; above it one line says which step this
// is and how far it is, and opens the step's frame and its sessions when asked.
import { useState } from 'react';
import { stepIntros } from '../../shared/process';
import { BoardScreen } from '../board/BoardScreen';
import { useStore } from '../store';
import { StatusBadge, StepDetails, stepNumber, useSteps } from './StepFrame';
import { WorkshopSessions } from './WorkshopSessions';

export function WorkshopStepScreen() {
  const presentation = useStore((state) => state.boardUi.presentation);
  return (
    <div className="board-step">
      {!presentation && <WorkshopStepBar />}
      <BoardScreen />
    </div>
  );
}

function WorkshopStepBar() {
  const [open, setOpen] = useState(false);
  const detail = useSteps()?.find((step) => step.key === 'workshop');
  const done = detail?.checklist.filter((item) => item.done).length ?? 0;
  return (
    <section className="step-bar" aria-labelledby="workshop-step-title">
      <div className="step-bar-line">
        <span className="step-kicker">Schritt {stepNumber('workshop')} von 5</span>
        <h1 id="workshop-step-title" className="step-bar-title">
          Zukunftswerkstatt
        </h1>
        {detail && <StatusBadge status={detail.status} />}
        {detail && (
          <span className="muted">
            Checkliste: {done} von {detail.checklist.length} erledigt
          </span>
        )}
        <button
          type="button"
          className="button ghost step-bar-toggle"
          aria-expanded={open}
          aria-controls="workshop-step-details"
          onClick={() => setOpen(!open)}
        >
          {open ? 'Schritt und Veranstaltungen ausblenden' : 'Schritt und Veranstaltungen'}
        </button>
      </div>
      {open && (
        <div id="workshop-step-details" className="step-bar-details">
          <p className="step-intro">{stepIntros.workshop}</p>
          {detail && <StepDetails detail={detail} />}
          <WorkshopSessions />
        </div>
      )}
    </section>
  );
}
