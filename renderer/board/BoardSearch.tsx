// Search on the board: matches marked, everything else dimmed, Enter or F3 steps to the next hit
// (Shift for the one before) and scrolls it into view.
import { memo, useEffect } from 'react';
import type { KeyboardEvent } from 'react';
import { useStore } from '../store';
import { useSameItems } from '../store/sameItems';
import { hitElement, searchHits } from './searchHits';
import { revealIdea } from './reveal';

export const boardSearchId = 'board-search';

export const BoardSearch = memo(function BoardSearch() {
  const search = useStore((state) => state.boardUi.search);
  const current = useStore((state) => state.boardUi.searchHit);
  const setBoardUi = useStore((state) => state.setBoardUi);
  const hits = useStore(useSameItems(searchHits));
  const active = search.trim().length >= 2;

  useEffect(() => {
    if (!active) return;
    const onF3 = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'F3') return;
      event.preventDefault();
      step(event.shiftKey ? -1 : 1);
    };
    window.addEventListener('keydown', onF3);
    return () => window.removeEventListener('keydown', onF3);
  });

  useEffect(() => {
    // The marked hit follows the list when typing changes it.
    document.querySelectorAll('.is-current-hit').forEach((element) => {
      element.classList.remove('is-current-hit');
    });
    const key = hits[current];
    if (key) hitElement(key)?.classList.add('is-current-hit');
  }, [hits, current]);

  function step(direction: 1 | -1) {
    if (hits.length === 0) return;
    const next = (current + direction + hits.length) % hits.length;
    const key = hits[next];
    // A hit deep in a long list is drawn first, so there is something to scroll to.
    if (key?.startsWith('i')) revealIdea(Number(key.slice(1)));
    setBoardUi({ searchHit: next });
    const element = key ? hitElement(key) : null;
    element?.scrollIntoView({ block: 'center', inline: 'center', behavior: 'smooth' });
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      step(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape' && search) {
      event.stopPropagation();
      setBoardUi({ search: '', searchHit: -1 });
    }
  };

  return (
    <div className="search" role="search">
      <label className="visually-hidden" htmlFor={boardSearchId}>
        Auf der Pinnwand suchen
      </label>
      <input
        id={boardSearchId}
        type="search"
        placeholder="Suchen …"
        value={search}
        onChange={(event) => setBoardUi({ search: event.target.value, searchHit: -1 })}
        onKeyDown={onKeyDown}
      />
      {active && (
        <>
          <span className="muted search-count" role="status">
            {hits.length === 0
              ? 'Keine Treffer'
              : current >= 0
                ? `${current + 1} von ${hits.length} Treffern`
                : hits.length === 1
                  ? '1 Treffer'
                  : `${hits.length} Treffer`}
          </span>
          <button
            type="button"
            className="icon-button"
            aria-label="Vorheriger Treffer (Umschalt + F3)"
            title="Vorheriger Treffer (Umschalt + F3)"
            disabled={hits.length === 0}
            onClick={() => step(-1)}
          >
            ↑
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label="Nächster Treffer (Eingabetaste oder F3)"
            title="Nächster Treffer (Eingabetaste oder F3)"
            disabled={hits.length === 0}
            onClick={() => step(1)}
          >
            ↓
          </button>
        </>
      )}
    </div>
  );
});
