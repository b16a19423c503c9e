// The bar across the top: the open Kommune and the menus Datei, Bearbeiten, Hilfe.
import { openWorkspaceCommand, redoCommand, undoCommand } from '../commands';
import { useStore } from '../store';
import { MenuButton } from './MenuButton';

export function AppBar() {
  const openDialog = useStore((state) => state.openDialog);
  const workspace = useStore((state) => state.workspace);
  const history = useStore((state) => state.history);
  const openDemo = useStore((state) => state.openDemo);
  const closeWorkspace = useStore((state) => state.closeWorkspace);

  return (
    <header className="app-bar">
      <span className="app-bar-title">
        Kommunalwerkstatt
        {workspace && <span className="app-bar-workspace"> · {workspace.name}</span>}
      </span>
      <nav className="app-bar-menus" aria-label="Menü">
        <MenuButton
          label="Datei"
          items={[
            { label: 'Neue Werkstatt …', onSelect: () => openDialog('newWorkspace') },
            { label: 'Werkstatt öffnen …', onSelect: () => void openWorkspaceCommand() },
            { label: 'Beispiel „Musterstadt“ öffnen', onSelect: () => void openDemo() },
            ...(workspace
              ? [{ label: 'Werkstatt schließen', onSelect: () => void closeWorkspace() }]
              : []),
          ]}
        />
        {workspace && (
          <MenuButton
            label="Bearbeiten"
            items={[
              {
                label: history.undoLabel ? `Rückgängig: ${history.undoLabel}` : 'Rückgängig',
                onSelect: () => void undoCommand(),
                disabled: !history.undoLabel,
              },
              {
                label: history.redoLabel ? `Wiederholen: ${history.redoLabel}` : 'Wiederholen',
                onSelect: () => void redoCommand(),
                disabled: !history.redoLabel,
              },
            ]}
          />
        )}
        <MenuButton
          label="Hilfe"
          items={[
            { label: 'Tastenkürzel', onSelect: () => openDialog('shortcuts') },
            { label: 'Über Kommunalwerkstatt', onSelect: () => openDialog('about') },
          ]}
        />
      </nav>
    </header>
  );
}
