// The Zukunftswerkstatt board: capture and Ideenspeicher on the left, one column per
// Handlungsfeld on the right; or, presented to the room, the columns alone in large type.
// Drags run through one proxy draggable (boardDrag.ts).
import { DndContext, KeyboardSensor, useSensor, useSensors } from '@dnd-kit/core';
import { useEffect, useState } from 'react';
import { afterNextPaint } from '../perf';
import { useStore } from '../store';
import { BoardColumns } from './BoardColumns';
import { BoardSkipLinks } from './BoardSkipLinks';
import { BoardToolbar } from './BoardToolbar';
import { useCardActions } from './CardActions';
import { CapturePanel } from './CapturePanel';
import { BoardDrag } from './boardDrag';
import { screenReaderInstructions } from './dnd';
import { DragGhost } from './DragGhost';
import { DragProxy } from './DragProxy';
import { dragInstructionsId } from './dragSource';
import type { DragPayload } from './dragSource';
import { Inbox } from './Inbox';
import { ProjectorPanel } from '../participation/ProjectorPanel';
import { PresentationBar } from './PresentationBar';
import { followFullscreen, isProjectorWindow } from './presentation';
import { RankingView } from './RankingView';
import { onBoardClick } from './selection';
import { BoardPointerSensor } from './sensors';

export function BoardScreen() {
  const loaded = useStore((state) => state.board.loaded);
  const presentation = useStore((state) => state.boardUi.presentation);
  const view = useStore((state) => state.boardUi.view);
  const zoom = useStore((state) => state.boardUi.zoom);
  const searching = useStore((state) => state.boardUi.search.trim().length >= 2);
  const [dragged, setDragged] = useState<DragPayload>();
  const [drag] = useState(() => new BoardDrag(setDragged));
  const [projector] = useState(isProjectorWindow);
  const cardActions = useCardActions();
  const sensors = useSensors(
    useSensor(BoardPointerSensor),
    useSensor(KeyboardSensor, { coordinateGetter: drag.keyboardCoordinates }),
  );

  useEffect(() => {
    void useStore.getState().loadBoard();
  }, []);

  useEffect(() => {
    // Marks when the first frame with the loaded board is on screen (read by `npm run bench`).
    if (loaded) afterNextPaint(() => performance.mark('kw:board-painted'));
  }, [loaded]);

  useEffect(() => followFullscreen(), []);

  useEffect(() => {
    const onEscape = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const { boardUi, setBoardUi } = useStore.getState();
      if (boardUi.selectedIdeaIds.length > 0) setBoardUi({ selectedIdeaIds: [] });
      else if (boardUi.presentation && !projector) setBoardUi({ presentation: false });
    };
    window.addEventListener('keydown', onEscape);
    return () => window.removeEventListener('keydown', onEscape);
  }, [projector]);

  if (!loaded) return <p className="muted board-loading">Pinnwand wird geladen …</p>;

  const classes = [
    'board',
    `zoom-${zoom}`,
    presentation && 'is-presentation',
    projector && 'is-projector',
    searching && 'is-searching',
  ];
  const showSide = !presentation && zoom !== 'all';
  return (
    <div className={classes.filter(Boolean).join(' ')}>
      {presentation ? <PresentationBar projector={projector} /> : <BoardSkipLinks />}
      {!presentation && <BoardToolbar />}
      {view === 'ranking' && !presentation ? (
        <RankingView />
      ) : (
        <>
          <div
            className={showSide ? 'board-body' : 'board-body no-side'}
            onPointerDown={projector ? undefined : drag.onPointerDown}
            onClick={onBoardClick}
            onKeyDown={drag.onKeyDown}
            onPointerOver={cardActions.onPointerOver}
            onFocus={cardActions.onFocus}
          >
            {showSide && (
              <aside className="board-side">
                <CapturePanel />
                <Inbox />
              </aside>
            )}
            <BoardColumns />
            {presentation && <ProjectorPanel />}
          </div>
          {!presentation && cardActions.actions}
          {/* The board is not inside the DndContext on purpose: every change of dnd-kit's
              context would make React walk all cards looking for consumers. dnd-kit's own
              scrolling is off: it would scroll the list the card came from, away from the
              pointer; the board scrolls at its edges itself (edgeScroll.ts). */}
          <DndContext
            sensors={sensors}
            autoScroll={false}
            accessibility={{ announcements: drag.announcements, screenReaderInstructions }}
            onDragStart={drag.onDragStart}
            onDragEnd={drag.onDragEnd}
            onDragCancel={drag.finish}
          >
            <DragProxy drag={drag} />
          </DndContext>
          <DragGhost drag={drag} payload={dragged} />
        </>
      )}
      <p id={dragInstructionsId} className="visually-hidden">
        {screenReaderInstructions.draggable}
      </p>
      <div
        id="board-announcer"
        ref={(element) => drag.attachLiveRegion(element)}
        className="visually-hidden"
        aria-live="assertive"
        aria-atomic="true"
      />
    </div>
  );
}
