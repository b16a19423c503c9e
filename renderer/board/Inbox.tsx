// The Ideenspeicher: ideas not yet in a project, newest first, filterable by phase and session;
// above them the cards still being saved.
import { memo } from 'react';
import { phaseLabels, phases } from '../../shared/domain';
import type { Phase } from '../../shared/domain';
import { InboxApart } from '../participation/InboxApart';
import { useStore } from '../store';
import { useSameItems } from '../store/sameItems';
import { inboxKey } from './boardIndex';
import { IdeaList } from './IdeaList';
import { inboxListId } from './landmarks';
import { PendingIdeas } from './PendingIdeas';

const noIdeas: number[] = [];

/** The newest cards drawn at once; older ones follow as the list is scrolled (renderLimit.ts). */
const inboxInitialCards = 60;

/** The Ideenspeicher's order is the order of capture; the newest is shown where one looks, on top. */
const reversed = new WeakMap<number[], number[]>();
function ideaIdsNewestFirst(ids: number[]): number[] {
  let newestFirst = reversed.get(ids);
  if (!newestFirst) reversed.set(ids, (newestFirst = [...ids].reverse()));
  return newestFirst;
}

export const Inbox = memo(function Inbox() {
  const ideaIds = useStore((state) => state.board.index.ideasByContainer[inboxKey] ?? noIdeas);
  const workshops = useStore((state) => state.board.workshops);
  const phaseFilter = useStore((state) => state.boardUi.phaseFilter);
  const workshopFilter = useStore((state) => state.boardUi.workshopFilter);
  const setBoardUi = useStore((state) => state.setBoardUi);

  // Compared item by item: a change to any card elsewhere does not render the whole list again.
  const shown = useStore(
    useSameItems((state) =>
      // Unfiltered, the list is the index's own (kept while the inbox stays as it is).
      phaseFilter === 'all' && workshopFilter === 'all'
        ? ideaIdsNewestFirst(ideaIds)
        : ideaIdsNewestFirst(ideaIds).filter((id) => {
            const idea = state.board.ideas[id];
            return (
              idea &&
              (phaseFilter === 'all' || idea.phase === phaseFilter) &&
              (workshopFilter === 'all' || idea.workshopId === workshopFilter)
            );
          }),
    ),
  );

  return (
    <section className="inbox" data-drop="inbox" aria-labelledby="inbox-heading">
      <header className="inbox-header">
        <h2 id="inbox-heading">Ideenspeicher</h2>
        <span className="muted">
          {shown.length === ideaIds.length
            ? `${ideaIds.length} Ideen`
            : `${shown.length} von ${ideaIds.length} Ideen`}
        </span>
      </header>
      <div className="inbox-filters">
        <label>
          <span className="visually-hidden">Phase</span>
          <select
            value={phaseFilter}
            onChange={(event) => setBoardUi({ phaseFilter: event.target.value as Phase | 'all' })}
          >
            <option value="all">alle Phasen</option>
            {phases.map((phase) => (
              <option key={phase} value={phase}>
                {phaseLabels[phase]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="visually-hidden">Zukunftswerkstatt</span>
          <select
            value={workshopFilter}
            onChange={(event) =>
              setBoardUi({
                workshopFilter: event.target.value === 'all' ? 'all' : Number(event.target.value),
              })
            }
          >
            <option value="all">alle Zukunftswerkstätten</option>
            {Object.values(workshops).map((workshop) => (
              <option key={workshop.id} value={workshop.id}>
                {workshop.title}
              </option>
            ))}
          </select>
        </label>
      </div>
      <InboxApart />
      <div className="inbox-ideas" id={inboxListId} tabIndex={-1}>
        <PendingIdeas />
        <IdeaList ids={shown} initial={inboxInitialCards} />
        {ideaIds.length === 0 && <p className="muted">Neue Ideen erscheinen hier.</p>}
      </div>
    </section>
  );
});
