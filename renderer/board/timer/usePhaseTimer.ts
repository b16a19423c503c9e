// The running phase timer as every window sees it, and the seconds left, ticking once a second.
import { useEffect, useState } from 'react';
import type { PhaseTimer } from '../../../shared/contract';
import { api } from '../../api/client';

export function usePhaseTimer(): { timer: PhaseTimer | null; secondsLeft: number } {
  const [timer, setTimer] = useState<PhaseTimer | null>(null);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    let current = true;
    void api.call('timer:get', {}).then((result) => {
      if (current && result.ok) setTimer(result.value);
    });
    const stop = api.on('timer:changed', (payload) => setTimer(payload.timer));
    return () => {
      current = false;
      stop();
    };
  }, []);

  useEffect(() => {
    if (!timer) return;
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, [timer]);

  const secondsLeft = timer ? Math.max(0, Math.ceil((Date.parse(timer.endsAt) - now) / 1000)) : 0;
  return { timer, secondsLeft };
}

/** "07:32", "1:05:00". */
export function formatCountdown(seconds: number): string {
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  const two = (value: number) => String(value).padStart(2, '0');
  return hours > 0 ? `${hours}:${two(minutes)}:${two(rest)}` : `${two(minutes)}:${two(rest)}`;
}
