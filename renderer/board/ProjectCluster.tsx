// A project (cluster) on the board: its title, dots and cards; a drop target for ideas, and
// itself draggable by its grip to another place or Handlungsfeld.
import { useDraggable, useDroppable } from '@dnd-kit/core';
import { memo, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { api } from '../api/client';
import { countRender } from '../perf';
import { useStore } from '../store';
import { projectKey } from './boardIndex';
import { DraggableIdea, shortText } from './IdeaCard';
import { Highlighted } from './Highlighted';
import { ProjectMenu } from './ProjectMenu';

const noIdeas: number[] = [];
export const projectDropId = (id: number) => `project:${id}`;
export const projectDragId = (id: number) => `move-project:${id}`;

export const ProjectCluster = memo(function ProjectCluster({ id }: { id: number }) {
  countRender('project');
  const project = useStore((state) => state.board.projects[id]);
  const ideaIds = useStore(
    (state) => state.board.index.ideasByContainer[projectKey(id)] ?? noIdeas,
  );
  const editing = useStore((state) => state.boardUi.editingProjectId === id);
  const search = useStore((state) => state.boardUi.search);
  const { setNodeRef: setDropRef, isOver } = useDroppable({
    id: projectDropId(id),
    data: { type: 'project', projectId: id },
  });
  const {
    setNodeRef: setDragRef,
    setActivatorNodeRef,
    listeners,
    attributes,
    isDragging,
  } = useDraggable({
    id: projectDragId(id),
    data: { type: 'project', id },
    disabled: editing,
    attributes: { roleDescription: 'verschiebbares Projekt' },
  });
  // A number, so the project renders again only when the sum changes.
  const ideaDots = useStore((state) =>
    ideaIds.reduce((sum, ideaId) => sum + (state.board.ideas[ideaId]?.dots ?? 0), 0),
  );
  if (!project) return null;
  const totalDots = project.dots + ideaDots;

  return (
    <div
      ref={(node) => {
        setDropRef(node);
        setDragRef(node);
      }}
      className={`project${isOver ? ' is-over' : ''}${isDragging ? ' is-dragging' : ''}`}
      data-project-id={id}
      role="group"
      aria-label={`Projekt ${project.title}`}
    >
      <header className="project-header" {...listeners}>
        <button
          type="button"
          ref={setActivatorNodeRef}
          className="grip"
          aria-label={`Projekt „${shortText(project.title)}“ verschieben`}
          {...attributes}
        >
          ⠿
        </button>
        {editing ? (
          <TitleEditor id={id} title={project.title} />
        ) : (
          <h4
            className="project-title"
            onDoubleClick={() => useStore.getState().setBoardUi({ editingProjectId: id })}
          >
            <Highlighted text={project.title} query={search} />
          </h4>
        )}
        <span className="project-dots" aria-label={`${totalDots} Punkte insgesamt`}>
          ● {totalDots}
        </span>
        <ProjectMenu id={id} dots={project.dots} />
      </header>
      <div className="project-ideas">
        {ideaIds.map((ideaId) => (
          <DraggableIdea key={ideaId} id={ideaId} />
        ))}
      </div>
    </div>
  );
});

function TitleEditor({ id, title }: { id: number; title: string }) {
  const [value, setValue] = useState(title);
  const mutate = useStore((state) => state.mutate);
  const setBoardUi = useStore((state) => state.setBoardUi);
  const finish = async (save: boolean) => {
    if (save && value.trim() && value !== title) {
      if (!(await mutate(api.call('projects:rename', { id, title: value })))) return;
    }
    setBoardUi({ editingProjectId: undefined });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void finish(true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      void finish(false);
    }
  };
  return (
    <input
      className="title-editor"
      aria-label="Projekttitel"
      value={value}
      autoFocus
      onFocus={(event) => event.currentTarget.select()}
      onChange={(event) => setValue(event.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => void finish(true)}
    />
  );
}
