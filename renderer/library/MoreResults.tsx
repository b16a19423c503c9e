// „Weitere anzeigen“: the rest of a long result list, drawn on request.
import { useStore } from '../store';
import { resultPage } from '../store/librarySlice';

export function MoreResults() {
  const count = useStore((state) => state.library.results.length);
  const limit = useStore((state) => state.library.limit);
  const setLibrary = useStore((state) => state.setLibrary);
  if (count <= limit) return null;
  return (
    <p className="more-results">
      <span className="muted">
        {limit} von {count} Treffern angezeigt.
      </span>{' '}
      <button
        type="button"
        className="button"
        onClick={() => setLibrary({ limit: limit + resultPage * 5 })}
      >
        Weitere anzeigen
      </button>
    </p>
  );
}
