// Handlers of the timer:* methods: one phase timer for every window (the projector shows it).
// It lives in memory: a restarted app has no running phase.
import type { PhaseTimer } from '../../../shared/contract';
import type { Handler } from '../dispatch';
import type { EventBus } from '../events';

type TimerHandlers = { [M in 'timer:get' | 'timer:set']: Handler<M> };

export function timerHandlers(events: EventBus, now: () => number = Date.now): TimerHandlers {
  let timer: PhaseTimer | null = null;
  return {
    'timer:get': () => (timer && Date.parse(timer.endsAt) > now() - 60_000 ? timer : null),
    'timer:set': ({ minutes, label }) => {
      const durationSeconds = minutes === null ? 0 : Math.round(minutes * 60);
      timer =
        minutes === null
          ? null
          : {
              label: label.trim() || 'Phase',
              endsAt: new Date(now() + durationSeconds * 1000).toISOString(),
              durationSeconds,
            };
      events.emit('timer:changed', { timer });
      return timer;
    },
  };
}
