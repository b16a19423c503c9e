// Pictures for the document (the Kommune's logo): format and pixel size read from the file's header.
import { ImageRun } from 'docx';
import type { PlanImage } from '../../../shared/plan';
import { pictureOf } from '../imageFormat';
import { sanitizeLine } from './text';

/** The picture scaled to fit `maxWidth` × `maxHeight` pixels, with its alt text; null if unreadable. */
export function pictureRun(
  image: PlanImage,
  altText: string,
  maxWidth: number,
  maxHeight: number,
): ImageRun | null {
  const bytes = Buffer.from(image.base64, 'base64');
  const picture = pictureOf(bytes);
  if (!picture || picture.width === 0 || picture.height === 0) return null;
  const scale = Math.min(1, maxWidth / picture.width, maxHeight / picture.height);
  const description = sanitizeLine(altText);
  return new ImageRun({
    type: picture.type,
    data: bytes,
    transformation: {
      width: Math.round(picture.width * scale),
      height: Math.round(picture.height * scale),
    },
    altText: { name: description, title: description, description },
  });
}
