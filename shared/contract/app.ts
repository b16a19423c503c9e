// Methods about the application itself.
import { z } from 'zod';
import { method } from './define';

export interface AppInfo {
  name: string;
  version: string;
}

export const appMethods = {
  /** Name and version of the running application, for "Über Kommunalwerkstatt". */
  'app:info': method<AppInfo>()('Name und Version der Anwendung.', z.object({}).strict()),
  /**
   * The name under which the backend knows this window; pushed changes carry it as `origin`, so a
   * window tells its own changes from those of other windows (a projector, a second tab).
   */
  'app:client': method<{ clientId: string | null }>()(
    'Kennung dieses Fensters für die Live-Aktualisierung.',
    z.object({}).strict(),
  ),
};
