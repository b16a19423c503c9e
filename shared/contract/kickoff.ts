// The Kick-Off: the meeting itself with its agreements, and the Akteure of the process. Every
// change is one undoable action answered with everything the Kick-Off screen shows.
import { z } from 'zod';
import type { KickoffData } from '../process';
import { multiLineText, singleLineText } from '../text';
import { method } from './define';
import { id, isoDate, participantCount } from './fields';

const agreementText = singleLineText({
  label: 'Vereinbarung',
  max: 500,
  required: 'Bitte die Vereinbarung formulieren.',
});

/** The fields `kickoff:update` may change. */
export const kickoffChanges = z
  .object({
    date: isoDate.nullable(),
    place: singleLineText({ label: 'Ort', max: 160 }),
    participantCount,
    invitedBy: singleLineText({ label: 'Eingeladen von', max: 160 }),
    headPresent: z.boolean(),
    nextSteps: multiLineText({ label: 'Nächste Schritte', max: 5_000 }),
  })
  .partial()
  .strict();
export type KickoffChanges = z.infer<typeof kickoffChanges>;

/** An Akteur: personal data kept minimal (a name or function, organisation, role). */
export const actorFields = z
  .object({
    name: singleLineText({ label: 'Name', max: 160, required: 'Bitte einen Namen angeben.' }),
    organisation: singleLineText({ label: 'Organisation', max: 200 }),
    role: singleLineText({ label: 'Rolle', max: 160 }),
    steeringGroup: z.boolean(),
    contact: singleLineText({ label: 'Kontakt', max: 200 }),
  })
  .strict();
export type ActorFields = z.infer<typeof actorFields>;

export const kickoffMethods = {
  /** The Kick-Off with its agreements, and all Akteure in their order. */
  'kickoff:load': method<KickoffData>()('Kick-Off und Akteure.', z.object({}).strict()),
  'kickoff:update': method<KickoffData>()(
    'Angaben zum Kick-Off ändern.',
    z.object({ changes: kickoffChanges }).strict(),
  ),
  /** Adds an agreed goal or agreement at the end of the list. */
  'agreements:add': method<KickoffData>()(
    'Vereinbarung hinzufügen.',
    z.object({ text: agreementText }).strict(),
  ),
  'agreements:update': method<KickoffData>()(
    'Vereinbarung ändern.',
    z.object({ id, text: agreementText }).strict(),
  ),
  /** Moves an agreement before `beforeId` (null: to the end). */
  'agreements:move': method<KickoffData>()(
    'Vereinbarung verschieben.',
    z.object({ id, beforeId: id.nullable() }).strict(),
  ),
  'agreements:delete': method<KickoffData>()('Vereinbarung löschen.', z.object({ id }).strict()),
  /** Adds an Akteur at the end of the list. */
  'actors:create': method<KickoffData>()(
    'Akteur hinzufügen.',
    actorFields.partial({ organisation: true, role: true, steeringGroup: true, contact: true }),
  ),
  'actors:update': method<KickoffData>()(
    'Akteur ändern.',
    z.object({ id, changes: actorFields.partial() }).strict(),
  ),
  /** Moves an Akteur before `beforeId` (null: to the end). */
  'actors:move': method<KickoffData>()(
    'Akteur verschieben.',
    z.object({ id, beforeId: id.nullable() }).strict(),
  ),
  'actors:delete': method<KickoffData>()('Akteur entfernen.', z.object({ id }).strict()),
};
