// Handlers of the actionFields:* methods: each is one undoable user action answered with its patch.
import type { Handler } from '../dispatch';
import {
  createActionField,
  moveActionField,
  updateActionField,
} from '../repositories/actionFields';
import type { WorkspaceService } from '../workspace/service';

type ActionFieldHandlers = {
  [M in 'actionFields:create' | 'actionFields:update' | 'actionFields:move']: Handler<M>;
};

export function actionFieldHandlers(workspaces: WorkspaceService): ActionFieldHandlers {
  const session = () => workspaces.current();
  return {
    'actionFields:create': (input) =>
      session().mutate('Handlungsfeld anlegen', (writer) => createActionField(writer, input)),
    'actionFields:update': ({ id, ...changes }) =>
      session().mutate('Handlungsfeld ändern', (writer) => updateActionField(writer, id, changes)),
    'actionFields:move': ({ id, beforeId }) =>
      session().mutate('Handlungsfeld verschieben', (writer) =>
        moveActionField(writer, id, beforeId),
      ),
  };
}
