// Projektbibliothek: every project, grouped by Handlungsfeld or as a sortable table, with
// combinable filters and full-text search; a project opens its fact sheet.
import { useEffect } from 'react';
import { afterNextPaint } from '../perf';
import { useStore } from '../store';
import { ExchangeBar } from './ExchangeBar';
import { FactSheet } from './FactSheet';
import { FilterPanel } from './FilterPanel';
import { GroupedList } from './GroupedList';
import { ProjectTable } from './ProjectTable';

export function LibraryScreen() {
  const query = useStore((state) => state.library.query);
  const filters = useStore((state) => state.library.filters);
  const view = useStore((state) => state.library.view);
  const total = useStore((state) => state.library.total);
  const shown = useStore((state) => state.library.results.length);
  const openProjectId = useStore((state) => state.library.openProjectId);
  const setLibrary = useStore((state) => state.setLibrary);

  useEffect(() => {
    void useStore.getState().loadCatalogs();
  }, []);

  useEffect(() => {
    void useStore.getState().loadLibrary();
  }, [query, filters]);

  const results = useStore((state) => state.library.results);
  useEffect(() => {
    // Marks the frame that shows the answer to a query (read by `npm run bench -- library-ui`).
    const answered = useStore.getState().library.resultsQuery;
    afterNextPaint(() => performance.mark('kw:library-painted', { detail: answered }));
  }, [results]);

  if (openProjectId !== undefined) return <FactSheet id={openProjectId} />;

  return (
    <div className="library">
      <div className="library-toolbar" role="toolbar" aria-label="Projektbibliothek">
        <label className="search">
          <span className="visually-hidden">Projekte durchsuchen</span>
          <input
            type="search"
            placeholder="Projekte und Ideen durchsuchen …"
            value={query}
            onChange={(event) => setLibrary({ query: event.target.value })}
          />
        </label>
        <span className="muted" role="status">
          {shown === total ? `${total} Projekte` : `${shown} von ${total} Projekten`}
        </span>
        <div className="segmented" role="group" aria-label="Darstellung">
          <button
            type="button"
            className="button"
            aria-pressed={view === 'grouped'}
            onClick={() => setLibrary({ view: 'grouped' })}
          >
            Nach Handlungsfeld
          </button>
          <button
            type="button"
            className="button"
            aria-pressed={view === 'table'}
            onClick={() => setLibrary({ view: 'table' })}
          >
            Tabelle
          </button>
        </div>
        <ExchangeBar />
      </div>
      <div className="library-body">
        <FilterPanel />
        {view === 'table' ? <ProjectTable /> : <GroupedList />}
      </div>
    </div>
  );
}
