// One Handlungsfeld: a column of projects, and a drop target that makes a new project of an idea.
import { memo, useId } from 'react';
import { useStore } from '../store';
import { ProjectCluster } from './ProjectCluster';

const noProjects: number[] = [];

export const ActionFieldColumn = memo(function ActionFieldColumn({ id }: { id: number }) {
  const field = useStore((state) => state.board.actionFields[id]);
  const projectIds = useStore((state) => state.board.index.projectsByField[id] ?? noProjects);
  const headingId = useId();
  if (!field) return null;
  return (
    <section
      className="column"
      data-drop="column"
      tabIndex={-1}
      aria-labelledby={headingId}
      data-action-field-id={id}
      style={{ ['--field-color' as string]: field.color }}
    >
      <header className="column-header">
        <h2 id={headingId}>{field.name}</h2>
        <span className="column-count" aria-label={`${projectIds.length} Projekte`}>
          {projectIds.length}
        </span>
      </header>
      <div className="column-projects">
        {projectIds.map((projectId) => (
          <ProjectCluster key={projectId} id={projectId} />
        ))}
        <p className="drop-hint" aria-hidden="true">
          Idee hierher ziehen: neues Projekt
        </p>
      </div>
    </section>
  );
});
