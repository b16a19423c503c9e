// Keyboard shortcuts and Electron menu commands, wired once for the whole app.
import { useEffect } from 'react';
import { api } from './api/client';
import { isEditingText, openWorkspaceCommand, redoCommand, undoCommand } from './commands';
import { useStore } from './store';

export function useGlobalShortcuts(): void {
  useEffect(() => {
    const { openDialog } = useStore.getState();
    const onKeyDown = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (event.key === 'F1') {
        event.preventDefault();
        openDialog('shortcuts');
      } else if (mod && !isEditingText(event.target) && useStore.getState().dialog === undefined) {
        const key = event.key.toLowerCase();
        if (key === 'z' && !event.shiftKey) {
          event.preventDefault();
          void undoCommand();
        } else if (key === 'y' || (key === 'z' && event.shiftKey)) {
          event.preventDefault();
          void redoCommand();
        }
      }
    };
    window.addEventListener('keydown', onKeyDown);
    const unsubscribe = api.on('menu:command', ({ command }) => {
      if (command === 'about' || command === 'shortcuts') openDialog(command);
      // The menu's accelerators also fire inside text fields, whose own undo must win there.
      else if (command === 'undo' || command === 'redo') {
        if (isEditingText(document.activeElement)) document.execCommand(command);
        else void (command === 'undo' ? undoCommand() : redoCommand());
      } else if (command === 'newWorkspace') openDialog('newWorkspace');
      else if (command === 'openWorkspace') void openWorkspaceCommand();
      else if (command === 'closeWorkspace') void useStore.getState().closeWorkspace();
      else if (command === 'exportPlan') useStore.getState().setView('plan');
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      unsubscribe();
    };
  }, []);
}
