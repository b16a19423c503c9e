// Undo and redo stacks of user actions, each a list of row changes applied in one transaction.
import type Database from 'better-sqlite3';
import { Writer } from './changes';
import type { RowChange } from './changes';

export interface Action {
  /** German, shown in the menu: "Rückgängig: Idee verschieben". */
  label: string;
  changes: RowChange[];
}

export interface HistoryState {
  undoLabel: string | undefined;
  redoLabel: string | undefined;
}

const maxActions = 200;

export class History {
  private undoStack: Action[] = [];
  private redoStack: Action[] = [];

  record(action: Action): void {
    if (action.changes.length === 0) return;
    this.undoStack.push(action);
    if (this.undoStack.length > maxActions) this.undoStack.shift();
    this.redoStack = [];
  }

  /**
   * Reverts the newest action; returns its label and the row changes undo made (so the caller
   * can tell the renderer what changed), or undefined when there is nothing to undo.
   */
  undo(db: Database.Database): Action | undefined {
    const action = this.undoStack.at(-1);
    if (!action) return undefined;
    const changes = apply(db, [...action.changes].reverse(), 'before');
    this.undoStack.pop();
    this.redoStack.push(action);
    return { label: action.label, changes };
  }

  /** Repeats the newest undone action; like `undo`, returns what it changed. */
  redo(db: Database.Database): Action | undefined {
    const action = this.redoStack.at(-1);
    if (!action) return undefined;
    const changes = apply(db, action.changes, 'after');
    this.redoStack.pop();
    this.undoStack.push(action);
    return { label: action.label, changes };
  }

  state(): HistoryState {
    return { undoLabel: this.undoStack.at(-1)?.label, redoLabel: this.redoStack.at(-1)?.label };
  }
}

/** Puts every row into its `side` state in one transaction; the Writer records what it did. */
function apply(db: Database.Database, changes: RowChange[], side: 'before' | 'after'): RowChange[] {
  const writer = new Writer(db);
  db.transaction(() => {
    for (const change of changes) writer.restore(change.table, change.key, change[side]);
  })();
  return writer.changes;
}
