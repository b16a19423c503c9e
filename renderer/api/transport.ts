// What the renderer needs from a transport: one call, one subscription. IPC and HTTP both provide it.
import type { EventName, EventPayloads } from '../../shared/events';
import type { Result } from '../../shared/result';

export interface Transport {
  invoke(method: string, input: unknown): Promise<Result<unknown>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
}
