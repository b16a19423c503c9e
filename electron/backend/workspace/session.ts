// One open workspace: its connection, its undo history, and the backups taken while it is open.
import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type {
  Backup,
  BackupReason,
  BoardPatch,
  HistoryState,
  Mutation,
  SyncPoint,
  WorkspaceFileState,
} from '../../../shared/contract';
import type { WorkspaceChange } from '../../../shared/events';
import { currentCaller } from '../caller';
import { AppFailure } from '../../../shared/errors';
import { Writer } from '../store/changes';
import type { RowChange } from '../store/changes';
import { History } from '../store/history';
import type { Action } from '../store/history';
import { rethrowAsFailure } from '../store/sqliteErrors';
import { patchFromChanges } from '../repositories/boardPatch';
import { readWorkspaceRow } from '../repositories/workspace';
import type { BackupStore } from './backups';
import { fileGone, fileStateOf, identityAt } from './fileWatch';
import type { FileIdentity } from './fileWatch';

/** While changed, a backup every ten minutes. */
export const autoBackupIntervalMs = 10 * 60 * 1000;

/** What the session tells the world after each commit. */
export interface SessionListener {
  changed(change: WorkspaceChange): void;
  historyChanged(state: HistoryState): void;
}

/**
 * `undoable: false` for what participants send from their phones: committed and pushed like any
 * action, but kept out of the facilitator's undo history, where Ctrl+Z would otherwise take back
 * a stranger's card instead of the facilitator's own last step.
 */
export interface CommitOptions {
  undoable?: boolean;
}

/** For a session nobody watches (the command line, benchmarks). */
export const unheard: SessionListener = { changed: () => {}, historyChanged: () => {} };

export class WorkspaceSession {
  readonly uuid: string;
  /** One opening of the file; windows that saw another epoch read everything again. */
  private readonly epoch = randomUUID();
  private revision = 0;
  private readonly history = new History();
  private changedSinceBackup = false;
  private readonly timer: NodeJS.Timeout;
  /** The file that was opened; undefined only if it vanished between opening and here. */
  private readonly opened: FileIdentity | undefined;

  constructor(
    readonly file: string,
    readonly db: Database.Database,
    private readonly backups: BackupStore,
    private readonly listener: SessionListener,
  ) {
    this.uuid = readWorkspaceRow(db).uuid;
    this.opened = identityAt(file);
    this.timer = setInterval(() => void this.autoBackup(), autoBackupIntervalMs);
    this.timer.unref();
  }

  get name(): string {
    return readWorkspaceRow(this.db).name;
  }

  /** Whether the path still names the open file (deleted, moved or replaced behind our back). */
  fileState(): WorkspaceFileState {
    return fileStateOf(this.file, this.opened ?? { dev: -1, ino: -1 });
  }

  /**
   * Checked before the transaction, not after the commit: once the path names another file (or
   * none), a commit would go into the unlinked file and be lost with the process, and an answer
   * after it would be too late to refuse. One `stat` costs microseconds beside the commit's fsyncs.
   */
  assertFileInPlace(): void {
    const state = this.fileState();
    if (!state.intact) throw fileGone(state);
  }

  /** Where the committed state stands now (given with `board:load`). */
  syncPoint(): SyncPoint {
    return { epoch: this.epoch, revision: this.revision };
  }

  /** Runs one user action as one transaction; it is committed when this returns. */
  act<T>(label: string, action: (writer: Writer) => T, options: CommitOptions = {}): T {
    return this.commit(label, action, options).result;
  }

  /** A board action: like `act`, answered with what it changed and the new undo state. */
  mutate(label: string, action: (writer: Writer) => void, options: CommitOptions = {}): Mutation {
    const { patch } = this.commit(label, action, options);
    return { patch, history: this.historyState() };
  }

  undo(): Mutation {
    return this.travel(() => this.history.undo(this.db), 'NOTHING_TO_UNDO');
  }

  redo(): Mutation {
    return this.travel(() => this.history.redo(this.db), 'NOTHING_TO_REDO');
  }

  historyState(): HistoryState {
    const { undoLabel, redoLabel } = this.history.state();
    return { undoLabel: undoLabel ?? null, redoLabel: redoLabel ?? null };
  }

  backup(reason: BackupReason): Promise<Backup> {
    this.changedSinceBackup = false;
    return this.backups.create(this.db, this.uuid, { path: this.file, name: this.name }, reason);
  }

  /** Takes the closing backup (if anything changed since the last one) and releases the file. */
  async close(): Promise<void> {
    clearInterval(this.timer);
    try {
      if (this.changedSinceBackup) await this.backup('close');
    } finally {
      this.db.close();
    }
  }

  /** Undo and redo answer like any board action, so the renderer applies them the same way. */
  private travel(
    step: () => Action | undefined,
    nothing: 'NOTHING_TO_UNDO' | 'NOTHING_TO_REDO',
  ): Mutation {
    this.assertFileInPlace();
    let applied: Action | undefined;
    try {
      applied = step();
    } catch (error) {
      return rethrowAsFailure(error, this.file);
    }
    if (applied === undefined) throw new AppFailure(nothing);
    const patch = this.announce(applied.label, applied.changes);
    return { patch, history: this.historyState() };
  }

  private commit<T>(
    label: string,
    action: (writer: Writer) => T,
    { undoable = true }: CommitOptions,
  ): { result: T; patch: BoardPatch } {
    this.assertFileInPlace();
    const writer = new Writer(this.db);
    let result: T;
    try {
      result = this.db.transaction(() => action(writer))();
    } catch (error) {
      return rethrowAsFailure(error, this.file);
    }
    if (undoable) this.history.record({ label, changes: writer.changes });
    return { result, patch: this.announce(label, writer.changes) };
  }

  /**
   * After a commit: counts it and tells every window what changed (the rows read after the
   * commit, as `board:load` would give them). Nothing changed, nothing announced.
   */
  private announce(label: string, changes: RowChange[]): BoardPatch {
    const patch = patchFromChanges(this.db, changes);
    if (changes.length === 0) return patch;
    this.changedSinceBackup = true;
    this.revision++;
    this.listener.changed({
      ...this.syncPoint(),
      origin: currentCaller(),
      label,
      patch,
      tables: [...new Set(changes.map((change) => change.table))],
    });
    this.listener.historyChanged(this.historyState());
    return patch;
  }

  private async autoBackup() {
    if (!this.changedSinceBackup) return;
    try {
      await this.backup('auto');
    } catch (error) {
      // A failed automatic backup must not disturb the workshop; the next interval tries again.
      this.changedSinceBackup = true;
      console.error('[kommunalwerkstatt] Automatische Sicherung fehlgeschlagen', error);
    }
  }
}
