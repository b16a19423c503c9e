// An open workspace: its views as tabs (Übersicht, Kommunalprofil, Zukunftswerkstatt, …).
import { BoardScreen } from '../board/BoardScreen';
import { useStore } from '../store';
import type { WorkspaceView } from '../store/appSlice';
import { LibraryScreen } from '../library/LibraryScreen';
import { PlanScreen } from '../plan/PlanScreen';
import { ProfileScreen } from '../profile/ProfileScreen';
import { OverviewScreen } from './OverviewScreen';

const tabs: { view: WorkspaceView; label: string }[] = [
  { view: 'overview', label: 'Übersicht' },
  { view: 'profile', label: 'Kommunalprofil' },
  { view: 'board', label: 'Zukunftswerkstatt' },
  { view: 'library', label: 'Projektbibliothek' },
  { view: 'plan', label: 'Werkstattplan' },
];

export function WorkspaceScreen() {
  const view = useStore((state) => state.view);
  const setView = useStore((state) => state.setView);
  const presentation = useStore((state) => state.boardUi.presentation);
  return (
    <main className={`workspace-screen view-${view}`}>
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
      ) : view === 'profile' ? (
        <ProfileScreen />
      ) : (
        <OverviewScreen />
      )}
    </main>
  );
}
