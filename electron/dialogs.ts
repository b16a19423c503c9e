// Native open/save dialogs: the Electron side of the backend's Platform.
import { BrowserWindow, dialog } from 'electron';
import path from 'node:path';
import type { Platform } from './backend/platform';

const filters = [{ name: 'Kommunalwerkstatt-Werkstatt', extensions: ['werkstatt'] }];

export function electronPlatform(workspaceFolder: () => string): Platform {
  return {
    nativeDialogs: true,
    async pickPath(purpose, suggestedName) {
      const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
      if (purpose === 'openWorkspace') {
        const options = {
          title: 'Werkstatt öffnen',
          defaultPath: workspaceFolder(),
          filters,
          properties: ['openFile' as const],
        };
        const result = window
          ? await dialog.showOpenDialog(window, options)
          : await dialog.showOpenDialog(options);
        return result.canceled ? null : (result.filePaths[0] ?? null);
      }
      const options = {
        title: 'Neue Werkstatt speichern',
        defaultPath: path.join(workspaceFolder(), suggestedName ?? 'Werkstatt.werkstatt'),
        filters,
      };
      const result = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      return result.canceled ? null : (result.filePath ?? null);
    },
  };
}
