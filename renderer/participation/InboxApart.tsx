// Beside the Ideenspeicher: phone cards concealed while brainwriting (only counted, revealed
// together) and cards the facilitator took off the board (listed on request, shown again).
import { useState } from 'react';
import { api } from '../api/client';
import { useStore } from '../store';

export function InboxApart() {
  const concealed = useStore((state) => state.board.index.concealedIdeas.length);
  const hidden = useStore((state) => state.board.index.hiddenIdeas);
  const [listed, setListed] = useState(false);
  if (concealed === 0 && hidden.length === 0) return null;
  return (
    <div className="inbox-apart">
      <ConcealedLine />
      {hidden.length > 0 && (
        <button
          type="button"
          className="button ghost"
          aria-expanded={listed}
          onClick={() => setListed(!listed)}
        >
          {hidden.length} ausgeblendete {hidden.length === 1 ? 'Karte' : 'Karten'}
        </button>
      )}
      {listed && hidden.length > 0 && (
        <ul className="hidden-ideas">
          {hidden.map((id) => (
            <HiddenIdea key={id} id={id} />
          ))}
        </ul>
      )}
    </div>
  );
}

/** How many phone cards wait concealed, and the button that shows them all to the room. */
export function ConcealedLine() {
  const concealed = useStore((state) => state.board.index.concealedIdeas.length);
  const mutate = useStore((state) => state.mutate);
  if (concealed === 0) return null;
  return (
    <p className="concealed-line">
      <span>
        {concealed} {concealed === 1 ? 'Handy-Karte' : 'Handy-Karten'} verdeckt
      </span>
      <button
        type="button"
        className="button"
        onClick={() => void mutate(api.call('ideas:reveal', {}))}
      >
        Aufdecken
      </button>
    </p>
  );
}

function HiddenIdea({ id }: { id: number }) {
  const text = useStore((state) => state.board.ideas[id]?.text ?? '');
  const mutate = useStore((state) => state.mutate);
  return (
    <li>
      <span className="hidden-text">{text}</span>
      <button
        type="button"
        className="button"
        onClick={() => void mutate(api.call('ideas:setHidden', { id, hidden: false }))}
      >
        Wieder zeigen
      </button>
    </li>
  );
}
