// fsync for files and folders: what makes a write or a rename survive a power cut.
import { open } from 'node:fs/promises';

export async function flush(file: string): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes a rename durable; not every platform can open a folder for syncing, which is fine. */
export async function flushFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows cannot fsync a directory; NTFS journals the rename itself.
  }
}
