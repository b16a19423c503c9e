// What the host around the backend provides: Electron has native dialogs, the web host has none.

export interface Platform {
  nativeDialogs: boolean;
  /** Shows a system file dialog; resolves to the chosen path or null when cancelled. */
  pickPath?(
    purpose: 'openWorkspace' | 'saveWorkspace',
    suggestedName?: string,
  ): Promise<string | null>;
}

export const browserPlatform: Platform = { nativeDialogs: false };
