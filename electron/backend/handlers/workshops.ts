// Handlers of the workshops:* methods: each is one undoable user action answered with its patch.
import type { Handler } from '../dispatch';
import {
  addGroup,
  createWorkshop,
  deleteWorkshop,
  removeGroup,
  renameGroup,
  updateWorkshop,
} from '../repositories/workshops';
import type { WorkspaceService } from '../workspace/service';

type WorkshopHandlers = {
  [
    M in
      | 'workshops:create'
      | 'workshops:update'
      | 'workshops:delete'
      | 'workshops:addGroup'
      | 'workshops:renameGroup'
      | 'workshops:removeGroup'
  ]: Handler<M>;
};

export function workshopHandlers(workspaces: WorkspaceService): WorkshopHandlers {
  const session = () => workspaces.current();
  return {
    'workshops:create': (input) =>
      session().mutate('Zukunftswerkstatt anlegen', (writer) => createWorkshop(writer, input)),
    'workshops:update': ({ id, ...changes }) =>
      session().mutate('Zukunftswerkstatt ändern', (writer) => updateWorkshop(writer, id, changes)),
    'workshops:delete': ({ id }) =>
      session().mutate('Zukunftswerkstatt löschen', (writer) => deleteWorkshop(writer, id)),
    'workshops:addGroup': ({ workshopId, name }) =>
      session().mutate('Gruppe hinzufügen', (writer) => addGroup(writer, workshopId, name)),
    'workshops:renameGroup': ({ id, name }) =>
      session().mutate('Gruppe umbenennen', (writer) => renameGroup(writer, id, name)),
    'workshops:removeGroup': ({ id }) =>
      session().mutate('Gruppe entfernen', (writer) => removeGroup(writer, id)),
  };
}
