// A step's checklist: its default items (or the user's own) ticked off, reworded, reordered.
import { stepLabels } from '../../shared/domain';
import type { StepDetail } from '../../shared/process';
import { api } from '../api/client';
import { useStore } from '../store';
import { EditableList } from './EditableList';
import { saveWith } from './saving';

export function StepChecklist({ detail }: { detail: StepDetail }) {
  const setSteps = useStore((state) => state.setSteps);
  const done = detail.checklist.filter((item) => item.done).length;
  const save = (call: ReturnType<typeof api.call<'steps:load'>>) => saveWith(call, setSteps);
  return (
    <div className="panel step-checklist">
      <div className="section-heading">
        <h2>Checkliste</h2>
        <span className="muted" aria-live="polite">
          {done} von {detail.checklist.length} erledigt
        </span>
      </div>
      <EditableList
        label={`Checkliste ${stepLabels[detail.key]}`}
        noun="Punkt"
        items={detail.checklist}
        addLabel="Neuer Punkt"
        maxLength={300}
        ops={{
          add: (text) => save(api.call('checklist:add', { step: detail.key, text })),
          rename: (id, text) => save(api.call('checklist:update', { id, text })),
          toggle: (id, checked) => save(api.call('checklist:update', { id, done: checked })),
          move: (id, beforeId) => save(api.call('checklist:move', { id, beforeId })),
          remove: (id) => save(api.call('checklist:delete', { id })),
        }}
      />
    </div>
  );
}
