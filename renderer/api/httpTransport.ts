// The browser mode's transport: POST /api/<method>, events over one EventSource.
import { errorMessages } from '../../shared/errors';
import type { EventName, EventPayloads } from '../../shared/events';
import { fail } from '../../shared/result';
import type { Result } from '../../shared/result';
import type { Transport } from './transport';

export function createHttpTransport(): Transport {
  let source: EventSource | undefined;
  return {
    async invoke(method, input) {
      try {
        const response = await fetch(`/api/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          credentials: 'same-origin',
          body: JSON.stringify(input ?? {}),
        });
        return (await response.json()) as Result<unknown>;
      } catch {
        return fail('TRANSPORT', errorMessages.TRANSPORT);
      }
    },
    on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void) {
      source ??= new EventSource('/api/events');
      const handler = (message: MessageEvent<string>) =>
        listener(JSON.parse(message.data) as EventPayloads[E]);
      source.addEventListener(event, handler);
      return () => source?.removeEventListener(event, handler);
    },
  };
}
