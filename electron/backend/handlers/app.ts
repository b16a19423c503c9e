// Handlers of the app:* methods.
import packageJson from '../../../package.json';
import { currentCaller } from '../caller';
import type { Handler } from '../dispatch';

export const appHandlers: { [M in 'app:info' | 'app:client']: Handler<M> } = {
  'app:info': () => ({ name: packageJson.productName, version: packageJson.version }),
  'app:client': () => ({ clientId: currentCaller() }),
};
