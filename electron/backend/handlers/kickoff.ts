// Handlers of the kickoff:*, agreements:* and actors:* methods: each change one undoable action
// answered with everything the Kick-Off screen shows.
import type { Handler } from '../dispatch';
import {
  addAgreement,
  createActor,
  deleteActor,
  deleteAgreement,
  moveActor,
  moveAgreement,
  readKickoffData,
  updateActor,
  updateAgreement,
  updateKickoff,
} from '../repositories/kickoff';
import type { Writer } from '../store/changes';
import type { WorkspaceService } from '../workspace/service';

type KickoffHandlers = {
  [
    M in
      | 'kickoff:load'
      | 'kickoff:update'
      | 'agreements:add'
      | 'agreements:update'
      | 'agreements:move'
      | 'agreements:delete'
      | 'actors:create'
      | 'actors:update'
      | 'actors:move'
      | 'actors:delete'
  ]: Handler<M>;
};

export function kickoffHandlers(workspaces: WorkspaceService): KickoffHandlers {
  const change = (label: string, action: (writer: Writer) => void) => {
    const session = workspaces.current();
    session.act(label, action);
    return readKickoffData(session.db);
  };
  return {
    'kickoff:load': () => readKickoffData(workspaces.current().db),
    'kickoff:update': ({ changes }) =>
      change('Kick-Off ändern', (writer) => updateKickoff(writer, changes)),
    'agreements:add': ({ text }) =>
      change('Vereinbarung hinzufügen', (writer) => addAgreement(writer, text)),
    'agreements:update': ({ id, text }) =>
      change('Vereinbarung ändern', (writer) => updateAgreement(writer, id, text)),
    'agreements:move': ({ id, beforeId }) =>
      change('Vereinbarung verschieben', (writer) => moveAgreement(writer, id, beforeId)),
    'agreements:delete': ({ id }) =>
      change('Vereinbarung löschen', (writer) => deleteAgreement(writer, id)),
    'actors:create': (fields) =>
      change(`Akteur „${fields.name}“ hinzufügen`, (writer) => createActor(writer, fields)),
    'actors:update': ({ id, changes }) =>
      change('Akteur ändern', (writer) => updateActor(writer, id, changes)),
    'actors:move': ({ id, beforeId }) =>
      change('Akteur verschieben', (writer) => moveActor(writer, id, beforeId)),
    'actors:delete': ({ id }) => change('Akteur entfernen', (writer) => deleteActor(writer, id)),
  };
}
