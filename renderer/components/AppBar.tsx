// The bar across the top: the app's name and the Hilfe menu.
import { useStore } from '../store';
import { MenuButton } from './MenuButton';

export function AppBar() {
  const openDialog = useStore((state) => state.openDialog);
  return (
    <header className="app-bar">
      <span className="app-bar-title">Kommunalwerkstatt</span>
      <nav className="app-bar-menus" aria-label="Menü">
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
