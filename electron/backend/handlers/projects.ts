// Handlers of the projects:* methods: each is one undoable user action answered with its patch.
import type { Handler } from '../dispatch';
import { dissolveProject, mergeProjects } from '../repositories/projectRemoval';
import { moveProject, renameProject, setProjectDots } from '../repositories/projects';
import type { WorkspaceService } from '../workspace/service';

type ProjectHandlers = {
  [
    M in
      | 'projects:rename'
      | 'projects:move'
      | 'projects:merge'
      | 'projects:dissolve'
      | 'projects:setDots'
  ]: Handler<M>;
};

export function projectHandlers(workspaces: WorkspaceService): ProjectHandlers {
  const session = () => workspaces.current();
  return {
    'projects:rename': ({ id, title }) =>
      session().mutate('Projekt umbenennen', (writer) => renameProject(writer, id, title)),
    'projects:move': ({ id, actionFieldId, beforeProjectId }) =>
      session().mutate('Projekt verschieben', (writer) =>
        moveProject(writer, id, actionFieldId, beforeProjectId),
      ),
    'projects:merge': ({ sourceId, targetId }) =>
      session().mutate('Projekte zusammenführen', (writer) =>
        mergeProjects(writer, sourceId, targetId),
      ),
    'projects:dissolve': ({ id }) =>
      session().mutate('Projekt auflösen', (writer) => dissolveProject(writer, id)),
    'projects:setDots': ({ id, dots }) =>
      session().mutate('Punkte ändern', (writer) => setProjectDots(writer, id, dots)),
  };
}
