// The first screen: new, open, the demo, and the workspaces opened recently.
import { openWorkspaceCommand } from '../commands';
import { formatDateTime } from '../format';
import { useStore } from '../store';

export function StartScreen() {
  const recent = useStore((state) => state.recent);
  const openDialog = useStore((state) => state.openDialog);
  const openDemo = useStore((state) => state.openDemo);
  const openWorkspace = useStore((state) => state.openWorkspace);
  const busy = useStore((state) => state.busy);

  return (
    <main className="start-screen">
      <h1>Kommunalwerkstatt</h1>
      <p className="lead">
        Von der Zukunftswerkstatt zum Werkstattplan – für Ihre Kommune, auch ohne Internet.
      </p>
      <div className="start-actions">
        <button
          type="button"
          className="start-card"
          onClick={() => openDialog('newWorkspace')}
          disabled={busy}
        >
          <span className="start-card-title">Neue Werkstatt</span>
          <span className="muted">Für eine Kommune anlegen: Name, Bundesland, Landkreis.</span>
        </button>
        <button
          type="button"
          className="start-card"
          onClick={() => void openWorkspaceCommand()}
          disabled={busy}
        >
          <span className="start-card-title">Werkstatt öffnen</span>
          <span className="muted">Eine vorhandene .werkstatt-Datei, auch vom USB-Stick.</span>
        </button>
        <button
          type="button"
          className="start-card"
          onClick={() => void openDemo()}
          disabled={busy}
        >
          <span className="start-card-title">Beispiel öffnen</span>
          <span className="muted">
            Musterstadt: eine Kleinstadt, die ihre jungen Leute verliert.
          </span>
        </button>
      </div>
      <section className="recent" aria-labelledby="recent-heading">
        <h2 id="recent-heading">Zuletzt geöffnet</h2>
        {recent.length === 0 ? (
          <p className="muted">Noch keine Werkstatt geöffnet.</p>
        ) : (
          <ul className="file-list">
            {recent.map((entry) => (
              <li key={entry.path}>
                <button
                  type="button"
                  className="file-entry"
                  disabled={!entry.exists || busy}
                  onClick={() => void openWorkspace(entry.path)}
                >
                  <span className="file-name">{entry.name}</span>
                  <span className="muted file-path">{entry.path}</span>
                  <span className="muted">
                    {entry.exists
                      ? `zuletzt ${formatDateTime(entry.openedAt)}`
                      : 'Datei nicht gefunden'}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
