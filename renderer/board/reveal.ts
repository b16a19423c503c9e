// A card deep in a long list may not be drawn yet (renderLimit.ts). Before the board scrolls to a
// card or puts the focus on it, it asks for the card to be drawn, at once.
import { flushSync } from 'react-dom';
import { useStore } from '../store';

export function revealIdea(id: number): void {
  if (useStore.getState().boardUi.revealIdeaId === id) return;
  flushSync(() => useStore.getState().setBoardUi({ revealIdeaId: id }));
}
