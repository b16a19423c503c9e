// Handlers of the steps:* and checklist:* methods: each change one undoable action answered with
// all five steps.
import type { StepChanges } from '../../../shared/contract/steps';
import { stepLabels } from '../../../shared/domain';
import type { StepKey } from '../../../shared/domain';
import type { Handler } from '../dispatch';
import {
  addChecklistItem,
  deleteChecklistItem,
  moveChecklistItem,
  readSteps,
  updateChecklistItem,
  updateStep,
} from '../repositories/steps';
import type { Writer } from '../store/changes';
import type { WorkspaceService } from '../workspace/service';

type StepHandlers = {
  [
    M in
      | 'steps:load'
      | 'steps:update'
      | 'checklist:add'
      | 'checklist:update'
      | 'checklist:move'
      | 'checklist:delete'
  ]: Handler<M>;
};

const fieldLabels: Record<keyof StepChanges, string> = {
  status: 'Status',
  startDate: 'geplanter Beginn',
  endDate: 'geplantes Ende',
  doneDate: 'abgeschlossen am',
  notes: 'Ergebnisse',
};

/** "Kick-Off: Status ändern" when one field changes, else "Kick-Off ändern". */
function updateLabel(step: StepKey, changes: StepChanges): string {
  const fields = Object.keys(changes) as (keyof StepChanges)[];
  return fields.length === 1 && fields[0]
    ? `${stepLabels[step]}: ${fieldLabels[fields[0]]} ändern`
    : `${stepLabels[step]} ändern`;
}

export function stepHandlers(workspaces: WorkspaceService): StepHandlers {
  const change = (label: string, action: (writer: Writer) => void) => {
    const session = workspaces.current();
    session.act(label, action);
    return readSteps(session.db);
  };
  return {
    'steps:load': () => readSteps(workspaces.current().db),
    'steps:update': ({ step, changes }) =>
      change(updateLabel(step, changes), (writer) => updateStep(writer, step, changes)),
    'checklist:add': ({ step, text }) =>
      change(`Checkliste ${stepLabels[step]}: Punkt hinzufügen`, (writer) =>
        addChecklistItem(writer, step, text),
      ),
    'checklist:update': ({ id, ...changes }) =>
      change(
        changes.done === undefined
          ? 'Checklistenpunkt ändern'
          : changes.done
            ? 'Checklistenpunkt abhaken'
            : 'Haken entfernen',
        (writer) => updateChecklistItem(writer, id, changes),
      ),
    'checklist:move': ({ id, beforeId }) =>
      change('Checklistenpunkt verschieben', (writer) => moveChecklistItem(writer, id, beforeId)),
    'checklist:delete': ({ id }) =>
      change('Checklistenpunkt löschen', (writer) => deleteChecklistItem(writer, id)),
  };
}
