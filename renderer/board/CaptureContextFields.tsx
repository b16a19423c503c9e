// Which Zukunftswerkstatt and table a captured card belongs to; stays set per workspace.
import { useState } from 'react';
import { useStore } from '../store';
import { WorkshopDialog } from './WorkshopDialog';

export function CaptureContextFields() {
  const capture = useStore((state) => state.boardUi.capture);
  const setCapture = useStore((state) => state.setCapture);
  const workshops = useStore((state) => state.board.workshops);
  const [creatingWorkshop, setCreatingWorkshop] = useState(false);
  const groups = capture.workshopId === null ? [] : (workshops[capture.workshopId]?.groups ?? []);
  return (
    <div className="capture-context">
      <label>
        <span className="visually-hidden">Zukunftswerkstatt</span>
        <select
          value={capture.workshopId ?? ''}
          onChange={(event) =>
            setCapture({
              workshopId: event.target.value ? Number(event.target.value) : null,
              groupId: null,
            })
          }
        >
          <option value="">ohne Zukunftswerkstatt</option>
          {Object.values(workshops).map((workshop) => (
            <option key={workshop.id} value={workshop.id}>
              {workshop.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="visually-hidden">Gruppe / Tisch</span>
        <select
          value={capture.groupId ?? ''}
          disabled={groups.length === 0}
          onChange={(event) =>
            setCapture({ groupId: event.target.value ? Number(event.target.value) : null })
          }
        >
          <option value="">ohne Tisch</option>
          {groups.map((group) => (
            <option key={group.id} value={group.id}>
              {group.name}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="icon-button add-workshop"
        aria-label="Neue Zukunftswerkstatt …"
        title="Neue Zukunftswerkstatt …"
        onClick={() => setCreatingWorkshop(true)}
      >
        +
      </button>
      {creatingWorkshop && <WorkshopDialog onClose={() => setCreatingWorkshop(false)} />}
    </div>
  );
}
