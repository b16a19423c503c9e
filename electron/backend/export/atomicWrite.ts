// Writes a finished document so the target is either absent, the old file or the complete new
// one: a temp file beside it, flushed, then renamed (or linked, when nothing may be replaced).
import { randomUUID, createHash } from 'node:crypto';
import { hostname } from 'node:os';
import { link, open, readdir, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { flushFolder } from '../durableFiles';
import { isProcessAlive } from '../processAlive';

/** Temp files are named `.~kw-export-<host>-<pid>-<random>.tmp`, so orphans can be told apart. */
const tempPrefix = '.~kw-export-';
const host = createHash('sha1').update(hostname()).digest('hex').slice(0, 8);
/** Another machine's temp file (a network drive) is only cleared once it is surely abandoned. */
const foreignOrphanAgeMs = 24 * 60 * 60 * 1000;

export class TargetTaken extends Error {}

/**
 * Removes temp files that earlier exports left when their process was killed: those of this
 * machine whose process is gone, and very old ones of other machines.
 */
export async function removeOrphans(folder: string): Promise<number> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const match = /^\.~kw-export-([0-9a-f]{8})-(\d+)-[\w-]+\.tmp$/.exec(name);
    if (!match) continue;
    const full = path.join(folder, name);
    const ownHost = match[1] === host;
    const pid = Number(match[2]);
    let abandoned = ownHost && pid !== process.pid && !isProcessAlive(pid);
    if (!ownHost) {
      const info = await stat(full).catch(() => undefined);
      abandoned = info !== undefined && Date.now() - info.mtimeMs > foreignOrphanAgeMs;
    }
    if (abandoned) {
      await unlink(full).then(
        () => removed++,
        () => {},
      );
    }
  }
  return removed;
}

/**
 * Writes `bytes` to `target` atomically. `replace: false` never overwrites: a name taken
 * meanwhile throws TargetTaken (on file systems without hard links, a last check before rename).
 * On any failure the temp file is removed and the target is as it was.
 */
export async function writeAtomically(
  target: string,
  bytes: Uint8Array,
  { replace }: { replace: boolean },
): Promise<void> {
  const folder = path.dirname(target);
  const temporary = path.join(folder, `${tempPrefix}${host}-${process.pid}-${randomUUID()}.tmp`);
  try {
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (replace) await rename(temporary, target);
    else await placeNew(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => {});
    throw error;
  }
  await flushFolder(folder);
}

async function placeNew(temporary: string, target: string): Promise<void> {
  try {
    await link(temporary, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new TargetTaken(target);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS')
      throw error;
    // FAT (USB sticks) has no hard links.
    if (
      await stat(target).then(
        () => true,
        () => false,
      )
    )
      throw new TargetTaken(target);
    await rename(temporary, target);
    return;
  }
  await unlink(temporary);
}
