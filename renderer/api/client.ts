// The renderer's one typed client of the contract; it does not know which transport is underneath.
import { bridgeKey } from '../../shared/bridge';
import type { Bridge } from '../../shared/bridge';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import type { EventName, EventPayloads } from '../../shared/events';
import type { AppError, Result } from '../../shared/result';
import { createHttpTransport } from './httpTransport';
import { createIpcTransport } from './ipcTransport';
import type { Transport } from './transport';

export interface ApiClient {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
  /** Hears every failed call, e.g. to offer "Speichern unter …" whichever action met a lost file. */
  onFailure(listener: (error: AppError) => void): () => void;
}

export function createApiClient(transport: Transport): ApiClient {
  const failureListeners = new Set<(error: AppError) => void>();
  return {
    call: async (method, input) => {
      const result = (await transport.invoke(method, input)) as Result<MethodOutput<typeof method>>;
      if (!result.ok) failureListeners.forEach((listener) => listener(result.error));
      return result;
    },
    on: (event, listener) => transport.on(event, listener),
    onFailure: (listener) => {
      failureListeners.add(listener);
      return () => failureListeners.delete(listener);
    },
  };
}

function detectTransport(): Transport {
  const bridge = (window as unknown as Record<string, Bridge | undefined>)[bridgeKey];
  return bridge ? createIpcTransport(bridge) : createHttpTransport();
}

export const api: ApiClient = createApiClient(detectTransport());
