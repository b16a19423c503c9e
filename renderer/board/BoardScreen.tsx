// The Zukunftswerkstatt board: capture and Ideenspeicher on the left, one column per
// Handlungsfeld on the right. Drags run through one proxy draggable (boardDrag.ts).
import { DndContext, KeyboardSensor, useSensor, useSensors } from '@dnd-kit/core';
import { useEffect, useState } from 'react';
import { useStore } from '../store';
import { ActionFieldColumn } from './ActionFieldColumn';
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
import { RankingView } from './RankingView';
import { onBoardClick } from './selection';
import { BoardPointerSensor } from './sensors';

export function BoardScreen() {
  const loaded = useStore((state) => state.board.loaded);
  const fieldOrder = useStore((state) => state.board.index.fieldOrder);
  const fields = useStore((state) => state.board.actionFields);
  const presentation = useStore((state) => state.boardUi.presentation);
  const view = useStore((state) => state.boardUi.view);
  const [dragged, setDragged] = useState<DragPayload>();
  const [drag] = useState(() => new BoardDrag(setDragged));
  const cardActions = useCardActions();
  const sensors = useSensors(
    useSensor(BoardPointerSensor),
    useSensor(KeyboardSensor, { coordinateGetter: drag.keyboardCoordinates }),
  );

  useEffect(() => {
    void useStore.getState().loadBoard();
  }, []);

  useEffect(() => {
    // Marks the first frame with the loaded board on screen (read by `npm run bench`).
    if (loaded) requestAnimationFrame(() => performance.mark('kw:board-painted'));
  }, [loaded]);

  useEffect(() => {
    const onEscape = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      const { boardUi, setBoardUi } = useStore.getState();
      if (boardUi.selectedIdeaIds.length > 0) setBoardUi({ selectedIdeaIds: [] });
      else if (boardUi.presentation) setBoardUi({ presentation: false });
    };
    window.addEventListener('keydown', onEscape);
    return () => window.removeEventListener('keydown', onEscape);
  }, []);

  if (!loaded) return <p className="muted board-loading">Pinnwand wird geladen …</p>;

  return (
    <div className={presentation ? 'board is-presentation' : 'board'}>
      <BoardToolbar />
      {view === 'ranking' ? (
        <RankingView />
      ) : (
        <>
          <div
            className="board-body"
            onPointerDown={drag.onPointerDown}
            onClick={onBoardClick}
            onKeyDown={drag.onKeyDown}
            onPointerOver={cardActions.onPointerOver}
            onFocus={cardActions.onFocus}
          >
            {!presentation && (
              <aside className="board-side">
                <CapturePanel />
                <Inbox />
              </aside>
            )}
            <div className="columns" role="list" aria-label="Handlungsfelder">
              {fieldOrder
                .filter((id) => !fields[id]?.hidden)
                .map((id) => (
                  <div role="listitem" key={id} className="column-slot">
                    <ActionFieldColumn id={id} />
                  </div>
                ))}
            </div>
          </div>
          {cardActions.actions}
          {/* The board is not inside the DndContext on purpose: every change of dnd-kit's
              context would make React walk all cards looking for consumers. */}
          {/* dnd-kit's own scrolling is off: it would scroll the list the card came from, away
              from the pointer; the board scrolls at its edges itself (edgeScroll.ts). */}
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
        ref={(element) => drag.attachLiveRegion(element)}
        className="visually-hidden"
        aria-live="assertive"
        aria-atomic="true"
      />
    </div>
  );
}
