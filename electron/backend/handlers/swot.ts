// Handlers of the SWOT and the Bestandsaufnahme: each change one undoable user action, answered
// with the whole profile.
import type { Handler } from '../dispatch';
import { profileChange } from './profile';
import {
  createMeasure,
  deleteMeasure,
  moveMeasure,
  updateMeasure,
} from '../repositories/inventory';
import {
  createSwotEntry,
  deleteSwotEntry,
  moveSwotEntry,
  updateSwotEntry,
} from '../repositories/swot';
import type { WorkspaceService } from '../workspace/service';

type SwotHandlers = {
  [
    M in
      | 'swot:create'
      | 'swot:update'
      | 'swot:move'
      | 'swot:delete'
      | 'inventory:create'
      | 'inventory:update'
      | 'inventory:move'
      | 'inventory:delete'
  ]: Handler<M>;
};

export function swotHandlers(workspaces: WorkspaceService): SwotHandlers {
  const change = profileChange(workspaces);
  return {
    'swot:create': ({ kind, ...fields }) =>
      change('SWOT-Eintrag anlegen', (writer) => createSwotEntry(writer, kind, fields)),
    'swot:update': ({ id, changes }) =>
      change('SWOT-Eintrag ändern', (writer) => updateSwotEntry(writer, id, changes)),
    'swot:move': ({ id, kind, beforeId }) =>
      change('SWOT-Eintrag verschieben', (writer) => moveSwotEntry(writer, id, kind, beforeId)),
    'swot:delete': ({ id }) =>
      change('SWOT-Eintrag löschen', (writer) => deleteSwotEntry(writer, id)),
    'inventory:create': (fields) =>
      change('Bestandsaufnahme: Maßnahme anlegen', (writer) => createMeasure(writer, fields)),
    'inventory:update': ({ id, changes }) =>
      change('Bestandsaufnahme: Maßnahme ändern', (writer) => updateMeasure(writer, id, changes)),
    'inventory:move': ({ id, beforeId }) =>
      change('Bestandsaufnahme: Maßnahme verschieben', (writer) =>
        moveMeasure(writer, id, beforeId),
      ),
    'inventory:delete': ({ id }) =>
      change('Bestandsaufnahme: Maßnahme löschen', (writer) => deleteMeasure(writer, id)),
  };
}
