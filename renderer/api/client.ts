// The renderer's one typed client of the contract; it does not know which transport is underneath.
import { bridgeKey } from '../../shared/bridge';
import type { Bridge } from '../../shared/bridge';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import type { EventName, EventPayloads } from '../../shared/events';
import type { Result } from '../../shared/result';
import { createHttpTransport } from './httpTransport';
import { createIpcTransport } from './ipcTransport';
import type { Transport } from './transport';

export interface ApiClient {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
}

export function createApiClient(transport: Transport): ApiClient {
  return {
    call: (method, input) =>
      transport.invoke(method, input) as Promise<Result<MethodOutput<typeof method>>>,
    on: (event, listener) => transport.on(event, listener),
  };
}

function detectTransport(): Transport {
  const bridge = (window as unknown as Record<string, Bridge | undefined>)[bridgeKey];
  return bridge ? createIpcTransport(bridge) : createHttpTransport();
}

export const api: ApiClient = createApiClient(detectTransport());
