// Typed push events from the backend; each transport forwards them to its renderer.
import type { EventName, EventPayloads } from '../../shared/events';

type Listener = <E extends EventName>(event: E, payload: EventPayloads[E]) => void;

export class EventBus {
  private readonly listeners = new Set<Listener>();

  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void {
    for (const listener of this.listeners) listener(event, payload);
  }

  /** Subscribes to every event; returns the function that unsubscribes. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
