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
      } else if (mod && !event.altKey && appShortcut(event)) {
        event.preventDefault();
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

/** The search field of the screen on show, for Ctrl+F. */
const searchFields: Record<string, string> = {
  board: '#board-search',
  library: '.library-toolbar input[type="search"]',
};

/**
 * Ctrl+F, P, S (and in the browser N, O, which Electron's menu handles itself): the app's own
 * action instead of the browser's dialog, wherever the browser lets a page have the key.
 * Answers whether the key was taken.
 */
function appShortcut(event: KeyboardEvent): boolean {
  if (event.shiftKey) return false;
  const state = useStore.getState();
  const key = event.key.toLowerCase();
  const browser = !state.capabilities?.nativeDialogs;
  if (key === 's') {
    const waiting = state.pendingIdeas.filter((idea) => idea.state !== 'failed').length;
    state.showNotice({
      kind: 'info',
      text:
        waiting > 0
          ? `${waiting === 1 ? 'Eine Idee wird' : `${waiting} Ideen werden`} gerade gespeichert; alles andere ist bereits gesichert.`
          : 'Alles ist gespeichert: Jede Änderung wird sofort in der Werkstatt-Datei gesichert.',
    });
    return true;
  }
  if (key === 'n' && browser) {
    state.openDialog('newWorkspace');
    return true;
  }
  if (key === 'o' && browser) {
    void openWorkspaceCommand();
    return true;
  }
  if (!state.workspace || state.dialog !== undefined) return false;
  if (key === 'f') {
    const selector = searchFields[state.view];
    const field = selector ? document.querySelector<HTMLInputElement>(selector) : null;
    if (!field) return false;
    field.focus();
    field.select();
    return true;
  }
  if (key === 'p') {
    state.setView('plan');
    return true;
  }
  return false;
}
