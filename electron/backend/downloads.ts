// Files the browser mode hands out as downloads only (the CSV table): written into the app's data
// folder, one folder per running app and in it one per file (so it keeps its readable name), all
// removed when the app closes. Nothing is left behind in the user's workspace folder.
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/** A running app's folder untouched this long was left by a crash or a kill, not by a running app. */
const abandonedAfterMs = 24 * 60 * 60 * 1000;

export class DownloadFolder {
  private readonly folder: string;
  private readonly tidied: Promise<void>;

  /** `root`: shared by every app using the same data folder (two browser-mode hosts, say). */
  constructor(root: string) {
    this.folder = path.join(root, randomUUID());
    this.tidied = removeAbandoned(root);
  }

  /** A new, empty folder for one download. */
  async fresh(): Promise<string> {
    await this.tidied;
    await mkdir(this.folder, { recursive: true });
    return mkdtemp(path.join(this.folder, 'datei-'));
  }

  /** Removes this app's downloads. */
  clear(): Promise<void> {
    return rm(this.folder, { recursive: true, force: true });
  }
}

async function removeAbandoned(root: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(root);
  } catch {
    return;
  }
  for (const name of names) {
    const folder = path.join(root, name);
    // A folder that cannot be looked at or removed now is tried again at the next start.
    const info = await stat(folder).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > abandonedAfterMs) {
      await rm(folder, { recursive: true, force: true }).catch(() => undefined);
    }
  }
}
