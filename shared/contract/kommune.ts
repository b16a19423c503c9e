// The Kommune's data, editable at any time: name, Gemeindeschlüssel, Land, Landkreis, Einwohner,
// Prozessbegleitung, Projektzeitraum, and the logo or Wappen shown on the documents' title page.
import { z } from 'zod';
import { bundeslaender } from '../domain';
import { maxLogoBytes, officialKeyProblem } from '../kommune';
import { singleLineText } from '../text';
import { method } from './define';
import type { WorkspaceSummary } from './workspace';

export const kommuneName = singleLineText({
  label: 'Name der Kommune',
  max: 120,
  required: 'Bitte den Namen der Kommune angeben.',
});

export const officialKey = z
  .string()
  .trim()
  .superRefine((value, context) => {
    const problem = officialKeyProblem(value);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });

export const bundesland = z.enum(bundeslaender).or(z.literal(''));
export const district = singleLineText({ label: 'Landkreis', max: 160 });
export const inhabitants = z
  .number({ error: 'Die Einwohnerzahl bitte als ganze Zahl angeben, z. B. 12.500.' })
  .int('Die Einwohnerzahl bitte als ganze Zahl angeben, z. B. 12.500.')
  .min(0, 'Die Einwohnerzahl kann nicht negativ sein.')
  .max(10_000_000, 'Die Einwohnerzahl ist zu groß (höchstens 10 Millionen).')
  .nullable();
export const consultant = singleLineText({ label: 'Prozessbegleitung', max: 160 });

const month = z
  .string({ error: 'Bitte einen Monat wie 2027-03 angeben.' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Bitte einen Monat wie 2027-03 angeben.')
  .nullable();

/** The fields `kommune:update` may change, each checked on its own (the period also against the stored end). */
export const kommuneChanges = z
  .object({
    name: kommuneName,
    officialKey,
    state: bundesland,
    district,
    inhabitants,
    consultant,
    periodStart: month,
    periodEnd: month,
  })
  .partial()
  .strict();
export type KommuneChanges = z.infer<typeof kommuneChanges>;

/** Base64 of at most `maxLogoBytes` bytes (4 characters per 3 bytes). */
const logoData = z
  .string()
  .max(Math.ceil(maxLogoBytes / 3) * 4, 'Das Logo ist zu groß: höchstens 2 MB.')
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Die Bilddatei ist beschädigt.');

export interface Logo {
  /** Always PNG or JPEG: an SVG was turned into PNG when it was stored. */
  mime: 'image/png' | 'image/jpeg';
  base64: string;
}

export const kommuneMethods = {
  /**
   * Changes the Kommune's data as one undoable action. A Gemeindeschlüssel of another Land than
   * the stored Bundesland sets the Bundesland; a Bundesland against the stored Schlüssel is refused.
   */
  'kommune:update': method<WorkspaceSummary>()(
    'Daten der Kommune ändern.',
    z.object({ changes: kommuneChanges }).strict(),
  ),
  /**
   * Stores a logo or Wappen (undoable). PNG and JPEG are checked and kept as they are; SVG is
   * drawn into a PNG (no scripts, no outside files), so no active content is ever kept or shown.
   * The type is read from the bytes, whatever the file was called.
   */
  'kommune:setLogo': method<WorkspaceSummary>()(
    'Logo oder Wappen der Kommune speichern.',
    z.object({ base64: logoData }).strict(),
  ),
  /** Removes the logo (undoable). */
  'kommune:removeLogo': method<WorkspaceSummary>()(
    'Logo oder Wappen entfernen.',
    z.object({}).strict(),
  ),
  /** The stored logo, or null. */
  'kommune:logo': method<Logo | null>()('Logo oder Wappen der Kommune.', z.object({}).strict()),
};
