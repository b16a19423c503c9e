// What phones may send, validated like every contract input: the one text rule, strict objects.
import { z } from 'zod';
import {
  phoneCardMaxLength,
  phoneCardsPerRequest,
  phoneNameMaxLength,
} from '../../../shared/participation';
import { multiLineText, singleLineText } from '../../../shared/text';

const cardText = multiLineText({
  label: 'Idee',
  max: phoneCardMaxLength,
  tooLong: `Eine Karte fasst höchstens ${phoneCardMaxLength} Zeichen – bitte eine Idee pro Karte.`,
  required: 'Die Idee ist leer.',
});
const id = z.number().int().positive();

/** `key`: made by the phone per card, so a card sent again after a lost answer lands once. */
const sendCard = z
  .object({
    key: z.string().regex(/^[\w-]{8,64}$/),
    text: cardText,
    name: singleLineText({ label: 'Name', max: phoneNameMaxLength }).default(''),
  })
  .strict();

export const phoneRequests = {
  join: z.object({ code: z.string().max(20) }).strict(),
  sendCard,
  /** Several cards in order, each under its own key (see `sendCard`). */
  sendCards: z.object({ cards: z.array(sendCard).min(1).max(phoneCardsPerRequest) }).strict(),
  editCard: z.object({ id, text: cardText }).strict(),
  deleteCard: z.object({ id }).strict(),
  /** The device's whole allocation in the vote: project id → dots (0 or absent: none). */
  vote: z
    .object({
      voteId: id,
      dots: z.record(z.string().regex(/^\d{1,12}$/), z.number().int().min(0).max(99)),
    })
    .strict(),
};

export type SendCard = z.output<typeof phoneRequests.sendCard>;
