// Binds the contract to ipcMain: only contract methods, only from our own frames.
import type { IpcMain, WebContents, WebFrameMain } from 'electron';
import { methodNames } from '../shared/contract';
import { errorMessages } from '../shared/errors';
import { fail } from '../shared/result';
import type { Backend } from './backend/backend';
import { appOrigin } from './protocol';

/** Event channels are prefixed so they can never be mistaken for a method. */
export const eventChannel = (event: string) => `event:${event}`;

export function isTrustedSender(frame: WebFrameMain | null | undefined): boolean {
  if (!frame) return false;
  try {
    // Node's URL reports origin "null" for custom schemes, so compare scheme and host ourselves.
    const url = new URL(frame.url);
    return `${url.protocol}//${url.host}` === appOrigin;
  } catch {
    return false;
  }
}

export function bindContract(
  ipcMain: Pick<IpcMain, 'handle'>,
  backend: Backend,
  targets: () => WebContents[],
): () => void {
  for (const method of methodNames) {
    ipcMain.handle(method, (event, input: unknown) =>
      isTrustedSender(event.senderFrame)
        ? backend.dispatch(method, input, `window-${event.sender.id}`)
        : fail('FORBIDDEN', errorMessages.FORBIDDEN),
    );
  }
  return backend.events.subscribe((event, payload) => {
    for (const contents of targets()) contents.send(eventChannel(event), payload);
  });
}
