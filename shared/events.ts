// Push events from the backend to the renderer, by name with their payload type.

export interface EventPayloads {
  /** A menu command from the Electron shell (the browser mode has the same commands in its own bar). */
  'menu:command': { command: MenuCommand };
  /** Undo/redo availability changed (after any user action, undo or redo). */
  'history:changed': { undoLabel: string | null; redoLabel: string | null };
  /** The open workspace changed (opened, closed, restored). */
  'workspace:switched': { path: string | null };
  /** A backup the app takes by itself (at open) failed; the user should know, not only the log. */
  'backup:failed': { message: string };
}

export type MenuCommand =
  'about' | 'undo' | 'redo' | 'shortcuts' | 'newWorkspace' | 'openWorkspace' | 'closeWorkspace';

export type EventName = keyof EventPayloads;

export const eventNames: readonly EventName[] = [
  'menu:command',
  'history:changed',
  'workspace:switched',
  'backup:failed',
];

export function isEventName(name: string): name is EventName {
  return (eventNames as readonly string[]).includes(name);
}
