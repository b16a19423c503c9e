// Idea cards of the Zukunftswerkstatt.
import { z } from 'zod';
import { maxIdeaLength, phases } from '../domain';
import type { Phase } from '../domain';
import { method } from './define';

export interface Idea {
  id: number;
  text: string;
  phase: Phase;
  workshopId: number | null;
  groupId: number | null;
  author: string;
  dots: number;
  color: string | null;
  projectId: number | null;
  position: number;
  createdAt: string;
}

const id = z.number().int().positive();

export const ideaText = z
  .string()
  .refine((value) => value.trim().length > 0, 'Die Idee ist leer.')
  .refine(
    (value) => [...value].length <= maxIdeaLength,
    `Eine Karte fasst höchstens ${maxIdeaLength} Zeichen – bitte eine Idee pro Karte.`,
  );

export const ideaMethods = {
  /** Captures a new card into the Ideenspeicher. */
  'ideas:create': method<Idea>()(
    'Neue Idee im Ideenspeicher anlegen.',
    z
      .object({
        text: ideaText,
        phase: z.enum(phases),
        workshopId: id.nullable().default(null),
        groupId: id.nullable().default(null),
        author: z.string().max(120).default(''),
      })
      .strict(),
  ),
};
