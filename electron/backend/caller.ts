// Which window made the call that is running: set by the dispatcher for the call's whole
// (synchronous and asynchronous) course, read where a commit is announced to all windows.
import { AsyncLocalStorage } from 'node:async_hooks';

const current = new AsyncLocalStorage<string | null>();

export function runAs<T>(caller: string | null, call: () => T): T {
  return current.run(caller, call);
}

/** The calling window's id (`app:client`), or null outside a call from a window. */
export function currentCaller(): string | null {
  return current.getStore() ?? null;
}
