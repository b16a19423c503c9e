// Handlers of the catalogue editors: Zielgruppen, Leitziele, and merging or removing
// Handlungsfelder. Each is one undoable user action answered with all catalogues.
import type { Handler } from '../dispatch';
import { deleteActionField, mergeActionFields } from '../repositories/actionFieldRemoval';
import {
  createEntry,
  moveEntry,
  readCatalogs,
  removeEntry,
  renameEntry,
  strategicGoalCatalog,
  targetGroupCatalog,
} from '../repositories/catalogs';
import type { Writer } from '../store/changes';
import type { WorkspaceService } from '../workspace/service';

type CatalogHandlers = {
  [
    M in
      | 'catalogs:list'
      | 'targetGroups:create'
      | 'targetGroups:rename'
      | 'targetGroups:move'
      | 'targetGroups:merge'
      | 'targetGroups:delete'
      | 'strategicGoals:create'
      | 'strategicGoals:update'
      | 'strategicGoals:move'
      | 'strategicGoals:merge'
      | 'strategicGoals:delete'
      | 'actionFields:merge'
      | 'actionFields:delete'
  ]: Handler<M>;
};

export function catalogHandlers(workspaces: WorkspaceService): CatalogHandlers {
  const session = () => workspaces.current();
  const change = (label: string, action: (writer: Writer) => unknown) => {
    const current = session();
    current.act(label, action);
    return readCatalogs(current.db);
  };
  const groups = targetGroupCatalog;
  const goals = strategicGoalCatalog;
  return {
    'catalogs:list': () => readCatalogs(session().db),
    'targetGroups:create': ({ name }) =>
      change('Zielgruppe anlegen', (writer) => createEntry(writer, groups, name)),
    'targetGroups:rename': ({ id, name }) =>
      change('Zielgruppe umbenennen', (writer) => renameEntry(writer, groups, id, name)),
    'targetGroups:move': ({ id, beforeId }) =>
      change('Zielgruppe verschieben', (writer) => moveEntry(writer, groups, id, beforeId)),
    'targetGroups:merge': ({ sourceId, targetId }) =>
      change('Zielgruppen zusammenführen', (writer) =>
        removeEntry(writer, groups, sourceId, targetId),
      ),
    'targetGroups:delete': ({ id, replaceWithId }) =>
      change('Zielgruppe löschen', (writer) => removeEntry(writer, groups, id, replaceWithId)),
    'strategicGoals:create': ({ text }) =>
      change('Leitziel anlegen', (writer) => createEntry(writer, goals, text)),
    'strategicGoals:update': ({ id, text }) =>
      change('Leitziel ändern', (writer) => renameEntry(writer, goals, id, text)),
    'strategicGoals:move': ({ id, beforeId }) =>
      change('Leitziel verschieben', (writer) => moveEntry(writer, goals, id, beforeId)),
    'strategicGoals:merge': ({ sourceId, targetId }) =>
      change('Leitziele zusammenführen', (writer) =>
        removeEntry(writer, goals, sourceId, targetId),
      ),
    'strategicGoals:delete': ({ id, replaceWithId }) =>
      change('Leitziel löschen', (writer) => removeEntry(writer, goals, id, replaceWithId)),
    'actionFields:merge': ({ sourceId, targetId }) =>
      change('Handlungsfelder zusammenführen', (writer) =>
        mergeActionFields(writer, sourceId, targetId),
      ),
    'actionFields:delete': ({ id, moveProjectsTo }) =>
      change('Handlungsfeld löschen', (writer) => deleteActionField(writer, id, moveProjectsTo)),
  };
}
