// Presentation for the room: the board alone, full screen, large type. Or the same view in a
// second window for the projector that follows every change live (Electron: a window of its own
// on the second display; browser mode: a new tab the facilitator drags onto the projector).
import { api } from '../api/client';
import { newTabUrl } from '../api/token';
import { useStore } from '../store';

/** The address parameter that makes a window the projector view. */
export const projectorParameter = 'ansicht';
export const isProjectorWindow = () =>
  new URLSearchParams(window.location.search).get(projectorParameter) === 'projektor';

export async function startPresentation(): Promise<void> {
  useStore.getState().setBoardUi({ presentation: true, view: 'board' });
  await enterFullscreen();
}

/** Full screen where the browser allows it; the presentation works without it as well. */
export async function enterFullscreen(): Promise<void> {
  if (document.fullscreenElement) return;
  try {
    await document.documentElement.requestFullscreen();
  } catch {
    // Refused (no user gesture, a kiosk policy): the board still fills the window.
  }
}

export function endPresentation(): void {
  useStore.getState().setBoardUi({ presentation: false });
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
}

/** Leaving full screen with the browser's own Escape ends the presentation, too. */
export function followFullscreen(): () => void {
  const onChange = () => {
    if (!document.fullscreenElement && !isProjectorWindow()) {
      useStore.getState().setBoardUi({ presentation: false });
    }
  };
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
}

export async function openProjectorWindow(): Promise<void> {
  const { capabilities, showNotice } = useStore.getState();
  if (capabilities?.nativeDialogs) {
    const result = await api.call('system:openProjector', {});
    if (!result.ok) showNotice({ kind: 'error', text: result.error.message });
    return;
  }
  const opened = window.open(
    newTabUrl(`/?${projectorParameter}=projektor`),
    'kommunalwerkstatt-projektor',
    'popup,width=1280,height=720',
  );
  if (!opened) {
    showNotice({
      kind: 'error',
      text: 'Der Browser hat das Projektorfenster blockiert. Bitte Pop-ups für diese Seite erlauben.',
    });
  }
}
