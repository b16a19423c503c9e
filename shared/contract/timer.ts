// The phase timer of a Zukunftswerkstatt: started on the board, seen by the room on the projector
// (and later on the participants' phones). Held by the backend while the app runs, not in the file.
import { z } from 'zod';
import { singleLineText } from '../text';
import { method } from './define';

export interface PhaseTimer {
  /** What the room is timing, e.g. "Kritikphase". */
  label: string;
  /** ISO 8601 instant when the time is up. */
  endsAt: string;
  durationSeconds: number;
}

export const timerMethods = {
  /** The running phase timer, or null. */
  'timer:get': method<PhaseTimer | null>()('Laufender Phasen-Timer.', z.object({}).strict()),
  /** Starts (or restarts) the phase timer for every window; `minutes: null` stops it. */
  'timer:set': method<PhaseTimer | null>()(
    'Phasen-Timer starten oder anhalten.',
    z
      .object({
        minutes: z
          .number()
          .min(0.5, 'Mindestens eine halbe Minute.')
          .max(240, 'Höchstens 240 Minuten.')
          .nullable(),
        label: singleLineText({ label: 'Bezeichnung', max: 80 }).default(''),
      })
      .strict(),
  ),
};
