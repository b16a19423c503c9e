// Where a Word document goes: in Electron the system's save dialog, in the browser mode the
// workspace folder (the backend names the file and the page offers it as a download).
import { api } from '../api/client';
import { useStore } from '../store';

export type PickedPath =
  { ok: true; path: string | undefined } | { ok: false; message: string } | { ok: 'cancelled' };

export async function pickDocumentPath(
  suggestedName: string,
  purpose: 'saveDocument' | 'savePdf' = 'saveDocument',
): Promise<PickedPath> {
  if (!useStore.getState().capabilities?.nativeDialogs) return { ok: true, path: undefined };
  const picked = await api.call('system:pickPath', { purpose, suggestedName });
  if (!picked.ok) return { ok: false, message: picked.error.message };
  return picked.value.path ? { ok: true, path: picked.value.path } : { ok: 'cancelled' };
}
