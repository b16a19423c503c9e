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
};
