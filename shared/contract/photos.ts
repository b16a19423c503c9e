// Photos of the paper pinboards that phones uploaded into a Zukunftswerkstatt: listed, shown,
// described (alt text for the Werkstattplan) and deleted.
import { z } from 'zod';
import type { PhotoType } from '../participation';
import { multiLineText } from '../text';
import { method } from './define';

export interface Photo {
  id: number;
  workshopId: number | null;
  /** The phone that took it; null when added otherwise. */
  device: number | null;
  mime: PhotoType;
  width: number;
  height: number;
  altText: string;
  createdAt: string;
}

const id = z.number().int().positive();

export const photoAltText = multiLineText({
  label: 'Alternativtext',
  max: 1000,
  required: 'Bitte beschreiben Sie, was auf dem Foto zu sehen ist.',
});

export const photoMethods = {
  /** Every photo, oldest first. */
  'photos:list': method<Photo[]>()('Fotos der Pinnwände.', z.object({}).strict()),
  /** One photo's picture, to show it (base64, as stored: without location or camera data). */
  'photos:image': method<{ mime: PhotoType; base64: string }>()(
    'Bild eines Fotos.',
    z.object({ id }).strict(),
  ),
  /** Describes a photo for those who cannot see it (the Werkstattplan's alt text). */
  'photos:setAltText': method<Photo>()(
    'Alternativtext eines Fotos ändern.',
    z.object({ id, altText: photoAltText }).strict(),
  ),
  /** Deletes a photo (undoable). */
  'photos:delete': method<null>()('Foto löschen.', z.object({ id }).strict()),
};
