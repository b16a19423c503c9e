// Which workspace is open, and the file-level operations around it: create, open, demo, restore.
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { copyFile, mkdir, readdir, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import type {
  Backup,
  LaunchState,
  WorkspaceFile,
  WorkspaceSummary,
} from '../../../shared/contract';
import { AppFailure } from '../../../shared/errors';
import { flush, flushFolder } from '../durableFiles';
import type { EventBus } from '../events';
import { fileStamp } from '../fileStamps';
import { demoName, seedDemo } from '../repositories/demo';
import { readSummary, readWorkspaceRow, seedNewWorkspace } from '../repositories/workspace';
import type { KommuneFields } from '../repositories/workspace';
import { Writer } from '../store/changes';
import {
  applyConnectionSettings,
  createWorkspaceFile,
  exists,
  isHeldHere,
  openWorkspaceFile,
  saveCopy,
} from '../store/connection';
import type { Db } from '../store/connection';
import { workspaceExtension } from '../store/fileFormat';
import type { Migration } from '../store/migrations';
import { cutToBytes } from '../store/pathLimits';
import { failureFor } from '../store/sqliteErrors';
import { BackupStore } from './backups';
import { RecentList } from './recent';
import { WorkspaceSession } from './session';

export interface WorkspaceServiceOptions {
  dataDir: string;
  workspaceFolder: string;
  events: EventBus;
  /** Tests substitute their own list to exercise migrations. */
  migrations?: readonly Migration[];
}

export class WorkspaceService {
  readonly backups: BackupStore;
  readonly recent: RecentList;
  private session: WorkspaceSession | undefined;
  private launchFailure: LaunchState['failure'] = null;
  private pendingBackup: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: WorkspaceServiceOptions) {
    this.backups = new BackupStore(path.join(options.dataDir, 'Sicherungen'));
    this.recent = new RecentList(options.dataDir);
  }

  /** The app's own data folder (backups, the recent list, LibreOffice's working folder). */
  get dataDir(): string {
    return this.options.dataDir;
  }

  get workspaceFolder(): string {
    return this.options.workspaceFolder;
  }

  /** The open session; user actions without one are refused. */
  current(): WorkspaceSession {
    if (!this.session) throw new AppFailure('NO_WORKSPACE');
    return this.session;
  }

  summary(): WorkspaceSummary | null {
    return this.session ? readSummary(this.session.db, this.session.file) : null;
  }

  /** Opens the file named on the command line; a failure is kept for the renderer to show. */
  async openAtLaunch(file: string): Promise<void> {
    try {
      await this.open(file);
    } catch (error) {
      const failure = failureFor(error, file);
      if (!failure) throw error;
      this.launchFailure = {
        path: path.resolve(file),
        code: failure.code,
        message: failure.message,
      };
    }
  }

  launchState(): LaunchState {
    return { workspace: this.summary(), failure: this.launchFailure };
  }

  async create(fields: KommuneFields & { path?: string }): Promise<WorkspaceSummary> {
    const file = fields.path ?? (await this.freePath(fields.name));
    await createWorkspaceFile(
      file,
      (db) => seedNewWorkspace(new Writer(db), fields),
      this.options.migrations,
    );
    return this.open(file);
  }

  async openDemo(): Promise<WorkspaceSummary> {
    const file = await this.freePath(`${demoName} (Beispiel)`);
    await createWorkspaceFile(file, (db) => seedDemo(new Writer(db)));
    return this.open(file);
  }

  async open(file: string): Promise<WorkspaceSummary> {
    const resolved = path.resolve(file);
    // The same file under another name or link is the open one: no second look at it.
    if (this.session && (this.session.file === resolved || (await isHeldHere(resolved)))) {
      return readSummary(this.session.db, this.session.file);
    }
    const db = await openWorkspaceFile(resolved, {
      migrations: this.options.migrations,
      beforeMigrate: (connection) => this.backupBeforeMigration(connection, resolved),
    });
    await this.close();
    const { events } = this.options;
    const session = new WorkspaceSession(resolved, db, this.backups, {
      changed: (change) => events.emit('workspace:changed', change),
      historyChanged: (state) => events.emit('history:changed', state),
    });
    this.session = session;
    this.launchFailure = null;
    this.pendingBackup = session.backup('open').catch((error: unknown) => {
      console.error('[kommunalwerkstatt] Sicherung beim Öffnen fehlgeschlagen', error);
      const why = error instanceof AppFailure ? ` ${error.message}` : '';
      this.options.events.emit('backup:failed', {
        message: `Die Sicherung beim Öffnen ist fehlgeschlagen; Sie können weiterarbeiten, aber es gibt von diesem Stand keine Sicherung.${why}`,
      });
    });
    await this.recent.add(resolved, session.name);
    this.options.events.emit('workspace:switched', { path: resolved });
    this.options.events.emit('history:changed', session.historyState());
    return readSummary(db, resolved);
  }

  async close(): Promise<void> {
    const session = this.session;
    if (!session) return;
    this.session = undefined;
    await this.pendingBackup;
    await session.close();
    this.options.events.emit('workspace:switched', { path: null });
  }

  /**
   * "Speichern unter …": the open connection still holds everything acknowledged, also when its
   * file was deleted or replaced; it is copied to a new file, which then is the open workspace.
   */
  async saveAs(name?: string): Promise<WorkspaceSummary> {
    const session = this.current();
    const target = await this.freePath(name ?? session.name);
    await this.pendingBackup;
    await saveCopy(session.db, target);
    // Closed first: the copy may take the deleted file's name, which `open` would take for the open one.
    await this.close();
    return this.open(target);
  }

  async listBackups(file?: string): Promise<Backup[]> {
    if (file === undefined) return this.backups.list(this.current().uuid);
    const resolved = path.resolve(file);
    if (this.session?.file === resolved) return this.backups.list(this.session.uuid);
    return this.backups.listForFile(resolved);
  }

  /**
   * `replace` backs up the open workspace, then swaps the backup in by rename (old or new, never
   * half). `copy` writes the backup beside `file` under a new name and leaves `file` untouched.
   */
  async restore(
    backupId: string,
    mode: 'replace' | 'copy',
    file?: string,
  ): Promise<WorkspaceSummary> {
    const backup = await this.backups.resolve(backupId);
    if (mode === 'replace') {
      const session = this.current();
      if (session.uuid !== backup.uuid) {
        throw new AppFailure(
          'BACKUP_MISSING',
          'Diese Sicherung gehört zu einer anderen Werkstatt.',
        );
      }
      const target = session.file;
      // Copied aside first: the safety backup below may rotate the chosen backup away.
      const staged = await stageCopy(backup.file, target);
      try {
        await this.pendingBackup;
        await session.backup('restore');
        await this.close();
        await placeStaged(staged, target, { replace: true });
      } catch (error) {
        await unlink(staged).catch(() => {});
        // Whatever failed, the user is back in the workspace as it was.
        if (!this.session) await this.open(target).catch(() => undefined);
        throw failureFor(error, target) ?? error;
      }
      return this.open(target);
    }
    const original = path.resolve(file ?? this.current().file);
    const base = path.basename(original, workspaceExtension);
    const target = await this.freePath(
      `${base} (wiederhergestellt ${fileStamp(new Date())})`,
      path.dirname(original),
    );
    const staged = await stageCopy(backup.file, target);
    try {
      // A copy is a workspace of its own: with the original's id it would share its backups.
      await giveOwnUuid(staged);
      await placeStaged(staged, target, { replace: false });
    } catch (error) {
      await unlink(staged).catch(() => {});
      throw failureFor(error, target) ?? error;
    }
    return this.open(target);
  }

  async listFolder(): Promise<{ folder: string; files: WorkspaceFile[] }> {
    const folder = this.options.workspaceFolder;
    let names: string[] = [];
    try {
      names = await readdir(folder);
    } catch {
      // A folder that does not exist yet simply holds no workspaces.
    }
    const files: WorkspaceFile[] = [];
    for (const fileName of names.filter((name) => name.endsWith(workspaceExtension))) {
      const full = path.join(folder, fileName);
      const info = await stat(full);
      if (info.isFile()) {
        files.push({
          path: full,
          fileName,
          modifiedAt: info.mtime.toISOString(),
          sizeBytes: info.size,
        });
      }
    }
    return { folder, files: files.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt)) };
  }

  private async backupBeforeMigration(db: Db, file: string) {
    const row = readWorkspaceRow(db);
    await this.backups.create(db, row.uuid, { path: file, name: row.name }, 'migration');
  }

  /** `<name>.werkstatt` in `folder`, numbered when taken; unsafe characters replaced. */
  private async freePath(name: string, folder = this.options.workspaceFolder): Promise<string> {
    await mkdir(folder, { recursive: true });
    const safe = safeFileName(name);
    for (let n = 1; ; n++) {
      const candidate = path.join(
        folder,
        `${n === 1 ? safe : `${safe} ${n}`}${workspaceExtension}`,
      );
      if (!(await exists(candidate))) return candidate;
    }
  }
}

/**
 * Bytes of a file name made from a Kommune's name: with a number, "(wiederhergestellt …)", the
 * extension and a temporary name beside it, it stays within 255 bytes in any script.
 */
const fileNameBytes = 150;

/** Names as Windows, macOS and Linux all accept them. */
export function safeFileName(name: string): string {
  const cleaned = cutToBytes(
    name
      .replace(/[\\/:*?"<>|\p{Cc}]/gu, '-')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^\.+/, ''),
    fileNameBytes,
  ).trim();
  return cleaned === '' || /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(cleaned) ? 'Werkstatt' : cleaned;
}

/** A complete, flushed copy of `source` under a temporary name beside `target`. */
async function stageCopy(source: string, target: string): Promise<string> {
  const staged = path.join(path.dirname(target), `.${path.basename(target)}.${randomUUID()}.tmp`);
  try {
    await copyFile(source, staged);
    await flush(staged);
    return staged;
  } catch (error) {
    await unlink(staged).catch(() => {});
    throw failureFor(error, target) ?? error;
  }
}

async function giveOwnUuid(file: string): Promise<void> {
  const db = new Database(file, { fileMustExist: true });
  try {
    applyConnectionSettings(db);
    db.prepare('UPDATE workspace SET uuid = ?').run(randomUUID());
  } finally {
    db.close();
  }
  await flush(file);
}

/** Moves a staged copy into place by rename: the target is old or new, never half. */
async function placeStaged(staged: string, target: string, { replace }: { replace: boolean }) {
  if (!replace && (await exists(target))) throw new AppFailure('WORKSPACE_EXISTS');
  await rename(staged, target);
  await flushFolder(path.dirname(target));
}
