// A project (cluster) on the board: its title, dots and cards; a drop target for ideas, and
// itself draggable by its grip to another place or Handlungsfeld.
import { memo, useState } from 'react';
import { api } from '../api/client';
import { focusAfterRender, projectGrip } from '../focus';
import { countRender } from '../perf';
import { useStore } from '../store';
import { projectKey } from './boardIndex';
import { dragInstructionsId } from './dragSource';
import { shortText } from './IdeaCard';
import { IdeaList } from './IdeaList';
import { editKeys } from './editKeys';
import { Highlighted } from './Highlighted';
import { ProjectDots } from './ProjectDots';
import { ProjectMenu } from './ProjectMenu';

const noIdeas: number[] = [];

export const ProjectCluster = memo(
  function ProjectCluster({
    id,
    initialCards,
  }: {
    id: number;
    /** How many cards to draw at first (read once, when the project appears). */
    initialCards?: number;
  }) {
    countRender('project');
    const project = useStore((state) => state.board.projects[id]);
    const ideaIds = useStore(
      (state) => state.board.index.ideasByContainer[projectKey(id)] ?? noIdeas,
    );
    const editing = useStore((state) => state.boardUi.editingProjectId === id);
    const search = useStore((state) => state.boardUi.search);
    const ideaDots = useStore((state) => state.board.index.dotsByContainer[projectKey(id)] ?? 0);
    if (!project) return null;

    return (
      <div
        className="project"
        data-drop="project"
        data-project-id={id}
        role="group"
        aria-label={`Projekt ${project.title}`}
      >
        <header className="project-header" data-drag={editing ? undefined : 'project'} data-id={id}>
          <button
            type="button"
            className="grip"
            aria-label={`Projekt „${shortText(project.title)}“ verschieben`}
            aria-roledescription="verschiebbares Projekt"
            aria-describedby={dragInstructionsId}
            disabled={editing}
          >
            ⠿
          </button>
          {editing ? (
            <TitleEditor id={id} title={project.title} />
          ) : (
            <h3
              className="project-title"
              onDoubleClick={() => useStore.getState().setBoardUi({ editingProjectId: id })}
            >
              <Highlighted text={project.title} query={search} />
            </h3>
          )}
          <ProjectDots id={id} own={project.dots} onCards={ideaDots} />
          <ProjectMenu id={id} />
        </header>
        <div className="project-ideas">
          <IdeaList ids={ideaIds} initial={initialCards} />
        </div>
      </div>
    );
    // `initialCards` counts only when the project appears: a change of it draws nothing again.
  },
  (before, after) => before.id === after.id,
);

function TitleEditor({ id, title }: { id: number; title: string }) {
  const [value, setValue] = useState(title);
  const mutate = useStore((state) => state.mutate);
  const setBoardUi = useStore((state) => state.setBoardUi);
  const finish = async (save: boolean) => {
    if (save && value.trim() && value !== title) {
      if (!(await mutate(api.call('projects:rename', { id, title: value })))) return;
    }
    setBoardUi({ editingProjectId: undefined });
    focusAfterRender(projectGrip(id));
  };
  return (
    <input
      className="title-editor"
      aria-label="Projekttitel"
      value={value}
      autoFocus
      onFocus={(event) => event.currentTarget.select()}
      onChange={(event) => setValue(event.target.value)}
      onKeyDown={editKeys(finish)}
      onBlur={() => void finish(true)}
    />
  );
}
