// Above the board: search, board or ranking, the dots helper, Handlungsfelder, presentation.
import { memo, useState } from 'react';
import { matchesQuery } from '../../shared/search';
import { useStore } from '../store';
import { ActionFieldsDialog } from './ActionFieldsDialog';
import { DotsHelperDialog } from './DotsHelperDialog';

export const BoardToolbar = memo(function BoardToolbar() {
  const search = useStore((state) => state.boardUi.search);
  const view = useStore((state) => state.boardUi.view);
  const presentation = useStore((state) => state.boardUi.presentation);
  const setBoardUi = useStore((state) => state.setBoardUi);
  const matches = useStore((state) =>
    search.trim().length < 2
      ? undefined
      : Object.values(state.board.ideas).filter((idea) => matchesQuery(idea.text, search)).length +
        Object.values(state.board.projects).filter((project) => matchesQuery(project.title, search))
          .length,
  );
  const [dialog, setDialog] = useState<'dots' | 'fields'>();

  if (presentation) {
    return (
      <div className="board-toolbar">
        <button
          type="button"
          className="button"
          onClick={() => setBoardUi({ presentation: false })}
        >
          Präsentation beenden (Esc)
        </button>
      </div>
    );
  }

  return (
    <div className="board-toolbar" role="toolbar" aria-label="Pinnwand">
      <label className="search">
        <span className="visually-hidden">Suchen</span>
        <input
          type="search"
          placeholder="Suchen …"
          value={search}
          onChange={(event) => setBoardUi({ search: event.target.value })}
        />
        {matches !== undefined && (
          <span className="muted" role="status">
            {matches === 1 ? '1 Treffer' : `${matches} Treffer`}
          </span>
        )}
      </label>
      <div className="segmented" role="group" aria-label="Ansicht">
        <button
          type="button"
          className="button"
          aria-pressed={view === 'board'}
          onClick={() => setBoardUi({ view: 'board' })}
        >
          Pinnwand
        </button>
        <button
          type="button"
          className="button"
          aria-pressed={view === 'ranking'}
          onClick={() => setBoardUi({ view: 'ranking' })}
        >
          Rangliste
        </button>
      </div>
      <button type="button" className="button" onClick={() => setDialog('dots')}>
        Punkte vergeben …
      </button>
      <button type="button" className="button" onClick={() => setDialog('fields')}>
        Handlungsfelder …
      </button>
      <button
        type="button"
        className="button"
        onClick={() => setBoardUi({ presentation: true, view: 'board' })}
      >
        Präsentation
      </button>
      {dialog === 'dots' && <DotsHelperDialog onClose={() => setDialog(undefined)} />}
      {dialog === 'fields' && <ActionFieldsDialog onClose={() => setDialog(undefined)} />}
    </div>
  );
});
