// Handlers of the workshops:* methods: each is one undoable user action answered with its patch.
import type { Handler } from '../dispatch';
import { createWorkshop, updateWorkshop } from '../repositories/workshops';
import type { WorkspaceService } from '../workspace/service';

type WorkshopHandlers = { [M in 'workshops:create' | 'workshops:update']: Handler<M> };

export function workshopHandlers(workspaces: WorkspaceService): WorkshopHandlers {
  const session = () => workspaces.current();
  return {
    'workshops:create': (input) =>
      session().mutate('Zukunftswerkstatt anlegen', (writer) => createWorkshop(writer, input)),
    'workshops:update': ({ id, ...changes }) =>
      session().mutate('Zukunftswerkstatt ändern', (writer) => updateWorkshop(writer, id, changes)),
  };
}
