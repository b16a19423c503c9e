// The main window: its hardened options and the guards every web contents gets.
import { BrowserWindow, shell } from 'electron';
import type { BrowserWindowConstructorOptions, WebContents } from 'electron';
import { appOrigin, appStartUrl } from './protocol';

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
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
      spellcheck: true,
    },
  };
}

export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(appStartUrl);
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
  contents.session.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  // Requests ask; checks (navigator.permissions, clipboard reads, HID/USB/serial enumeration …)
  // are answered synchronously and would otherwise default to granted for some permissions.
  contents.session.setPermissionCheckHandler(() => false);
}
