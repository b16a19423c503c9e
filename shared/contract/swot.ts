// The SWOT (four quadrants, entries with evidence and Handlungsfeld, moved within and between
// quadrants) and the Bestandsaufnahme of measures already running. Each change is one undoable
// action answered with the whole profile.
import { z } from 'zod';
import { swotKinds } from '../domain';
import { inventoryStatuses } from '../profile/types';
import type { Profile } from '../profile/types';
import { multiLineText, singleLineText } from '../text';
import { method } from './define';
import { id, nullableId } from './profile';

export const swotLimits = { text: 1_000, evidence: 1_000, title: 200, sponsor: 200, note: 4_000 };

const swotFields = {
  text: multiLineText({
    label: 'Aussage',
    max: swotLimits.text,
    required: 'Bitte die Aussage formulieren.',
  }),
  evidence: multiLineText({ label: 'Beleg oder Quelle', max: swotLimits.evidence }),
  actionFieldId: nullableId,
};

const inventoryFields = {
  title: singleLineText({
    label: 'Maßnahme',
    max: swotLimits.title,
    required: 'Bitte die Maßnahme benennen.',
  }),
  sponsor: singleLineText({ label: 'Träger', max: swotLimits.sponsor }),
  actionFieldId: nullableId,
  status: z.enum(inventoryStatuses),
  note: multiLineText({ label: 'Notiz', max: swotLimits.note }),
};

export const swotMethods = {
  /** A SWOT entry at the end of its quadrant. */
  'swot:create': method<Profile>()(
    'SWOT-Eintrag anlegen.',
    z
      .object({ kind: z.enum(swotKinds), ...swotFields })
      .partial({ evidence: true, actionFieldId: true })
      .strict(),
  ),
  /** Changes an entry; another `kind` puts it at the end of that quadrant. */
  'swot:update': method<Profile>()(
    'SWOT-Eintrag ändern.',
    z
      .object({
        id,
        changes: z
          .object({ kind: z.enum(swotKinds), ...swotFields })
          .partial()
          .strict(),
      })
      .strict(),
  ),
  /** Into quadrant `kind`, before `beforeId` there (null: at its end). */
  'swot:move': method<Profile>()(
    'SWOT-Eintrag verschieben.',
    z.object({ id, kind: z.enum(swotKinds), beforeId: nullableId }).strict(),
  ),
  /** Removes the entry; the projects that answered it no longer name it. */
  'swot:delete': method<Profile>()('SWOT-Eintrag löschen.', z.object({ id }).strict()),

  /** A measure at the end of the Bestandsaufnahme. */
  'inventory:create': method<Profile>()(
    'Maßnahme der Bestandsaufnahme anlegen.',
    z
      .object(inventoryFields)
      .partial({ sponsor: true, actionFieldId: true, status: true, note: true })
      .strict(),
  ),
  'inventory:update': method<Profile>()(
    'Maßnahme der Bestandsaufnahme ändern.',
    z.object({ id, changes: z.object(inventoryFields).partial().strict() }).strict(),
  ),
  'inventory:move': method<Profile>()(
    'Maßnahme der Bestandsaufnahme verschieben.',
    z.object({ id, beforeId: nullableId }).strict(),
  ),
  'inventory:delete': method<Profile>()(
    'Maßnahme der Bestandsaufnahme löschen.',
    z.object({ id }).strict(),
  ),
};
