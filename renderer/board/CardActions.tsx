// The buttons of the card under the pointer or the keyboard focus (dots, edit, delete). One set
// for the whole board, placed into that card: thousands of cards carry no buttons of their own.
import { useState } from 'react';
import type { FocusEvent, PointerEvent } from 'react';
import { createPortal } from 'react-dom';
import { api } from '../api/client';
import { useStore } from '../store';
import { focusAfterRender, ideaGrip, projectGrip } from '../focus';
import { DotsInput } from './DotsInput';
import { PhoneCardMenu } from '../participation/PhoneCardMenu';
import { inboxListId } from './landmarks';

interface Target {
  id: number;
  card: Element;
}

/** Event handlers for the board body, and the actions placed in the current card. */
export function useCardActions() {
  const [target, setTarget] = useState<Target>();
  const follow = (event: PointerEvent | FocusEvent) => {
    // While a button is held the pointer is dragging: the actions would only chase it.
    if ('buttons' in event && event.buttons !== 0) return;
    const shell = (event.target as Element).closest<HTMLElement>('.drag-shell');
    const card = shell?.querySelector('.idea-card');
    if (!shell || !card || shell.dataset.id === undefined) return;
    const id = Number(shell.dataset.id);
    if (target?.card !== card) setTarget({ id, card });
  };
  const actions =
    target && target.card.isConnected
      ? createPortal(<IdeaActions id={target.id} />, target.card)
      : null;
  return { onPointerOver: follow, onFocus: follow, actions };
}

/** Deletes a card; the keyboard moves on to the card after it (or before it, or the list). */
async function deleteIdea(id: number) {
  const shells = [...document.querySelectorAll<HTMLElement>('.drag-shell[data-id]')];
  const at = shells.findIndex((shell) => shell.dataset.id === String(id));
  const list = shells[at]?.parentElement;
  const neighbour = [shells[at + 1], shells[at - 1]].find(
    (shell) => shell && shell.parentElement === list,
  );
  const project = shells[at]?.closest<HTMLElement>('.project')?.dataset.projectId;
  const column = shells[at]?.closest<HTMLElement>('.column')?.dataset.actionFieldId;
  const done = await useStore.getState().mutate(api.call('ideas:delete', { id }));
  if (!done) return focusAfterRender(ideaGrip(id));
  focusAfterRender(
    ...(neighbour ? [ideaGrip(Number(neighbour.dataset.id))] : []),
    ...(project ? [projectGrip(Number(project))] : []),
    ...(column ? [`.column[data-action-field-id="${column}"]`] : []),
    `#${inboxListId}`,
  );
}

function IdeaActions({ id }: { id: number }) {
  const dots = useStore((state) => state.board.ideas[id]?.dots ?? 0);
  const device = useStore((state) => state.board.ideas[id]?.device ?? null);
  const editing = useStore((state) => state.boardUi.editingIdeaId === id);
  const mutate = useStore((state) => state.mutate);
  const setBoardUi = useStore((state) => state.setBoardUi);
  if (editing) return null;
  const setDots = (value: number) => void mutate(api.call('ideas:setDots', { id, dots: value }));
  return (
    <span className="card-actions">
      <DotsInput key={id} value={dots} owner="der Idee" onCommit={setDots} />
      <button
        type="button"
        className="icon-button"
        aria-label="Idee bearbeiten"
        onClick={() => setBoardUi({ editingIdeaId: id })}
      >
        ✎
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label="Idee löschen"
        onClick={() => void deleteIdea(id)}
      >
        ✕
      </button>
      {device !== null && <PhoneCardMenu id={id} device={device} />}
    </span>
  );
}
