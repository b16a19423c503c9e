// Files written for the user (Werkstattplan, project files, CSV): atomically, under a chosen name
// or a fresh one in the workspace folder, with a failure that says what to do.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { removeOrphans, TargetTaken, writeAtomically } from './atomicWrite';
import { writeFailure } from './failures';

export type FileTarget =
  /** Exactly this file, replaced if it exists (the user chose it). */
  | { kind: 'exact'; path: string }
  /** `<baseName><extension>` in `folder`, numbered " (2)", " (3)" … when taken. */
  | { kind: 'fresh'; folder: string; baseName: string; extension: string };

const maxNumberedNames = 999;

/** The file the user chose, or else a fresh name in the default folder. */
export const chosenOrFresh = (
  chosen: string | undefined,
  fresh: Omit<Extract<FileTarget, { kind: 'fresh' }>, 'kind'>,
): FileTarget => (chosen ? { kind: 'exact', path: chosen } : { kind: 'fresh', ...fresh });

/** Writes `bytes` so that the target is the old file or the complete new one; returns where. */
export async function writeUserFile(
  bytes: Uint8Array,
  target: FileTarget,
  what: string,
): Promise<string> {
  if (target.kind === 'exact') {
    const file = path.resolve(target.path);
    await removeOrphans(path.dirname(file));
    try {
      await writeAtomically(file, bytes, { replace: true });
    } catch (error) {
      throw writeFailure(error, file, what);
    }
    return file;
  }
  const { folder, baseName, extension } = target;
  // The default folder is the app's own; it may simply not exist yet.
  await mkdir(folder, { recursive: true }).catch((error: unknown) => {
    throw writeFailure(error, path.join(folder, baseName + extension), what);
  });
  await removeOrphans(folder);
  for (let n = 1; n <= maxNumberedNames; n++) {
    const file = path.join(folder, `${baseName}${n === 1 ? '' : ` (${n})`}${extension}`);
    try {
      await writeAtomically(file, bytes, { replace: false });
      return file;
    } catch (error) {
      if (!(error instanceof TargetTaken)) throw writeFailure(error, file, what);
    }
  }
  throw writeFailure(new Error('Kein freier Dateiname'), path.join(folder, baseName), what);
}
