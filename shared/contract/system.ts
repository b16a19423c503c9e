// What the platform around the backend offers: native dialogs in Electron, a folder in browser mode.
import { z } from 'zod';
import { singleLineText } from '../text';
import { method } from './define';

export interface Capabilities {
  /** True in Electron: open and save go through the system's file dialogs. */
  nativeDialogs: boolean;
  /** Where new workspaces go and which folder the browser mode lists. */
  workspaceFolder: string;
}

export const systemMethods = {
  /** Which platform features are available. */
  'system:capabilities': method<Capabilities>()(
    'Verfügbare Plattformfunktionen.',
    z.object({}).strict(),
  ),
  /**
   * Shows the native open/save dialog (Electron only); null when cancelled. `saveTable`: where
   * `library:exportCsv` writes the CSV table.
   */
  'system:pickPath': method<{ path: string | null }>()(
    'Systemdialog zum Öffnen oder Speichern.',
    z
      .object({
        purpose: z.enum([
          'openWorkspace',
          'saveWorkspace',
          'saveDocument',
          'savePdf',
          'saveTable',
          'openStatistics',
        ]),
        suggestedName: singleLineText({ label: 'Dateiname', max: 200 }).optional(),
      })
      .strict(),
  ),
  /**
   * Opens the board's presentation view in a second window that follows every change, on the
   * second display when there is one (Electron only; the browser mode opens a tab itself).
   */
  'system:openProjector': method<null>()('Projektorfenster öffnen.', z.object({}).strict()),
  /**
   * Opens a file the app wrote in this session (an export) with the system's program (Electron
   * only), named by the `handle` its export answered: the renderer cannot name any other file.
   */
  'system:openFile': method<null>()(
    'Datei mit dem zugehörigen Programm öffnen.',
    z.object({ handle: z.string().min(1).max(100) }).strict(),
  ),
};
