// Keeps the application menu current with the backend: rebuilt when undo/redo changes and when a
// workspace is opened or closed (the recent list, and what needs an open workspace); an opened
// workspace also goes into the system's recent documents (taskbar jump list, Dock menu).
import { app, Menu } from 'electron';
import type { HistoryState, RecentWorkspace } from '../shared/contract';
import type { EventPayloads, MenuCommand } from '../shared/events';
import type { Backend } from './backend/backend';
import { menuTemplate } from './menu';

export interface ApplicationMenuOptions {
  platform: NodeJS.Platform;
  openProjector: () => void;
  /** Opens a file as a double-click on it does (main's `openFromSystem`). */
  openRecent: (path: string) => void;
}

export function keepApplicationMenuCurrent(
  backend: Pick<Backend, 'events' | 'workspaces'>,
  { platform, openProjector, openRecent }: ApplicationMenuOptions,
): void {
  let history: HistoryState | undefined;
  let recent: RecentWorkspace[] = [];
  let workspaceOpen = backend.workspaces.summary() !== null;
  const send = (command: MenuCommand) => backend.events.emit('menu:command', { command });
  const build = () =>
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        menuTemplate(send, platform === 'darwin', {
          history,
          openProjector,
          recent,
          openRecent,
          workspaceOpen,
        }),
      ),
    );
  // One read after the other: a slow read must not put back the list as it was before an open.
  let reading = Promise.resolve();
  const readRecent = () => {
    reading = reading.then(async () => {
      recent = await backend.workspaces.recent.list();
      build();
    });
  };
  backend.events.subscribe((event, payload) => {
    if (event === 'history:changed') {
      history = payload as EventPayloads['history:changed'];
      build();
    } else if (event === 'workspace:switched') {
      const { path } = payload as EventPayloads['workspace:switched'];
      workspaceOpen = path !== null;
      // The system lists exist on Windows and macOS only.
      if (path && (platform === 'win32' || platform === 'darwin')) app.addRecentDocument(path);
      readRecent();
    }
  });
  build();
  readRecent();
}
