// Above the board: search, board or ranking, zoom, the phase timer, presentation, participation
// from phones while it is open, and the less frequent tools (dots helper, Handlungsfelder,
// projector window, opening participation, the pinboards' photos) in one menu.
import { memo, useState } from 'react';
import { MenuButton } from '../components/MenuButton';
import { OpenParticipationDialog } from '../participation/OpenParticipationDialog';
import { ParticipationDialog } from '../participation/ParticipationDialog';
import { useParticipation } from '../participation/participationStatus';
import { PhotosDialog } from '../participation/PhotosDialog';
import { useStore } from '../store';
import type { BoardZoom } from '../store/boardUiSlice';
import { ActionFieldsDialog } from './ActionFieldsDialog';
import { BoardSearch } from './BoardSearch';
import { DotsHelperDialog } from './DotsHelperDialog';
import { JumpToColumn } from './JumpToColumn';
import { openProjectorWindow, startPresentation } from './presentation';
import { PhaseTimerDialog } from './timer/PhaseTimerDialog';
import { PhaseTimerDisplay } from './timer/PhaseTimerDisplay';

const zoomLabels: Record<BoardZoom, string> = {
  normal: 'Normal',
  compact: 'Kompakt',
  all: 'Alles zeigen',
};

export const BoardToolbar = memo(function BoardToolbar() {
  const view = useStore((state) => state.boardUi.view);
  const zoom = useStore((state) => state.boardUi.zoom);
  const setBoardUi = useStore((state) => state.setBoardUi);
  const [dialog, setDialog] = useState<'dots' | 'fields' | 'timer' | 'participation' | 'photos'>();
  const participation = useParticipation();
  const close = () => setDialog(undefined);

  return (
    <div className="board-toolbar" role="toolbar" aria-label="Pinnwand">
      <BoardSearch />
      <div className="segmented" role="group" aria-label="Ansicht">
        <button
          type="button"
          className="button"
          aria-pressed={view === 'board'}
          onClick={() => setBoardUi({ view: 'board' })}
        >
          Pinnwand
        </button>
        <button
          type="button"
          className="button"
          aria-pressed={view === 'ranking'}
          onClick={() => setBoardUi({ view: 'ranking' })}
        >
          Rangliste
        </button>
      </div>
      {view === 'board' && (
        <div className="segmented" role="group" aria-label="Zoom">
          {(Object.keys(zoomLabels) as BoardZoom[]).map((level) => (
            <button
              key={level}
              type="button"
              className="button"
              aria-pressed={zoom === level}
              onClick={() => setBoardUi({ zoom: level })}
            >
              {zoomLabels[level]}
            </button>
          ))}
        </div>
      )}
      {view === 'board' && <JumpToColumn />}
      <PhaseTimerDisplay />
      <button type="button" className="button" onClick={() => setDialog('timer')}>
        Timer …
      </button>
      <button type="button" className="button" onClick={() => void startPresentation()}>
        Präsentation
      </button>
      {participation.open && (
        <button
          type="button"
          className="button participation-chip"
          onClick={() => setDialog('participation')}
        >
          Teilnahme offen · {participation.devices}{' '}
          {participation.devices === 1 ? 'Handy' : 'Handys'}
        </button>
      )}
      <MenuButton
        label="Mehr …"
        className="button"
        items={[
          { label: 'Punkte vergeben …', onSelect: () => setDialog('dots') },
          { label: 'Handlungsfelder …', onSelect: () => setDialog('fields') },
          { label: 'Projektorfenster öffnen', onSelect: () => void openProjectorWindow() },
          {
            label: participation.open ? 'Teilnahme vom Handy …' : 'Teilnahme öffnen …',
            onSelect: () => setDialog('participation'),
          },
          { label: 'Fotos der Pinnwände …', onSelect: () => setDialog('photos') },
        ]}
      />
      {dialog === 'dots' && <DotsHelperDialog onClose={close} />}
      {dialog === 'fields' && <ActionFieldsDialog onClose={close} />}
      {dialog === 'timer' && <PhaseTimerDialog onClose={close} />}
      {dialog === 'participation' &&
        (participation.open ? (
          <ParticipationDialog
            status={participation}
            onClose={close}
            onPhotos={() => setDialog('photos')}
          />
        ) : (
          <OpenParticipationDialog onClose={close} />
        ))}
      {dialog === 'photos' && <PhotosDialog onClose={close} />}
    </div>
  );
});
