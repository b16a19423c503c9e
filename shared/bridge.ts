// The only surface the Electron preload exposes to the renderer (window.kommunalwerkstatt).
import type { MethodInput, MethodName, MethodOutput } from './contract';
import type { EventName, EventPayloads } from './events';
import type { Result } from './result';

export interface Bridge {
  invoke<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>>;
  /** Returns the function that unsubscribes. */
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
}

export const bridgeKey = 'kommunalwerkstatt';
