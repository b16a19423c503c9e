// One Handlungsfeld: a column of projects, and a drop target that makes a new project of an idea.
import { memo, useId, useRef } from 'react';
import { useStore } from '../store';
import { useSameItems } from '../store/sameItems';
import { projectKey } from './boardIndex';
import { NearView, useNearView } from './nearView';
import { ProjectCluster } from './ProjectCluster';

const noProjects: number[] = [];

/**
 * Cards a column draws at once, shared out from its top project down; every project draws at
 * least its first few, and the rest follow as they near the view (renderLimit.ts). A column
 * beside the view draws none until it nears (nearView.ts). Columns of a workshop's usual size
 * draw everything at once.
 */
const columnBudget = 24;
const leastPerProject = 2;

function initialParts(counts: number[]): number[] {
  let left = columnBudget;
  return counts.map((count) => {
    const part = Math.max(leastPerProject, Math.min(count, left));
    left = Math.max(0, left - part);
    return part;
  });
}

export const ActionFieldColumn = memo(function ActionFieldColumn({ id }: { id: number }) {
  const field = useStore((state) => state.board.actionFields[id]);
  const projectIds = useStore((state) => state.board.index.projectsByField[id] ?? noProjects);
  const counts = useStore(
    useSameItems((state) =>
      projectIds.map(
        (projectId) => state.board.index.ideasByContainer[projectKey(projectId)]?.length ?? 0,
      ),
    ),
  );
  const initial = initialParts(counts);
  const headingId = useId();
  const ref = useRef<HTMLElement>(null);
  const near = useNearView(ref, counts.reduce((sum, count) => sum + count, 0) > columnBudget);
  if (!field) return null;
  return (
    <section
      ref={ref}
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
        <NearView.Provider value={near}>
          {projectIds.map((projectId, index) => (
            <ProjectCluster key={projectId} id={projectId} initialCards={initial[index]} />
          ))}
        </NearView.Provider>
        <p className="drop-hint" aria-hidden="true">
          Idee hierher ziehen: neues Projekt
        </p>
      </div>
    </section>
  );
});
