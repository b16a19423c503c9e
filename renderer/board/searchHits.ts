// The board's search hits in the order the eye reads the board: the Ideenspeicher as filtered,
// then column by column each project's title and its cards. Counted, highlighted and stepped
// through from the same list, so "6 Treffer" are six things one can see.
import { foldText, minQueryLength } from '../../shared/search';
import type { Store } from '../store';
import { inboxKey, projectKey } from './boardIndex';

/** `i<id>` for a card, `p<id>` for a project title. */
export type HitKey = `i${number}` | `p${number}`;

export function searchHits(state: Store): HitKey[] {
  const needle = foldText(state.boardUi.search.trim());
  if (needle.length < minQueryLength) return [];
  const { board, boardUi } = state;
  const matches = (text: string) => foldText(text).includes(needle);
  const hits: HitKey[] = [];
  if (!boardUi.presentation && boardUi.zoom !== 'all') {
    for (const id of [...(board.index.ideasByContainer[inboxKey] ?? [])].reverse()) {
      const idea = board.ideas[id];
      if (!idea || !matches(idea.text)) continue;
      if (boardUi.phaseFilter !== 'all' && idea.phase !== boardUi.phaseFilter) continue;
      if (boardUi.workshopFilter !== 'all' && idea.workshopId !== boardUi.workshopFilter) continue;
      hits.push(`i${id}`);
    }
  }
  for (const fieldId of board.index.fieldOrder) {
    if (board.actionFields[fieldId]?.hidden) continue;
    for (const projectId of board.index.projectsByField[fieldId] ?? []) {
      if (matches(board.projects[projectId]?.title ?? '')) hits.push(`p${projectId}`);
      for (const id of board.index.ideasByContainer[projectKey(projectId)] ?? []) {
        if (matches(board.ideas[id]?.text ?? '')) hits.push(`i${id}`);
      }
    }
  }
  return hits;
}

/** The element of a hit on screen. */
export function hitElement(key: HitKey): HTMLElement | null {
  const id = key.slice(1);
  return key.startsWith('i')
    ? document.querySelector<HTMLElement>(`.drag-shell[data-id="${id}"]`)
    : document.querySelector<HTMLElement>(`.project[data-project-id="${id}"] .project-header`);
}
