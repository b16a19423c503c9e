// The browser mode's transport: POST /api/<method> and one event stream, both with the Bearer token.
import { errorMessages } from '../../shared/errors';
import type { EventName, EventPayloads } from '../../shared/events';
import { fail, ok } from '../../shared/result';
import type { Result } from '../../shared/result';
import { openEventStream } from './eventStream';
import { authHeaders } from './token';
import type { Transport } from './transport';

export function createHttpTransport(): Transport {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let streaming = false;
  const deliver = (event: string, data: string) => {
    const wanted = listeners.get(event);
    if (!wanted || wanted.size === 0) return;
    const payload: unknown = JSON.parse(data);
    for (const listener of wanted) listener(payload);
  };
  return {
    async invoke(method, input) {
      try {
        const response = await fetch(`/api/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...authHeaders() },
          credentials: 'omit',
          body: JSON.stringify(input ?? {}),
        });
        return (await response.json()) as Result<unknown>;
      } catch {
        return fail('TRANSPORT', errorMessages.TRANSPORT);
      }
    },
    on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void) {
      if (!streaming) {
        streaming = true;
        openEventStream('/api/events', authHeaders, deliver);
      }
      const wrapped = listener as (payload: unknown) => void;
      let wanted = listeners.get(event);
      if (!wanted) listeners.set(event, (wanted = new Set()));
      wanted.add(wrapped);
      return () => void wanted.delete(wrapped);
    },
  };
}

/** An offered file (an export of this session) by its handle, as a Blob with the server's type. */
export async function fetchOffered(handle: string): Promise<Result<Blob>> {
  try {
    const response = await fetch(`/api/download?handle=${encodeURIComponent(handle)}`, {
      headers: authHeaders(),
      credentials: 'omit',
      cache: 'no-store',
    });
    if (!response.ok) return (await response.json()) as Result<Blob>;
    return ok(await response.blob());
  } catch {
    return fail('TRANSPORT', errorMessages.TRANSPORT);
  }
}
