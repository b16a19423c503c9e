// The Electron transport: the preload's bridge, nothing more.
import type { Bridge } from '../../shared/bridge';
import type { Transport } from './transport';

export function createIpcTransport(bridge: Bridge): Transport {
  return {
    invoke: (method, input) => bridge.invoke(method as never, input as never),
    on: (event, listener) => bridge.on(event, listener),
  };
}
