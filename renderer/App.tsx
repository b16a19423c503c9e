// The application frame: app bar, the current screen, dialogs, and the commands that reach it.
import { useEffect } from 'react';
import { api } from './api/client';
import { AboutDialog } from './components/AboutDialog';
import { AppBar } from './components/AppBar';
import { NewWorkspaceDialog } from './components/NewWorkspaceDialog';
import { NoticeBar } from './components/NoticeBar';
import { OpenWorkspaceDialog } from './components/OpenWorkspaceDialog';
import { ShortcutsDialog } from './components/ShortcutsDialog';
import { useGlobalShortcuts } from './shortcuts';
import { RecoveryScreen } from './screens/RecoveryScreen';
import { StartScreen } from './screens/StartScreen';
import { WorkspaceScreen } from './screens/WorkspaceScreen';
import { useStore } from './store';

export function App() {
  const dialog = useStore((state) => state.dialog);
  const closeDialog = useStore((state) => state.closeDialog);
  const hasWorkspace = useStore((state) => state.workspace !== null);
  const inRecovery = useStore((state) => state.recovery !== undefined);
  useGlobalShortcuts();

  useEffect(() => {
    const { loadInfo, loadLaunchState, setHistory, setWorkspace } = useStore.getState();
    void loadInfo();
    void loadLaunchState();
    const unsubscribers = [
      api.on('history:changed', (history) => setHistory(history)),
      api.on('workspace:switched', () => {
        void api.call('workspace:current', {}).then((result) => {
          if (result.ok) setWorkspace(result.value);
        });
      }),
    ];
    return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
  }, []);

  return (
    <div className="app">
      <AppBar />
      <NoticeBar />
      {inRecovery ? <RecoveryScreen /> : hasWorkspace ? <WorkspaceScreen /> : <StartScreen />}
      {dialog === 'about' && <AboutDialog />}
      {dialog === 'shortcuts' && <ShortcutsDialog />}
      {dialog === 'newWorkspace' && <NewWorkspaceDialog onClose={closeDialog} />}
      {dialog === 'openWorkspace' && <OpenWorkspaceDialog onClose={closeDialog} />}
    </div>
  );
}
