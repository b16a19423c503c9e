// Native open/save dialogs and opening files: the Electron side of the backend's Platform.
import { app, BrowserWindow, dialog, shell } from 'electron';
import path from 'node:path';
import { AppFailure } from '../shared/errors';
import type { Platform } from './backend/platform';

const workspaceFilters = [{ name: 'Kommunalwerkstatt-Werkstatt', extensions: ['werkstatt'] }];
const documentFilters = [{ name: 'Word-Dokument', extensions: ['docx'] }];
const statisticsFilters = [
  { name: 'Statistik (CSV oder Flatfile-ZIP)', extensions: ['csv', 'zip', 'txt'] },
];
const tableFilters = [{ name: 'CSV-Tabelle (Excel)', extensions: ['csv'] }];
const pdfFilters = [{ name: 'PDF-Dokument', extensions: ['pdf'] }];

export function electronPlatform(
  workspaceFolder: () => string,
  openProjector: () => void,
): Platform {
  const parent = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  const save = async (title: string, defaultPath: string, filters: typeof workspaceFilters) => {
    const window = parent();
    const options = { title, defaultPath, filters };
    const result = window
      ? await dialog.showSaveDialog(window, options)
      : await dialog.showSaveDialog(options);
    return result.canceled ? null : (result.filePath ?? null);
  };
  return {
    nativeDialogs: true,
    openProjector,
    async pickPath(purpose, suggestedName) {
      if (purpose === 'saveWorkspace') {
        return save(
          'Neue Werkstatt speichern',
          path.join(workspaceFolder(), suggestedName ?? 'Werkstatt.werkstatt'),
          workspaceFilters,
        );
      }
      if (purpose === 'saveDocument') {
        return save(
          'Werkstattplan speichern',
          path.join(workspaceFolder(), suggestedName ?? 'Werkstattplan.docx'),
          documentFilters,
        );
      }
      if (purpose === 'savePdf') {
        return save(
          'Werkstattplan als PDF speichern',
          path.join(workspaceFolder(), suggestedName ?? 'Werkstattplan.pdf'),
          pdfFilters,
        );
      }
      if (purpose === 'saveTable') {
        return save(
          'Tabelle speichern',
          path.join(workspaceFolder(), suggestedName ?? 'Projektbibliothek.csv'),
          tableFilters,
        );
      }
      const window = parent();
      const statistics = purpose === 'openStatistics';
      const options = {
        title: statistics ? 'Statistik importieren' : 'Werkstatt öffnen',
        defaultPath: statistics ? app.getPath('downloads') : workspaceFolder(),
        filters: statistics ? statisticsFilters : workspaceFilters,
        properties: ['openFile' as const],
      };
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async openFile(file) {
      // shell.openPath answers with an error text instead of throwing.
      const problem = await shell.openPath(file);
      if (problem) throw new AppFailure('IO_ERROR', `Die Datei ließ sich nicht öffnen: ${problem}`);
    },
  };
}
