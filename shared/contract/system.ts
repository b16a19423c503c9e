// What the platform around the backend offers: native dialogs in Electron, a folder in browser mode.
import { z } from 'zod';
import { pathText, singleLineText } from '../text';
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
  /** Shows the native open/save dialog (Electron only); null when cancelled. */
  'system:pickPath': method<{ path: string | null }>()(
    'Systemdialog zum Öffnen oder Speichern.',
    z
      .object({
        purpose: z.enum(['openWorkspace', 'saveWorkspace', 'saveDocument']),
        suggestedName: singleLineText({ label: 'Dateiname', max: 200 }).optional(),
      })
      .strict(),
  ),
  /** Opens a file the app wrote (the exported Werkstattplan) with the system's program (Electron only). */
  'system:openFile': method<null>()(
    'Datei mit dem zugehörigen Programm öffnen.',
    z.object({ path: pathText.min(1) }).strict(),
  ),
};
