// The application frame: app bar, the current screen, dialogs, and the commands that reach it.
import { useEffect } from 'react';
import { api } from './api/client';
import { AboutDialog } from './components/AboutDialog';
import { AppBar } from './components/AppBar';
import { NewWorkspaceDialog } from './components/NewWorkspaceDialog';
import { NoticeBar } from './components/NoticeBar';
import { OpenWorkspaceDialog } from './components/OpenWorkspaceDialog';
import { ShortcutsDialog } from './components/ShortcutsDialog';
import { WorkspaceLostNotice } from './components/WorkspaceLostNotice';
import { useGlobalShortcuts } from './shortcuts';
import { RecoveryScreen } from './screens/RecoveryScreen';
import { StartScreen } from './screens/StartScreen';
import { WorkspaceScreen } from './screens/WorkspaceScreen';
import { useStore } from './store';
import { followWorkspaceChanges } from './sync/liveUpdates';

export function App() {
  const dialog = useStore((state) => state.dialog);
  const closeDialog = useStore((state) => state.closeDialog);
  const hasWorkspace = useStore((state) => state.workspace !== null);
  const inRecovery = useStore((state) => state.recovery !== undefined);
  const presentation = useStore((state) => state.boardUi.presentation);
  useGlobalShortcuts();

  useEffect(() => {
    const {
      loadInfo,
      loadLaunchState,
      setHistory,
      setWorkspace,
      checkFile,
      markFileLost,
      showNotice,
    } = useStore.getState();
    void loadInfo();
    void loadLaunchState();
    // A sync client or the file manager may have taken the file away while the window was elsewhere.
    const onFocus = () => void checkFile();
    window.addEventListener('focus', onFocus);
    const unsubscribers = [
      () => window.removeEventListener('focus', onFocus),
      api.on('backup:failed', ({ message }) => showNotice({ kind: 'error', text: message })),
      api.onFailure((error) => {
        if (error.code === 'WORKSPACE_FILE_GONE') markFileLost(error.message);
      }),
      api.on('history:changed', (history) => setHistory(history)),
      followWorkspaceChanges(),
      api.on('workspace:switched', () => {
        void api.call('workspace:current', {}).then((result) => {
          if (!result.ok) return;
          setWorkspace(result.value);
          // Another window opened another workspace: a board on screen shows that one now.
          if (result.value && useStore.getState().board.loaded)
            void useStore.getState().loadBoard();
        });
      }),
    ];
    return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
  }, []);

  return (
    <div className="app">
      {!presentation && <AppBar />}
      <NoticeBar />
      <WorkspaceLostNotice />
      {inRecovery ? <RecoveryScreen /> : hasWorkspace ? <WorkspaceScreen /> : <StartScreen />}
      {dialog === 'about' && <AboutDialog />}
      {dialog === 'shortcuts' && <ShortcutsDialog />}
      {dialog === 'newWorkspace' && <NewWorkspaceDialog onClose={closeDialog} />}
      {dialog === 'openWorkspace' && <OpenWorkspaceDialog onClose={closeDialog} />}
    </div>
  );
}
