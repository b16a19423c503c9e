// The German application menu; commands that concern the document go to the renderer. It is
// built again when the undo history changes, so "Rückgängig" names what it will undo.
import type { MenuItemConstructorOptions } from 'electron';
import type { HistoryState } from '../shared/contract';
import type { MenuCommand } from '../shared/events';

export interface MenuOptions {
  /** What undo and redo would do now; without it they are named plainly. */
  history?: HistoryState;
  /** "Ansicht → Projektorfenster": the presentation view in a second window. */
  openProjector?: () => void;
}

export function menuTemplate(
  send: (command: MenuCommand) => void,
  isMac: boolean,
  { history, openProjector }: MenuOptions = {},
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
          label: 'Werkstatt schließen',
          accelerator: 'CmdOrCtrl+W',
          click: () => send('closeWorkspace'),
        },
        { type: 'separator' },
        isMac ? { role: 'close', label: 'Fenster schließen' } : { role: 'quit', label: 'Beenden' },
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
    {
      label: 'Hilfe',
      submenu: [
        { label: 'Tastenkürzel', accelerator: 'F1', click: () => send('shortcuts') },
        { label: 'Über Kommunalwerkstatt', click: () => send('about') },
      ],
    },
  ];
}
