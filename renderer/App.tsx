// The application frame: app bar, the current screen, dialogs and the menu commands that open them.
import { useEffect } from 'react';
import { api } from './api/client';
import { AboutDialog } from './components/AboutDialog';
import { AppBar } from './components/AppBar';
import { NoticeBar } from './components/NoticeBar';
import { ShortcutsDialog } from './components/ShortcutsDialog';
import { StartScreen } from './screens/StartScreen';
import { useStore } from './store';

export function App() {
  const dialog = useStore((state) => state.dialog);

  useEffect(() => {
    const { loadInfo, openDialog } = useStore.getState();
    void loadInfo();
    const openHelp = (event: KeyboardEvent) => {
      if (event.key === 'F1') {
        event.preventDefault();
        openDialog('shortcuts');
      }
    };
    window.addEventListener('keydown', openHelp);
    const unsubscribe = api.on('menu:command', ({ command }) => {
      if (command === 'about' || command === 'shortcuts') openDialog(command);
    });
    return () => {
      window.removeEventListener('keydown', openHelp);
      unsubscribe();
    };
  }, []);

  return (
    <div className="app">
      <AppBar />
      <NoticeBar />
      <StartScreen />
      {dialog === 'about' && <AboutDialog />}
      {dialog === 'shortcuts' && <ShortcutsDialog />}
    </div>
  );
}
