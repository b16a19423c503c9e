// The Zukunftswerkstatt board: capture and Ideenspeicher on the left, one column per
// Handlungsfeld on the right. One DndContext; local drag state; one backend call per drop.
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MeasuringStrategy,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import type { DragEndEvent, DragStartEvent } from '@dnd-kit/core';
import { useEffect, useState } from 'react';
import { api } from '../api/client';
import { useStore } from '../store';
import { ActionFieldColumn } from './ActionFieldColumn';
import { BoardToolbar } from './BoardToolbar';
import { CapturePanel } from './CapturePanel';
import { announcements, boardCollision, jumpToTarget, screenReaderInstructions } from './dnd';
import {
  ideaTargetFor,
  isNoOp,
  optimisticIdeaMove,
  optimisticProjectMove,
  projectTargetFor,
} from './dropTargets';
import { IdeaCardBody } from './IdeaCard';
import { Inbox } from './Inbox';
import { RankingView } from './RankingView';

type Dragged = { type: 'idea' | 'project'; id: number };

export function BoardScreen() {
  const loaded = useStore((state) => state.board.loaded);
  const fieldOrder = useStore((state) => state.board.index.fieldOrder);
  const fields = useStore((state) => state.board.actionFields);
  const presentation = useStore((state) => state.boardUi.presentation);
  const view = useStore((state) => state.boardUi.view);
  const [dragged, setDragged] = useState<Dragged>();
  const sensors = useSensors(
    // A few pixels of travel before a drag starts, so clicks on a card's buttons stay clicks.
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: jumpToTarget }),
  );

  useEffect(() => {
    void useStore.getState().loadBoard();
  }, []);

  useEffect(() => {
    if (!presentation) return;
    const leave = (event: KeyboardEvent) => {
      if (event.key === 'Escape') useStore.getState().setBoardUi({ presentation: false });
    };
    window.addEventListener('keydown', leave);
    return () => window.removeEventListener('keydown', leave);
  }, [presentation]);

  const onDragStart = ({ active }: DragStartEvent) => setDragged(active.data.current as Dragged);

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragged(undefined);
    const data = active.data.current as Dragged;
    const rect = active.rect.current.translated;
    if (!over || !rect) return;
    const centerY = rect.top + rect.height / 2;
    const { board, mutate, setBoardUi } = useStore.getState();
    if (data.type === 'idea') {
      const target = ideaTargetFor(data.id, over, centerY);
      if (isNoOp(board, board.index, data.id, target)) return;
      void mutate(
        api.call('ideas:move', { id: data.id, to: target }),
        optimisticIdeaMove(board.index, data.id, target),
      ).then((done) => {
        // A new project is titled from its idea; the facilitator can retitle it right away.
        const created = done?.patch.projects.find((project) => !(project.id in board.projects));
        if (target.kind === 'newProject' && created) setBoardUi({ editingProjectId: created.id });
      });
    } else {
      const target = projectTargetFor(data.id, over, centerY, board);
      if (!target) return;
      void mutate(
        api.call('projects:move', { id: data.id, ...target }),
        optimisticProjectMove(board.index, data.id, target),
      );
    }
  };

  if (!loaded) return <p className="muted board-loading">Pinnwand wird geladen …</p>;

  return (
    <div className={presentation ? 'board is-presentation' : 'board'}>
      <BoardToolbar />
      {view === 'ranking' ? (
        <RankingView />
      ) : (
        <DndContext
          sensors={sensors}
          collisionDetection={boardCollision}
          measuring={{ droppable: { strategy: MeasuringStrategy.WhileDragging } }}
          accessibility={{ announcements, screenReaderInstructions }}
          onDragStart={onDragStart}
          onDragEnd={onDragEnd}
          onDragCancel={() => setDragged(undefined)}
        >
          <div className="board-body">
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
          <DragOverlay dropAnimation={{ duration: 180 }}>
            {dragged?.type === 'idea' && <IdeaCardBody id={dragged.id} overlay />}
            {dragged?.type === 'project' && <ProjectPreview id={dragged.id} />}
          </DragOverlay>
        </DndContext>
      )}
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
