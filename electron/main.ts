// The Electron entry: one instance, one hardened window, the contract bound to IPC.
import { app, BrowserWindow, ipcMain, Menu } from 'electron';
import path from 'node:path';
import { createBackend } from './backend/backend';
import { bindContract } from './ipc';
import { menuTemplate } from './menu';
import type { MenuCommand } from '../shared/events';
import { registerAppScheme, serveRenderer } from './protocol';
import { createMainWindow, hardenWebContents } from './window';

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  const backend = createBackend();
  let mainWindow: BrowserWindow | undefined;

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => void backend.close());

  void app.whenReady().then(() => {
    serveRenderer(path.join(__dirname, '..', 'renderer'));
    bindContract(ipcMain, backend, () =>
      BrowserWindow.getAllWindows().map((window) => window.webContents),
    );
    const send = (command: MenuCommand) => backend.events.emit('menu:command', { command });
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(menuTemplate(send, process.platform === 'darwin')),
    );
    mainWindow = createMainWindow(path.join(__dirname, 'preload.cjs'));
  });
}
