// The thin bar of the presentation: the phase timer for the room, the zoom, and the way out.
// In the projector window it offers full screen instead (the browser needs a click for it).
import { useStore } from '../store';
import { endPresentation, enterFullscreen } from './presentation';
import { PhaseTimerDisplay } from './timer/PhaseTimerDisplay';

export function PresentationBar({ projector }: { projector: boolean }) {
  const zoom = useStore((state) => state.boardUi.zoom);
  const name = useStore((state) => state.workspace?.name);
  const setBoardUi = useStore((state) => state.setBoardUi);
  return (
    <div className="presentation-bar">
      <h1 className="presentation-title">Zukunftswerkstatt {name}</h1>
      <PhaseTimerDisplay large />
      <button
        type="button"
        className="button"
        aria-pressed={zoom === 'all'}
        onClick={() => setBoardUi({ zoom: zoom === 'all' ? 'normal' : 'all' })}
      >
        Alles zeigen
      </button>
      {projector ? (
        <button type="button" className="button" onClick={() => void enterFullscreen()}>
          Vollbild
        </button>
      ) : (
        <button type="button" className="button" onClick={endPresentation}>
          Präsentation beenden (Esc)
        </button>
      )}
    </div>
  );
}
