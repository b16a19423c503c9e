// The Zukunftswerkstatt board: capture and Ideenspeicher on the left, one column per
// Handlungsfeld on the right. Drags run through one proxy draggable (boardDrag.ts).
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { useEffect, useState } from 'react';
import { useStore } from '../store';
import { ActionFieldColumn } from './ActionFieldColumn';
import { BoardToolbar } from './BoardToolbar';
import { useCardActions } from './CardActions';
import { CapturePanel } from './CapturePanel';
import { BoardDrag } from './boardDrag';
import { screenReaderInstructions } from './dnd';
import { DragProxy } from './DragProxy';
import { dragInstructionsId } from './dragSource';
import type { DragPayload } from './dragSource';
import { IdeaCardBody } from './IdeaCard';
import { Inbox } from './Inbox';
import { RankingView } from './RankingView';

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
    // A few pixels of travel before a drag starts, so clicks on a card's buttons stay clicks.
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
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
    if (!presentation) return;
    const leave = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Escape') useStore.getState().setBoardUi({ presentation: false });
    };
    window.addEventListener('keydown', leave);
    return () => window.removeEventListener('keydown', leave);
  }, [presentation]);

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
          <DndContext
            sensors={sensors}
            accessibility={{ announcements: drag.announcements, screenReaderInstructions }}
            onDragStart={drag.onDragStart}
            onDragMove={drag.onDragMove}
            onDragEnd={drag.onDragEnd}
            onDragCancel={drag.finish}
          >
            <DragProxy drag={drag} />
            <DragOverlay dropAnimation={{ duration: 180 }} style={{ pointerEvents: 'none' }}>
              {dragged?.type === 'idea' && <IdeaCardBody id={dragged.id} overlay />}
              {dragged?.type === 'project' && <ProjectPreview id={dragged.id} />}
            </DragOverlay>
          </DndContext>
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

/** What follows the pointer while a project is dragged (the real one keeps its place). */
function ProjectPreview({ id }: { id: number }) {
  const title = useStore((state) => state.board.projects[id]?.title ?? '');
  const count = useStore((state) => state.board.index.ideasByContainer[`p${id}`]?.length ?? 0);
  return (
    <div className="project is-overlay">
      <header className="project-header">
        <h4 className="project-title">{title}</h4>
        <span className="muted">{count === 1 ? '1 Idee' : `${count} Ideen`}</span>
      </header>
    </div>
  );
}
