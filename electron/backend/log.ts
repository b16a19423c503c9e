// The backend's log: plain lines on stderr, so the browser mode's console and Electron's both show them.
import type { DispatchLog } from './dispatch';

export const consoleLog: DispatchLog = {
  error(message, detail) {
    console.error(`[kommunalwerkstatt] ${message}`, detail ?? '');
  },
};
