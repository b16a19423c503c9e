// Small schemas several domains of the contract share: ids, calendar dates, head counts.
import { z } from 'zod';

export const id = z.number().int().positive();

/** "YYYY-MM-DD", a day that can exist on a calendar. */
export const isoDate = z
  .string({ error: 'Bitte ein Datum angeben.' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'Bitte ein gültiges Datum angeben.');

export const participantCount = z
  .number({ error: 'Die Zahl der Teilnehmenden bitte als ganze Zahl angeben.' })
  .int('Die Zahl der Teilnehmenden bitte als ganze Zahl angeben.')
  .min(0, 'Die Zahl der Teilnehmenden kann nicht negativ sein.')
  .max(100_000, 'Die Zahl der Teilnehmenden ist zu groß.')
  .nullable();
