// The application behind both transports: handlers bound to their state, the dispatcher and the event bus.
import { createDispatcher } from './dispatch';
import type { Dispatch, DispatchLog, Handlers } from './dispatch';
import { EventBus } from './events';
import { appHandlers } from './handlers/app';
import { consoleLog } from './log';

export interface BackendOptions {
  log?: DispatchLog;
}

export interface Backend {
  dispatch: Dispatch;
  events: EventBus;
  close(): Promise<void>;
}

export function createBackend(options: BackendOptions = {}): Backend {
  const events = new EventBus();
  const handlers: Handlers = {
    ...appHandlers,
  };
  return {
    dispatch: createDispatcher(handlers, options.log ?? consoleLog),
    events,
    close: async () => {},
  };
}
