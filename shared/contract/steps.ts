// The five process steps: status, planned and finished dates, results, and each step's checklist.
// Every change is one undoable action answered with all five steps.
import { z } from 'zod';
import { stepKeys, stepStatuses } from '../domain';
import type { StepDetail } from '../process';
import { multiLineText, singleLineText } from '../text';
import { method } from './define';
import { id, isoDate } from './fields';

const itemText = singleLineText({
  label: 'Checklistenpunkt',
  max: 300,
  required: 'Bitte den Punkt der Checkliste beschreiben.',
});

/** The fields `steps:update` may change; the planned period is checked against the stored other end. */
export const stepChanges = z
  .object({
    status: z.enum(stepStatuses),
    startDate: isoDate.nullable(),
    endDate: isoDate.nullable(),
    doneDate: isoDate.nullable(),
    notes: multiLineText({ label: 'Ergebnisse', max: 5_000 }),
  })
  .partial()
  .strict();
export type StepChanges = z.infer<typeof stepChanges>;

export const stepMethods = {
  /** All five steps in order, each with its checklist. */
  'steps:load': method<StepDetail[]>()('Die fünf Prozessschritte.', z.object({}).strict()),
  /**
   * Changes a step. Set to "abgeschlossen" without a done date, it is finished today; set back,
   * the done date goes.
   */
  'steps:update': method<StepDetail[]>()(
    'Prozessschritt ändern.',
    z.object({ step: z.enum(stepKeys), changes: stepChanges }).strict(),
  ),
  /** Adds a checklist item at the end of the step's list. */
  'checklist:add': method<StepDetail[]>()(
    'Punkt zur Checkliste hinzufügen.',
    z.object({ step: z.enum(stepKeys), text: itemText }).strict(),
  ),
  /** Rewords an item or ticks it off. */
  'checklist:update': method<StepDetail[]>()(
    'Punkt der Checkliste ändern.',
    z.object({ id, text: itemText.optional(), done: z.boolean().optional() }).strict(),
  ),
  /** Moves an item before `beforeId` in its list (null: to the end). */
  'checklist:move': method<StepDetail[]>()(
    'Punkt der Checkliste verschieben.',
    z.object({ id, beforeId: id.nullable() }).strict(),
  ),
  'checklist:delete': method<StepDetail[]>()(
    'Punkt der Checkliste löschen.',
    z.object({ id }).strict(),
  ),
};
