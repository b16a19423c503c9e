// The German application menu; commands that concern the document go to the renderer.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/events';

export function menuTemplate(
  send: (command: MenuCommand) => void,
  isMac: boolean,
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
        { label: 'Rückgängig', accelerator: 'CmdOrCtrl+Z', click: () => send('undo') },
        {
          label: 'Wiederholen',
          accelerator: isMac ? 'Shift+Cmd+Z' : 'Ctrl+Y',
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
