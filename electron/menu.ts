// The German application menu; commands that concern the document go to the renderer. It is
// built again when the undo history changes, so "Rückgängig" names what it will undo, and when a
// workspace is opened or closed, for "Zuletzt geöffnet".
import type { MenuItemConstructorOptions } from 'electron';
import type { HistoryState, RecentWorkspace } from '../shared/contract';
import type { MenuCommand } from '../shared/events';

export interface MenuOptions {
  /** What undo and redo would do now; without it they are named plainly. */
  history?: HistoryState;
  /** "Ansicht → Projektorfenster": the presentation view in a second window. */
  openProjector?: () => void;
  /** "Datei → Zuletzt geöffnet": the backend's recent list, newest first. */
  recent?: RecentWorkspace[];
  /** Opens a workspace of the recent list the way a double-click on its file does. */
  openRecent?: (path: string) => void;
  /** Whether a workspace is open (closing and exporting need one); assumed when not told. */
  workspaceOpen?: boolean;
}

export function menuTemplate(
  send: (command: MenuCommand) => void,
  isMac: boolean,
  { history, openProjector, recent = [], openRecent, workspaceOpen = true }: MenuOptions = {},
): MenuItemConstructorOptions[] {
  return [
    ...(isMac ? [{ role: 'appMenu' as const, label: 'Kommunalwerkstatt' }] : []),
    {
      label: 'Datei',
      submenu: [
        {
          label: 'Neue Werkstatt …',
          accelerator: 'CmdOrCtrl+N',
          click: () => send('newWorkspace'),
        },
        {
          label: 'Werkstatt öffnen …',
          accelerator: 'CmdOrCtrl+O',
          click: () => send('openWorkspace'),
        },
        {
          label: 'Zuletzt geöffnet',
          submenu: recentItems(recent, isMac, openRecent),
        },
        { type: 'separator' },
        {
          label: 'Werkstattplan exportieren …',
          accelerator: 'CmdOrCtrl+P',
          enabled: workspaceOpen,
          click: () => send('exportPlan'),
        },
        { type: 'separator' },
        {
          label: 'Werkstatt schließen',
          accelerator: 'CmdOrCtrl+W',
          enabled: workspaceOpen,
          click: () => send('closeWorkspace'),
        },
        { type: 'separator' },
        // Cmd+W closes the workspace on every system, so the window takes Shift+Cmd+W here.
        isMac
          ? { role: 'close', label: 'Fenster schließen', accelerator: 'Shift+Cmd+W' }
          : { role: 'quit', label: 'Beenden' },
      ],
    },
    {
      label: 'Bearbeiten',
      submenu: [
        {
          label: history?.undoLabel ? `Rückgängig: ${history.undoLabel}` : 'Rückgängig',
          accelerator: 'CmdOrCtrl+Z',
          enabled: history ? history.undoLabel !== null : true,
          click: () => send('undo'),
        },
        {
          label: history?.redoLabel ? `Wiederholen: ${history.redoLabel}` : 'Wiederholen',
          accelerator: isMac ? 'Shift+Cmd+Z' : 'Ctrl+Y',
          enabled: history ? history.redoLabel !== null : true,
          click: () => send('redo'),
        },
        { type: 'separator' },
        { role: 'cut', label: 'Ausschneiden' },
        { role: 'copy', label: 'Kopieren' },
        { role: 'paste', label: 'Einfügen' },
        { role: 'selectAll', label: 'Alles auswählen' },
      ],
    },
    {
      label: 'Ansicht',
      submenu: [
        { role: 'resetZoom', label: 'Originalgröße' },
        { role: 'zoomIn', label: 'Vergrößern' },
        { role: 'zoomOut', label: 'Verkleinern' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Vollbild' },
        ...(openProjector
          ? [
              { type: 'separator' as const },
              { label: 'Projektorfenster', accelerator: 'CmdOrCtrl+Shift+P', click: openProjector },
            ]
          : []),
      ],
    },
    // macOS keeps its windows (minimise, zoom, bring all to front) in a menu of their own.
    ...(isMac ? [{ role: 'windowMenu' as const, label: 'Fenster' }] : []),
    {
      label: 'Hilfe',
      submenu: [
        { label: 'Tastenkürzel', accelerator: 'F1', click: () => send('shortcuts') },
        { label: 'Über Kommunalwerkstatt', click: () => send('about') },
      ],
    },
  ];
}

/**
 * The recent workspaces by name; where two share a name, their paths tell them apart. A file that
 * is gone stays listed, greyed out, so the user sees where it was.
 */
function recentItems(
  recent: RecentWorkspace[],
  isMac: boolean,
  openRecent: ((path: string) => void) | undefined,
): MenuItemConstructorOptions[] {
  if (recent.length === 0) return [{ label: 'Keine Werkstätten', enabled: false }];
  const names = recent.map((entry) => entry.name);
  return recent.map((entry) => {
    const shared = names.indexOf(entry.name) !== names.lastIndexOf(entry.name);
    const label = `${entry.name}${shared ? ` (${entry.path})` : ''}${entry.exists ? '' : ' – nicht gefunden'}`;
    return {
      // Windows and Linux read "&" as the mark of an access key; "&&" shows one.
      label: isMac ? label : label.replace(/&/g, '&&'),
      enabled: entry.exists && openRecent !== undefined,
      click: () => openRecent?.(entry.path),
    };
  });
}
