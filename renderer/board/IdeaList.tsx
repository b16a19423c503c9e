// The cards of one container (a project or the Ideenspeicher). The list subscribes to the store
// once and hands each card its idea and state: with 10,000 cards on the board, a store update then
// runs a few selectors per list instead of several per card, and only the cards whose props
// changed render again. A long list draws its cards in parts as they near the view
// (renderLimit.ts).
import { useContext } from 'react';
import { matchesQuery } from '../../shared/search';
import { useStore } from '../store';
import { useSameItems } from '../store/sameItems';
import { DraggableIdea } from './IdeaCard';
import { NearView } from './nearView';
import { useRenderLimit } from './renderLimit';

export function IdeaList({ ids, initial = Infinity }: { ids: number[]; initial?: number }) {
  const editingId = useStore((state) => state.boardUi.editingIdeaId);
  const revealId = useStore((state) => state.boardUi.revealIdeaId);
  const pinned = Math.max(
    editingId === undefined ? -1 : ids.indexOf(editingId),
    revealId === undefined ? -1 : ids.indexOf(revealId),
  );
  const near = useContext(NearView);
  const { shown, restRef } = useRenderLimit(ids, near ? initial : 0, pinned, near);
  const drawn = shown < ids.length ? ids.slice(0, shown) : ids;
  const ideas = useStore(useSameItems((state) => drawn.map((id) => state.board.ideas[id])));
  const selectedIds = useStore((state) => state.boardUi.selectedIdeaIds);
  const search = useStore((state) => state.boardUi.search);
  const rest = ids.length - drawn.length;
  return (
    <>
      {ideas.map(
        (idea) =>
          idea && (
            <DraggableIdea
              key={idea.id}
              idea={idea}
              // Only matching cards see the query, so typing in the search renders just those.
              query={matchesQuery(idea.text, search) ? search : ''}
              editing={editingId === idea.id}
              selected={selectedIds.includes(idea.id)}
            />
          ),
      )}
      {rest > 0 && (
        <div
          // A new element after each part, so the observer reports it afresh even if it stays in view.
          key={shown}
          ref={restRef}
          className="idea-list-rest"
          // A drop on the rest lands before its first card, right after the cards drawn.
          data-idea-id={ids[shown]}
          style={{ ['--rest' as string]: rest }}
          aria-hidden="true"
        />
      )}
    </>
  );
}
