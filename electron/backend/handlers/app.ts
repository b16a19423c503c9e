// Handlers of the app:* methods.
import packageJson from '../../../package.json';
import type { Handler } from '../dispatch';

export const appHandlers: { 'app:info': Handler<'app:info'> } = {
  'app:info': () => ({ name: packageJson.productName, version: packageJson.version }),
};
