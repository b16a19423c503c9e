// The Electron entry: one instance, one hardened window, the contract bound to IPC.
import { app, BrowserWindow, ipcMain, session } from 'electron';
import path from 'node:path';
import { keepApplicationMenuCurrent } from './applicationMenu';
import { parseLaunchArgs } from './args';
import { createBackend } from './backend/backend';
import { launch } from './backend/launch';
import { attachContextMenu } from './contextMenu';
import { electronPlatform } from './dialogs';
import { bindContract } from './ipc';
import { registerAppScheme, serveRenderer } from './protocol';
import { configureSpellchecker } from './spellcheck';
import { createMainWindow, createProjectorWindow, hardenWebContents } from './window';

registerAppScheme();
// Date and month fields, spellcheck and built-in texts follow German, whatever the system says.
app.commandLine.appendSwitch('lang', 'de-DE');

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  const args = parseLaunchArgs(process.argv.slice(1));
  const backend = createBackend({
    dataDir: args.dataDir ?? app.getPath('userData'),
    workspaceFolder: args.dir,
    platform: electronPlatform(
      () => backend.workspaces.workspaceFolder,
      () => openProjector(),
    ),
  });
  let mainWindow: BrowserWindow | undefined;
  let projectorWindow: BrowserWindow | undefined;
  const preload = path.join(__dirname, 'preload.cjs');

  /** One projector window; asked again, it comes to the front. */
  const openProjector = () => {
    if (projectorWindow && !projectorWindow.isDestroyed()) return projectorWindow.focus();
    projectorWindow = createProjectorWindow(preload, mainWindow);
    projectorWindow.on('closed', () => (projectorWindow = undefined));
  };

  /** A file from a double-click while the app runs: open it in the one window we have. */
  const openFromSystem = (file: string) => {
    void launch(backend, { file, demoOnFirstStart: false });
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  };

  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents);
    attachContextMenu(contents);
  });
  app.on('second-instance', (_event, argv) => {
    const { file } = parseLaunchArgs(argv.slice(1));
    if (file) openFromSystem(file);
    else mainWindow?.focus();
  });
  app.on('open-file', (event, file) => {
    event.preventDefault();
    if (app.isReady()) openFromSystem(file);
    else args.file = file;
  });
  app.on('window-all-closed', () => app.quit());

  let closing = false;
  app.on('before-quit', (event) => {
    if (closing) return;
    // Quit waits for the closing backup and the release of the workspace lock.
    event.preventDefault();
    closing = true;
    void backend.close().finally(() => app.quit());
  });

  void app.whenReady().then(async () => {
    serveRenderer(path.join(__dirname, '..', 'renderer'));
    bindContract(ipcMain, backend, () =>
      BrowserWindow.getAllWindows().map((window) => window.webContents),
    );
    configureSpellchecker(session.defaultSession, process.platform);
    keepApplicationMenuCurrent(backend, {
      platform: process.platform,
      openProjector,
      openRecent: openFromSystem,
    });
    await launch(backend, args);
    mainWindow = createMainWindow(preload);
    // The main window closing ends the app, the projector with it.
    mainWindow.on('closed', () => projectorWindow?.close());
  });
}
