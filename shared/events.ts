// Push events from the backend to the renderer, by name with their payload type.
import type { BoardPatch, PhaseTimer, SyncPoint } from './contract';
import type { ParticipationStatus } from './participation';

/** One committed user action (or undo/redo), pushed to every window of the workspace. */
export interface WorkspaceChange extends SyncPoint {
  /** The window whose call made it (`app:client`); null for the command line or the backend. */
  origin: string | null;
  /** German, as in the undo menu: "Idee verschieben". */
  label: string;
  /** The board's rows as they are now (every window's board applies it). */
  patch: BoardPatch;
  /** The tables the change touched, so other screens know whether to read again. */
  tables: string[];
}

export interface EventPayloads {
  /** A menu command from the Electron shell (the browser mode has the same commands in its own bar). */
  'menu:command': { command: MenuCommand };
  /** Undo/redo availability changed (after any user action, undo or redo). */
  'history:changed': { undoLabel: string | null; redoLabel: string | null };
  /** The open workspace changed (opened, closed, restored). */
  'workspace:switched': { path: string | null };
  /** A backup the app takes by itself (at open) failed; the user should know, not only the log. */
  'backup:failed': { message: string };
  /** A change was committed to the open workspace (by any window, undo and redo included). */
  'workspace:changed': WorkspaceChange;
  /** The phase timer was started, restarted or stopped (null). */
  'timer:changed': { timer: PhaseTimer | null };
  /** Participation opened, closed or changed (settings, devices, the running vote's tally). */
  'participation:changed': { status: ParticipationStatus };
}

export type MenuCommand =
  | 'about'
  | 'undo'
  | 'redo'
  | 'shortcuts'
  | 'newWorkspace'
  | 'openWorkspace'
  | 'closeWorkspace'
  /** "Datei → Werkstattplan exportieren …": the Werkstattplan screen, where the export is. */
  | 'exportPlan';

export type EventName = keyof EventPayloads;

export const eventNames: readonly EventName[] = [
  'menu:command',
  'history:changed',
  'workspace:switched',
  'backup:failed',
  'workspace:changed',
  'timer:changed',
  'participation:changed',
];

export function isEventName(name: string): name is EventName {
  return (eventNames as readonly string[]).includes(name);
}
