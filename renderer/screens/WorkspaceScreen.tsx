// An open workspace: its views as tabs (Übersicht, Zukunftswerkstatt).
import { BoardScreen } from '../board/BoardScreen';
import { useStore } from '../store';
import type { WorkspaceView } from '../store/appSlice';
import { LibraryScreen } from '../library/LibraryScreen';
import { PlanScreen } from '../plan/PlanScreen';
import { OverviewScreen } from './OverviewScreen';

const tabs: { view: WorkspaceView; label: string }[] = [
  { view: 'overview', label: 'Übersicht' },
  { view: 'board', label: 'Zukunftswerkstatt' },
  { view: 'library', label: 'Projektbibliothek' },
  { view: 'plan', label: 'Werkstattplan' },
];

export function WorkspaceScreen() {
  const view = useStore((state) => state.view);
  const setView = useStore((state) => state.setView);
  const presentation = useStore((state) => state.boardUi.presentation);
  const name = useStore((state) => state.workspace?.name);
  const label = tabs.find((entry) => entry.view === view)?.label;
  return (
    <main className={`workspace-screen view-${view}`}>
      {/* The Übersicht shows the Kommune as its visible heading; elsewhere the tab names the page. */}
      {view !== 'overview' && (
        <h1 className="visually-hidden">
          {label} – {name}
        </h1>
      )}
      {!presentation && (
        <nav className="tabs" aria-label="Bereiche der Werkstatt">
          {tabs.map((tab) => (
            <button
              key={tab.view}
              type="button"
              className="tab"
              aria-current={view === tab.view ? 'page' : undefined}
              onClick={() => setView(tab.view)}
            >
              {tab.label}
            </button>
          ))}
        </nav>
      )}
      {view === 'board' ? (
        <BoardScreen />
      ) : view === 'library' ? (
        <LibraryScreen />
      ) : view === 'plan' ? (
        <PlanScreen />
      ) : (
        <OverviewScreen />
      )}
    </main>
  );
}
