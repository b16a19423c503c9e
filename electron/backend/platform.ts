// What the host around the backend provides: Electron has native dialogs, the web host has none.

export interface Platform {
  nativeDialogs: boolean;
  /** Shows a system file dialog; resolves to the chosen path or null when cancelled. */
  pickPath?(
    purpose:
      | 'openWorkspace'
      | 'saveWorkspace'
      | 'saveDocument'
      | 'savePdf'
      | 'saveTable'
      | 'openStatistics',
    suggestedName?: string,
  ): Promise<string | null>;
  /** Opens a file with the program the system associates with it. */
  openFile?(path: string): Promise<void>;
  /** Opens the projector window (Electron); the browser mode opens a tab from the page. */
  openProjector?(): void;
}

export const browserPlatform: Platform = { nativeDialogs: false };
