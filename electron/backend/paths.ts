// Where the app keeps its own data (backups, recent list) and where workspaces go by default.
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const appFolder = 'Kommunalwerkstatt';

/** The per-user application data folder, as Electron's userData would be. */
export function defaultDataDir(): string {
  const home = os.homedir();
  switch (process.platform) {
    case 'win32':
      return path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), appFolder);
    case 'darwin':
      return path.join(home, 'Library', 'Application Support', appFolder);
    default:
      return path.join(process.env.XDG_DATA_HOME ?? path.join(home, '.local', 'share'), appFolder);
  }
}

/** "Kommunalwerkstatt" in the user's documents (German desktops call it "Dokumente"). */
export function defaultWorkspaceFolder(): string {
  const home = os.homedir();
  const german = path.join(home, 'Dokumente');
  return path.join(existsSync(german) ? german : path.join(home, 'Documents'), appFolder);
}
