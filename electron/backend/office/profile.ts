// The LibreOffice profile an export works with. A fresh profile costs LibreOffice a second or more
// to create, so one is kept in the data folder between exports (one session at a time; a second,
// concurrent export gets a temporary one). Either is told the LibreOffice version that last ran in
// it: a profile LibreOffice takes for upgraded makes it run its graphics render tests at every
// start (3–4 s), and only its window, which a headless LibreOffice never opens, records the version.
import { mkdir, open, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isProcessAlive } from '../processAlive';

/** A profile to start LibreOffice with, and what to do when the session is over. */
export interface Profile {
  folder: string;
  /** The profile kept in the data folder, not a temporary one. */
  kept: boolean;
  release(): Promise<void>;
}

/**
 * The kept profile `<workFolder>/profile` when no other session holds it, else a temporary one in
 * `tempFolder` (which the caller removes); either prepared for `soffice`.
 */
export async function claimProfile(
  soffice: string,
  workFolder: string,
  tempFolder: string,
): Promise<Profile> {
  const kept = path.join(workFolder, 'profile');
  const lock = `${kept}.lock`;
  const held = (await takeLock(lock)) || ((await staleLock(lock)) && (await takeLock(lock)));
  const folder = held ? kept : path.join(tempFolder, 'profile');
  await markVersion(folder, await productVersion(soffice));
  return {
    folder,
    kept: held,
    release: async () => {
      if (held) await rm(lock, { force: true });
    },
  };
}

/** Creates the lock file with this process's id; false when it exists. */
async function takeLock(lock: string): Promise<boolean> {
  try {
    await mkdir(path.dirname(lock), { recursive: true });
    const file = await open(lock, 'wx');
    await file.writeFile(String(process.pid));
    await file.close();
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * True (and the lock removed) when the process that took it is gone, e.g. after a crash. A lock
 * without an id is being written just now, or was left by a crash while it was: stale after a minute.
 */
async function staleLock(lock: string): Promise<boolean> {
  const [content, stats] = await Promise.all([
    readFile(lock, 'utf8').catch(() => ''),
    stat(lock).catch(() => undefined),
  ]);
  const pid = Number(content);
  if (Number.isInteger(pid) && pid > 0) {
    if (pid === process.pid || isProcessAlive(pid)) return false;
  } else if (stats && Date.now() - stats.mtimeMs < 60_000) {
    return false;
  }
  await rm(lock, { force: true });
  return true;
}

const versions = new Map<string, Promise<string | undefined>>();

/**
 * LibreOffice's "major.minor" as its installation states it (share/registry/main.xcd, beside
 * the program folder; on macOS in Resources), looked up once per installation.
 */
export function productVersion(soffice: string): Promise<string | undefined> {
  let version = versions.get(soffice);
  if (!version) {
    const program = path.dirname(soffice);
    version = (async () => {
      for (const registry of [
        path.join(program, '..', 'share', 'registry', 'main.xcd'),
        path.join(program, '..', 'Resources', 'registry', 'main.xcd'),
      ]) {
        const xml = await readFile(registry, 'utf8').catch(() => '');
        const found = /<prop oor:name="ooSetupVersion">\s*<value>(\d+\.\d+)<\/value>/.exec(xml);
        if (found) return found[1];
      }
      return undefined;
    })();
    versions.set(soffice, version);
  }
  return version;
}

const items = 'registrymodifications.xcu';
const lastVersion = (version: string) =>
  `<item oor:path="/org.openoffice.Setup/Product"><prop oor:name="ooSetupLastVersion" oor:op="fuse"><value>${version}</value></prop></item>`;
const lastVersionItem =
  /<item oor:path="\/org\.openoffice\.Setup\/Product"><prop oor:name="ooSetupLastVersion"[^>]*>.*?<\/item>/s;

/**
 * Records `version` as the last that ran in the profile, in the file LibreOffice keeps its settings
 * in (created when the profile is new). Without a version nothing is written: LibreOffice then
 * tests its graphics as it always would.
 */
export async function markVersion(profile: string, version: string | undefined): Promise<void> {
  if (!version) return;
  const file = path.join(profile, 'user', items);
  const current = await readFile(file, 'utf8').catch(() => undefined);
  const item = lastVersion(version);
  if (current?.includes(item)) return;
  let updated: string;
  if (current === undefined) {
    updated =
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n' +
      `${item}\n</oor:items>\n`;
  } else if (lastVersionItem.test(current)) {
    updated = current.replace(lastVersionItem, item);
  } else if (current.includes('</oor:items>')) {
    updated = current.replace('</oor:items>', `${item}\n</oor:items>`);
  } else {
    return;
  }
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, updated);
}
