// The cards of one container (a project or the Ideenspeicher). The list subscribes to the store
// once and hands each card its idea and state: with 10,000 cards on the board, a store update then
// runs a few selectors per list instead of several per card, and only the cards whose props
// changed render again.
import { useShallow } from 'zustand/react/shallow';
import { matchesQuery } from '../../shared/search';
import { useStore } from '../store';
import { DraggableIdea } from './IdeaCard';

export function IdeaList({ ids }: { ids: number[] }) {
  const ideas = useStore(useShallow((state) => ids.map((id) => state.board.ideas[id])));
  const editingId = useStore((state) => state.boardUi.editingIdeaId);
  const selectedIds = useStore((state) => state.boardUi.selectedIdeaIds);
  const search = useStore((state) => state.boardUi.search);
  return ideas.map(
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
  );
}
