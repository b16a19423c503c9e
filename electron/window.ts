// The main window: its hardened options and the guards every web contents gets.
import { BrowserWindow, screen, shell } from 'electron';
import type { BrowserWindowConstructorOptions, WebContents } from 'electron';
import { appOrigin, appStartUrl } from './protocol';
import { checksSpelling } from './spellcheck';

/** The renderer shows the live presentation view, without editing, at this address. */
export const projectorUrl = `${appStartUrl}?ansicht=projektor`;

export function mainWindowOptions(
  preloadPath: string,
  platform: NodeJS.Platform = process.platform,
): BrowserWindowConstructorOptions {
  return {
    width: 1400,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    title: 'Kommunalwerkstatt',
    show: false,
    backgroundColor: '#f6f4ef',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // Only with the system's own checker: elsewhere it would download dictionaries (spellcheck.ts).
      spellcheck: checksSpelling(platform),
    },
  };
}

export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(appStartUrl);
  return window;
}

/**
 * The projector window: the board's presentation view following every change live. On a second
 * display (the projector) it opens full screen there; on one screen it is an ordinary window.
 */
export function createProjectorWindow(preloadPath: string, beside?: BrowserWindow): BrowserWindow {
  const near = beside ? screen.getDisplayMatching(beside.getBounds()) : screen.getPrimaryDisplay();
  const other = screen.getAllDisplays().find((display) => display.id !== near.id);
  const window = new BrowserWindow({
    ...mainWindowOptions(preloadPath),
    title: 'Kommunalwerkstatt – Projektor',
    ...(other ? { ...other.bounds, fullscreen: true } : { width: 1280, height: 720 }),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(projectorUrl);
  return window;
}

/** Only https leaves the app, and only into the user's own browser. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

/** The app never navigates away from itself, opens no windows and grants no permissions. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${appOrigin}/`)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!url.startsWith(`${appOrigin}/`)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  // Full screen for the presentation is the one thing the app asks for; nothing else is granted.
  contents.session.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(permission === 'fullscreen'),
  );
  // Requests ask; checks (navigator.permissions, clipboard reads, HID/USB/serial enumeration …)
  // are answered synchronously and would otherwise default to granted for some permissions.
  contents.session.setPermissionCheckHandler(
    (_contents, permission) => permission === 'fullscreen',
  );
}
