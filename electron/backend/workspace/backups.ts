// Online backups in the app's data folder: one folder per workspace (by its uuid), each backup a
// complete .werkstatt file written under a temporary name and then renamed. The automatic ones
// rotate; those the user asked for and the safety copies before a restore stay until deleted.
import type Database from 'better-sqlite3';
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Backup, BackupReason } from '../../../shared/contract';
import { AppFailure } from '../../../shared/errors';
import { flush } from '../durableFiles';
import { localDay, parsePreciseFileStamp, preciseFileStamp } from '../fileStamps';
import { exists } from '../store/connection';
import { failureFor } from '../store/sqliteErrors';
import { workspaceExtension } from '../store/fileFormat';

const reasons: readonly BackupReason[] = [
  'open',
  'auto',
  'close',
  'manual',
  'migration',
  'restore',
];
/** Kept until the user deletes them: "Jetzt sichern" and the copy taken before a restore. */
const keptReasons: readonly BackupReason[] = ['manual', 'restore'];
const keepToday = 3;
const keepAtMost = 10;
const sourceFile = 'quelle.json';
const abandonedAfterMs = 10 * 60 * 1000;

interface Source {
  path: string;
  name: string;
}

export class BackupStore {
  /** Backups run one after another: two at once would pick the same free name and rotate each other. */
  private queue: Promise<unknown> = Promise.resolve();

  /** `now`: the clock that names backups and says which day is today (tests set it). */
  constructor(
    private readonly root: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  create(
    db: Database.Database,
    uuid: string,
    source: Source,
    reason: BackupReason,
  ): Promise<Backup> {
    const next = this.queue.then(() =>
      this.write(db, uuid, source, reason).catch((error: unknown) => {
        throw backupFailure(error, source.path);
      }),
    );
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async write(
    db: Database.Database,
    uuid: string,
    source: Source,
    reason: BackupReason,
  ): Promise<Backup> {
    const folder = this.folder(uuid);
    await mkdir(folder, { recursive: true });
    const fileName = await this.freeName(folder, reason);
    const temporary = path.join(folder, `.${fileName}.tmp`);
    try {
      await db.backup(temporary);
      await flush(temporary);
      await rename(temporary, path.join(folder, fileName));
    } catch (error) {
      await unlink(temporary).catch(() => {});
      throw error;
    }
    await writeFile(path.join(folder, sourceFile), JSON.stringify(source));
    await this.rotate(uuid);
    const created = (await this.list(uuid)).find((backup) => backup.id === idOf(uuid, fileName));
    if (!created) throw new AppFailure('IO_ERROR', 'Die Sicherung konnte nicht angelegt werden.');
    return created;
  }

  /** Newest first. */
  async list(uuid: string): Promise<Backup[]> {
    const folder = this.folder(uuid);
    const source = await readSource(folder);
    let names: string[];
    try {
      names = await readdir(folder);
    } catch {
      return [];
    }
    const backups: Backup[] = [];
    for (const fileName of names) {
      const parsed = parseFileName(fileName);
      if (!parsed) continue;
      const { size } = await stat(path.join(folder, fileName));
      backups.push({
        id: idOf(uuid, fileName),
        workspaceName: source?.name ?? '',
        createdAt: parsed.createdAt,
        reason: parsed.reason,
        kept: keptReasons.includes(parsed.reason),
        sizeBytes: size,
      });
    }
    return backups.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  /** Backups of whatever workspace last lived at `file` — for a file too damaged to tell its uuid. */
  async listForFile(file: string): Promise<Backup[]> {
    let folders: string[];
    try {
      folders = await readdir(this.root);
    } catch {
      return [];
    }
    const wanted = path.resolve(file);
    const found: Backup[] = [];
    for (const uuid of folders) {
      const source = await readSource(this.folder(uuid));
      if (source && path.resolve(source.path) === wanted) found.push(...(await this.list(uuid)));
    }
    return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  /** The file behind a backup id; refuses ids that do not name an existing backup. */
  async resolve(id: string): Promise<{ file: string; uuid: string }> {
    const uuid = id.slice(0, 36);
    const fileName = id.slice(37);
    if (!/^[0-9a-f-]{36}$/.test(uuid) || !parseFileName(fileName)) {
      throw new AppFailure('BACKUP_MISSING');
    }
    const file = path.join(this.folder(uuid), fileName);
    try {
      await stat(file);
    } catch {
      throw new AppFailure('BACKUP_MISSING');
    }
    return { file, uuid };
  }

  /** Deletes a backup (the panel's "Löschen", meant for those that do not rotate away). */
  async delete(id: string): Promise<void> {
    const { file } = await this.resolve(id);
    await unlink(file).catch((error: unknown) => {
      throw failureFor(error, file) ?? error;
    });
  }

  /**
   * Named by the local time ("2026-12-06 14-05-33-123 +0100_auto.werkstatt"); two backups in the
   * same millisecond get consecutive milliseconds.
   */
  private async freeName(folder: string, reason: BackupReason): Promise<string> {
    for (let time = this.now().getTime(); ; time++) {
      const fileName = `${preciseFileStamp(new Date(time))}_${reason}${workspaceExtension}`;
      if (!(await exists(path.join(folder, fileName)))) return fileName;
    }
  }

  /**
   * Of the rotating backups: the 3 newest of today, the newest of each earlier day, 10 at most —
   * days as the user's calendar counts them (local time), not UTC days.
   */
  private async rotate(uuid: string): Promise<void> {
    await this.removeAbandoned(uuid);
    const backups = (await this.list(uuid)).filter((backup) => !backup.kept);
    const today = localDay(this.now());
    const keep = new Set<string>();
    const daysSeen = new Set<string>();
    let todayCount = 0;
    for (const backup of backups) {
      const day = localDay(new Date(backup.createdAt));
      if (day === today ? todayCount++ < keepToday : !daysSeen.has(day)) keep.add(backup.id);
      daysSeen.add(day);
    }
    const kept = backups.filter((backup) => keep.has(backup.id)).slice(0, keepAtMost);
    for (const backup of backups) {
      if (!kept.includes(backup)) {
        await unlink(path.join(this.folder(uuid), backup.id.slice(37))).catch(() => {});
      }
    }
  }

  /** Half-written copies left by a crash during a backup; none is younger than a backup takes. */
  private async removeAbandoned(uuid: string): Promise<void> {
    const folder = this.folder(uuid);
    for (const name of await readdir(folder)) {
      if (!name.endsWith('.tmp')) continue;
      const file = path.join(folder, name);
      const { mtimeMs } = await stat(file);
      if (Date.now() - mtimeMs > abandonedAfterMs) await unlink(file).catch(() => {});
    }
  }

  private folder(uuid: string): string {
    return path.join(this.root, uuid);
  }
}

const idOf = (uuid: string, fileName: string) => `${uuid}_${fileName}`;

/** A backup that could not be written says why; the workspace itself is not affected. */
function backupFailure(error: unknown, file: string): unknown {
  const failure = failureFor(error, file);
  if (failure?.code === 'DISK_FULL') {
    return new AppFailure(
      'DISK_FULL',
      'Der Speicherplatz ist voll: Die Sicherung wurde nicht angelegt. Ihre Werkstatt selbst ist davon nicht betroffen. Bitte schaffen Sie Platz und versuchen Sie es erneut.',
    );
  }
  return failure ?? error;
}

/** "<stamp>_<reason>.werkstatt"; `createdAt` in UTC (ISO 8601) as the contract gives it. */
function parseFileName(fileName: string): { createdAt: string; reason: BackupReason } | undefined {
  const match = /^(.+)_([a-z]+)\.werkstatt$/.exec(fileName);
  if (!match || !reasons.includes(match[2] as BackupReason)) return undefined;
  const createdAt = parsePreciseFileStamp(match[1] as string) ?? parseUtcStamp(match[1] as string);
  return createdAt && { createdAt: createdAt.toISOString(), reason: match[2] as BackupReason };
}

/** Backups written before the local-time names: "2026-12-06T13-05-33-123Z". */
function parseUtcStamp(stamp: string): Date | undefined {
  const match = /^(\d{4}-\d\d-\d\d)T(\d\d)-(\d\d)-(\d\d)-(\d{3})Z$/.exec(stamp);
  return match
    ? new Date(`${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5]}Z`)
    : undefined;
}

async function readSource(folder: string): Promise<Source | undefined> {
  try {
    return JSON.parse(await readFile(path.join(folder, sourceFile), 'utf8')) as Source;
  } catch {
    return undefined;
  }
}
