// A SWOT entry: its statement, what it rests on, its Handlungsfeld and the projects answering it
// (a weakness or risk that none answers is marked); dragged by its handle.
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { SwotEntry } from '../../shared/contract';
import { useStore } from '../store';
import { entryDragId } from './swotColumns';

interface SwotCardProps {
  entry: SwotEntry;
  actionField: string | undefined;
  onEdit(): void;
  onDelete(): void;
}

const short = (text: string) => (text.length > 50 ? `${text.slice(0, 50)}…` : text);

export function SwotCard({ entry, actionField, onEdit, onDelete }: SwotCardProps) {
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({
    id: entryDragId(entry.id),
    attributes: { roleDescription: 'verschiebbarer SWOT-Eintrag' },
  });
  const openProject = (id: number) => {
    const { setView, setLibrary } = useStore.getState();
    setLibrary({ openProjectId: id });
    setView('library');
  };
  const unanswered =
    (entry.kind === 'schwaeche' || entry.kind === 'risiko') && entry.answeredBy.length === 0;

  return (
    <li
      ref={setNodeRef}
      className={`swot-card${isDragging ? ' is-dragging' : ''}${unanswered ? ' is-unanswered' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      <button
        ref={setActivatorNodeRef}
        type="button"
        className="drag-handle"
        aria-label={`„${short(entry.text)}“ verschieben`}
        {...attributes}
        {...listeners}
      >
        ⠿
      </button>
      <div className="swot-card-body">
        <p className="swot-text">{entry.text}</p>
        {entry.evidence && <p className="swot-evidence">Beleg: {entry.evidence}</p>}
        <p className="swot-meta">
          {actionField && <span className="tag">{actionField}</span>}
          {unanswered ? (
            <span className="badge warn">noch keine Maßnahme</span>
          ) : (
            entry.answeredBy.length > 0 && (
              <span className="swot-answers">
                Maßnahmen:{' '}
                {entry.answeredBy.map((project, index) => (
                  <span key={project.id}>
                    {index > 0 && ', '}
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => openProject(project.id)}
                    >
                      {project.title}
                    </button>
                  </span>
                ))}
              </span>
            )
          )}
        </p>
      </div>
      <div className="swot-card-actions">
        <button
          type="button"
          className="icon-button"
          aria-label={`„${short(entry.text)}“ bearbeiten`}
          title="Bearbeiten"
          onClick={onEdit}
        >
          ✎
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={`„${short(entry.text)}“ löschen`}
          title="Löschen"
          onClick={onDelete}
        >
          ✕
        </button>
      </div>
    </li>
  );
}
