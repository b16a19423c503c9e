// Handlers of the Kommunalprofil's indicators and charts: each change one undoable user action,
// answered with the whole profile.
import { chartFor } from '../../../shared/profile/chartSuggestions';
import type { Handler } from '../dispatch';
import {
  createIndicator,
  deleteIndicator,
  moveIndicator,
  updateIndicator,
} from '../repositories/indicators';
import { readIndicators, readProfile } from '../repositories/profile';
import {
  createChart,
  deleteChart,
  isCharted,
  moveChart,
  removeFromCharts,
  updateChart,
} from '../repositories/profileCharts';
import { requireRow } from '../repositories/references';
import type { Writer } from '../store/changes';
import type { WorkspaceService } from '../workspace/service';

type ProfileHandlers = {
  [
    M in
      | 'profile:load'
      | 'indicators:create'
      | 'indicators:update'
      | 'indicators:delete'
      | 'indicators:move'
      | 'indicators:setChart'
      | 'profileCharts:create'
      | 'profileCharts:update'
      | 'profileCharts:delete'
      | 'profileCharts:move'
  ]: Handler<M>;
};

/** Gives an indicator the chart it suggests, unless it is in one already. */
function chartIndicator(writer: Writer, id: number): void {
  requireRow(writer.db, 'indicators', id);
  if (isCharted(writer, id)) return;
  const indicators = readIndicators(writer.db);
  const indicator = indicators.find((candidate) => candidate.id === id);
  if (indicator) createChart(writer, chartFor(indicator, indicators));
}

/** Runs a change as one user action and answers with the profile after it. */
export const profileChange =
  (workspaces: WorkspaceService) => (label: string, action: (writer: Writer) => unknown) => {
    const session = workspaces.current();
    session.act(label, action);
    return readProfile(session.db);
  };

export function profileHandlers(workspaces: WorkspaceService): ProfileHandlers {
  const change = profileChange(workspaces);
  return {
    'profile:load': () => readProfile(workspaces.current().db),
    'indicators:create': ({ values, ...fields }) =>
      change('Kennzahl anlegen', (writer) => createIndicator(writer, fields, values)),
    'indicators:update': ({ id, changes }) =>
      change('Kennzahl ändern', (writer) => updateIndicator(writer, id, changes)),
    'indicators:delete': ({ id }) =>
      change('Kennzahl löschen', (writer) => deleteIndicator(writer, id)),
    'indicators:move': ({ id, beforeId }) =>
      change('Kennzahl verschieben', (writer) => moveIndicator(writer, id, beforeId)),
    'indicators:setChart': ({ id, chart }) =>
      chart
        ? change('Diagramm hinzufügen', (writer) => chartIndicator(writer, id))
        : change('Diagramm entfernen', (writer) => {
            requireRow(writer.db, 'indicators', id);
            removeFromCharts(writer, id);
          }),
    'profileCharts:create': (fields) =>
      change('Diagramm anlegen', (writer) => createChart(writer, fields)),
    'profileCharts:update': ({ id, changes }) =>
      change('Diagramm ändern', (writer) => updateChart(writer, id, changes)),
    'profileCharts:delete': ({ id }) =>
      change('Diagramm löschen', (writer) => deleteChart(writer, id)),
    'profileCharts:move': ({ id, beforeId }) =>
      change('Diagramm verschieben', (writer) => moveChart(writer, id, beforeId)),
  };
}
