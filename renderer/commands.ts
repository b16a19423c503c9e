// App commands shared by the app bar, the start screen, the Electron menu and the keyboard.
import { api } from './api/client';
import { useStore } from './store';

/** "Werkstatt öffnen": the system dialog in Electron, the folder list in the browser mode. */
export async function openWorkspaceCommand(): Promise<void> {
  const { capabilities, openDialog, openWorkspace, showNotice } = useStore.getState();
  if (!capabilities?.nativeDialogs) return openDialog('openWorkspace');
  const picked = await api.call('system:pickPath', { purpose: 'openWorkspace' });
  if (!picked.ok) return showNotice({ kind: 'error', text: picked.error.message });
  if (picked.value.path) await openWorkspace(picked.value.path);
}

export async function undoCommand(): Promise<void> {
  await travel('history:undo');
}

export async function redoCommand(): Promise<void> {
  await travel('history:redo');
}

async function travel(method: 'history:undo' | 'history:redo') {
  const { workspace, applyPatch, setHistory, setWorkspace, showNotice } = useStore.getState();
  if (!workspace) return;
  const result = await api.call(method, {});
  if (!result.ok) return showNotice({ kind: 'info', text: result.error.message });
  applyPatch(result.value.patch);
  setHistory(result.value.history);
  // The board updates from the patch; the library's, the profile's and the process's views fetch
  // what changed.
  const { view, refreshLibrary, loadProfile, refreshProcess } = useStore.getState();
  if (view === 'library') refreshLibrary();
  if (view === 'profile') void loadProfile();
  refreshProcess();
  const current = await api.call('workspace:current', {});
  if (current.ok) setWorkspace(current.value);
}

/** True when the keyboard belongs to a text field, whose own undo must keep working. */
export function isEditingText(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return (
    !!element &&
    (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName))
  );
}
