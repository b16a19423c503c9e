// A drop becomes one backend call: shown at once (optimistic), confirmed or rolled back, then
// told to the screen reader as it really ended, with the focus on what moved.
import { api } from '../api/client';
import { afterNextPaint } from '../perf';
import { useStore } from '../store';
import type { MutationOutcome } from '../store/boardSlice';
import { describeDropData, describePayload } from './dnd';
import { dropDataOf } from './dragSource';
import { revealIdea } from './reveal';
import type { DragPayload } from './dragSource';
import {
  ideaTargetFor,
  isNoOp,
  optimisticIdeasMove,
  optimisticProjectMove,
  projectTargetFor,
} from './dropTargets';

/** Commits a drop of `payload` on `target` at height `y`; answers what a screen reader hears. */
export async function dropPayload(
  payload: DragPayload,
  target: Element,
  y: number,
): Promise<string> {
  const data = dropDataOf(target);
  const { board, mutate, setBoardUi } = useStore.getState();
  const subject = describePayload(payload);
  const dropped = performance.now();
  // Drop → committed → repainted, as the benchmark reads it: once the backend has answered and
  // the optimistic move is on screen, or, if the answer changed it, the frame after the answer.
  const optimisticDrawn = new Promise<void>((resolve) => afterNextPaint(resolve));
  const measure = (outcome: MutationOutcome | undefined) => {
    const done = () => performance.measure('kw:drop', { start: dropped });
    if (outcome?.redrawn) afterNextPaint(done);
    else void optimisticDrawn.then(done);
  };
  if (payload.type === 'idea') {
    const several = payload.ids.length > 1;
    const to = ideaTargetFor(payload.ids, data, y);
    if (payload.ids.length === 1 && isNoOp(board, board.index, payload.id, to))
      return `${subject} bleibt, wo sie war.`;
    const call =
      payload.ids.length === 1
        ? api.call('ideas:move', { id: payload.id, to })
        : api.call('ideas:moveMany', { ids: payload.ids, to });
    const outcome = await mutate(call, optimisticIdeasMove(board.index, payload.ids, to));
    measure(outcome);
    if (!outcome) return `${subject} ${several ? 'konnten' : 'konnte'} nicht verschoben werden.`;
    // Cleared only when something was selected: a new empty list would redraw every card list.
    if (useStore.getState().boardUi.selectedIdeaIds.length > 0) setBoardUi({ selectedIdeaIds: [] });
    const created = outcome.patch.projects.find((project) => !(project.id in board.projects));
    if (to.kind === 'newProject' && created) {
      // A new project is titled from its idea; the facilitator can retitle it right away.
      setBoardUi({ editingProjectId: created.id });
      const field = board.actionFields[to.actionFieldId]?.name ?? '';
      return `${subject} ${several ? 'bilden' : 'bildet'} jetzt ein neues Projekt im Handlungsfeld „${field}“. Der Titel kann jetzt geändert werden.`;
    }
    focusMoved(payload);
    return `${subject} ${several ? 'liegen' : 'liegt'} jetzt in ${describeDropData(data)}.`;
  }
  const to = projectTargetFor(payload.id, data, y, board);
  if (!to) return `${subject} bleibt, wo es war.`;
  const outcome = await mutate(
    api.call('projects:move', { id: payload.id, ...to }),
    optimisticProjectMove(board.index, payload.id, to),
  );
  measure(outcome);
  if (!outcome) return `${subject} konnte nicht verschoben werden.`;
  focusMoved(payload);
  const field = useStore.getState().board.actionFields[to.actionFieldId]?.name ?? '';
  return `${subject} liegt jetzt im Handlungsfeld „${field}“.`;
}

/** After the board has drawn the move, the keyboard stays on what moved (not on the page). */
function focusMoved(payload: DragPayload) {
  requestAnimationFrame(() => {
    // Dropped at the end of a long list, the card may lie beyond what the list has drawn.
    if (payload.type === 'idea') revealIdea(payload.id);
    const selector =
      payload.type === 'idea'
        ? `.drag-shell[data-id="${payload.id}"] .grip`
        : `.project[data-project-id="${payload.id}"] .project-header .grip`;
    const grip = document.querySelector<HTMLElement>(selector);
    if (!grip) return;
    grip.focus({ preventScroll: true });
    grip.closest('.drag-shell, .project')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  });
}
