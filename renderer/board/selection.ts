// Several cards picked at once: Ctrl-click (⌘ on a Mac) adds or removes a card, Shift-click adds
// the cards between the last picked one and this one in the same list; a plain click elsewhere
// or Escape ends the selection. Dragging one picked card moves them all (boardDrag.ts).
import type { MouseEvent } from 'react';
import { useStore } from '../store';

let anchor: number | undefined;

export function onBoardClick(event: MouseEvent) {
  const target = event.target as Element;
  const shell = target.closest<HTMLElement>('.drag-shell[data-id]');
  const { boardUi, setBoardUi } = useStore.getState();
  const selected = boardUi.selectedIdeaIds;
  if (!shell || target.closest('button:not(.grip), textarea, input')) {
    if (!shell && selected.length > 0) setBoardUi({ selectedIdeaIds: [] });
    return;
  }
  const id = Number(shell.dataset.id);
  if (event.ctrlKey || event.metaKey) {
    anchor = id;
    setBoardUi({
      selectedIdeaIds: selected.includes(id)
        ? selected.filter((other) => other !== id)
        : [...selected, id],
    });
  } else if (event.shiftKey) {
    const range = rangeBetween(anchor ?? id, id, shell);
    setBoardUi({ selectedIdeaIds: [...new Set([...selected, ...range])] });
  } else if (selected.length > 0) {
    setBoardUi({ selectedIdeaIds: [] });
  } else {
    return;
  }
  event.preventDefault();
}

/** The ids from `from` to `to` in the list that holds `shell`; just `to` when `from` is elsewhere. */
function rangeBetween(from: number, to: number, shell: HTMLElement): number[] {
  const list = shell.parentElement;
  const ids = [...(list?.querySelectorAll<HTMLElement>(':scope > .drag-shell[data-id]') ?? [])].map(
    (element) => Number(element.dataset.id),
  );
  const start = ids.indexOf(from);
  const end = ids.indexOf(to);
  if (start < 0 || end < 0) return [to];
  return ids.slice(Math.min(start, end), Math.max(start, end) + 1);
}
