// What follows the pointer during a drag: the grabbed card (with the number of cards it carries)
// or the project's header. Its position is written by BoardDrag directly, never by React.
import { useStore } from '../store';
import type { BoardDrag } from './boardDrag';
import type { DragPayload } from './dragSource';
import { IdeaCardBody } from './IdeaCard';

export function DragGhost({
  drag,
  payload,
}: {
  drag: BoardDrag;
  payload: DragPayload | undefined;
}) {
  if (!payload) return null;
  return (
    <div className="drag-ghost" aria-hidden="true" ref={(element) => drag.attachGhost(element)}>
      {payload.type === 'idea' ? (
        <>
          <GhostCard id={payload.id} />
          {payload.ids.length > 1 && <span className="drag-count">{payload.ids.length}</span>}
        </>
      ) : (
        <ProjectPreview id={payload.id} />
      )}
    </div>
  );
}

function GhostCard({ id }: { id: number }) {
  const idea = useStore((state) => state.board.ideas[id]);
  return idea ? <IdeaCardBody idea={idea} overlay /> : null;
}

/** The project's header and size (the project itself keeps its place until the drop). */
function ProjectPreview({ id }: { id: number }) {
  const title = useStore((state) => state.board.projects[id]?.title ?? '');
  const count = useStore((state) => state.board.index.ideasByContainer[`p${id}`]?.length ?? 0);
  return (
    <div className="project is-overlay">
      <header className="project-header">
        <p className="project-title">{title}</p>
        <span className="muted">{count === 1 ? '1 Idee' : `${count} Ideen`}</span>
      </header>
    </div>
  );
}
