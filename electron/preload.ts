// The preload: exposes exactly invoke and on, nothing of Node or Electron.
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { bridgeKey } from '../shared/bridge';
import type { Bridge } from '../shared/bridge';
import { isEventName } from '../shared/events';

const bridge = {
  invoke: (method, input) => ipcRenderer.invoke(method, input),
  on: (event, listener) => {
    if (!isEventName(event)) throw new Error(`Unbekanntes Ereignis: ${String(event)}`);
    const channel = `event:${event}`;
    const wrapped = (_event: IpcRendererEvent, payload: Parameters<typeof listener>[0]) =>
      listener(payload);
    ipcRenderer.on(channel, wrapped);
    return () => void ipcRenderer.removeListener(channel, wrapped);
  },
} satisfies Bridge;

contextBridge.exposeInMainWorld(bridgeKey, bridge);
