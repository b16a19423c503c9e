// The phase timer: one for every window, announced to all of them, stopped on request.
import { describe, expect, it } from 'vitest';
import { EventBus } from '../../electron/backend/events';
import { timerHandlers } from '../../electron/backend/handlers/timer';
import type { PhaseTimer } from '../../shared/contract';

describe('phase timer', () => {
  it('starts for everyone, is read back by a window that opens later, and stops', async () => {
    const events = new EventBus();
    const heard: (PhaseTimer | null)[] = [];
    events.subscribe((event, payload) => {
      if (event === 'timer:changed') heard.push((payload as { timer: PhaseTimer | null }).timer);
    });
    let now = Date.parse('2026-12-06T10:00:00Z');
    const timer = timerHandlers(events, () => now);
    const started = await timer['timer:set']({ minutes: 15, label: ' Kritikphase ' });
    expect(started).toEqual({
      label: 'Kritikphase',
      endsAt: '2026-12-06T10:15:00.000Z',
      durationSeconds: 900,
    });
    expect(heard).toEqual([started]);
    now += 10 * 60_000;
    expect(await timer['timer:get']({})).toEqual(started);
    expect(await timer['timer:set']({ minutes: null, label: '' })).toBeNull();
    expect(heard.at(-1)).toBeNull();
    expect(await timer['timer:get']({})).toBeNull();
  });

  it('forgets a timer that ran out more than a minute ago', async () => {
    let now = 0;
    const timer = timerHandlers(new EventBus(), () => now);
    await timer['timer:set']({ minutes: 1, label: '' });
    now = 90_000;
    expect(await timer['timer:get']({})).not.toBeNull();
    now = 121_000;
    expect(await timer['timer:get']({})).toBeNull();
  });
});
