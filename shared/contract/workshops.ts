// Zukunftswerkstatt sessions and their groups (tables). They belong to the board, so every change
// is one undoable board action answered with its patch, like a card's.
import { z } from 'zod';
import { singleLineText } from '../text';
import type { Mutation } from './board';
import { method } from './define';
import { id, isoDate, participantCount } from './fields';

const title = singleLineText({ label: 'Titel', max: 160, required: 'Bitte einen Titel angeben.' });
const place = singleLineText({ label: 'Ort', max: 160 });
const groupName = singleLineText({
  label: 'Gruppe',
  max: 80,
  required: 'Bitte der Gruppe einen Namen geben.',
});

export const workshopMethods = {
  /** Creates a Zukunftswerkstatt session with its groups/tables. */
  'workshops:create': method<Mutation>()(
    'Zukunftswerkstatt anlegen.',
    z
      .object({
        title,
        date: isoDate.nullable().default(null),
        place: place.default(''),
        participantCount: participantCount.default(null),
        groups: z.array(groupName).max(50).default([]),
      })
      .strict(),
  ),
  /** Edits a session. */
  'workshops:update': method<Mutation>()(
    'Zukunftswerkstatt ändern.',
    z
      .object({
        id,
        title: title.optional(),
        date: isoDate.nullable().optional(),
        place: place.optional(),
        participantCount: participantCount.optional(),
      })
      .strict(),
  ),
  /** Removes a session in which no card was written yet (else refused: the cards name it). */
  'workshops:delete': method<Mutation>()('Zukunftswerkstatt löschen.', z.object({ id }).strict()),
  /** Adds a group (table) at the end of a session's groups. */
  'workshops:addGroup': method<Mutation>()(
    'Gruppe hinzufügen.',
    z.object({ workshopId: id, name: groupName }).strict(),
  ),
  'workshops:renameGroup': method<Mutation>()(
    'Gruppe umbenennen.',
    z.object({ id, name: groupName }).strict(),
  ),
  /** Removes a group; its cards stay in the session without a table. */
  'workshops:removeGroup': method<Mutation>()('Gruppe entfernen.', z.object({ id }).strict()),
};
