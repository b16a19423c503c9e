// Pictures for the document (the Kommune's logo, the charts, the pinboards' photos): format and
// pixel size read from the file's header, scaled to fit, with alt text; a photo turned by its Exif
// orientation is turned in Word, too.
import { ImageRun } from 'docx';
import { pictureOf } from '../imageFormat';
import { storedOrientation } from '../photos/jpeg';
import { sanitizeLine } from './text';

/** Exif orientations 2–8 as Word's rotation (clockwise degrees) and mirroring. */
const turns: Record<
  number,
  { rotation?: number; flip?: { horizontal?: boolean; vertical?: boolean } }
> = {
  2: { flip: { horizontal: true } },
  3: { rotation: 180 },
  4: { flip: { vertical: true } },
  5: { rotation: 90, flip: { horizontal: true } },
  6: { rotation: 90 },
  7: { rotation: 270, flip: { horizontal: true } },
  8: { rotation: 270 },
};

export interface AltText {
  /** Short: the picture's name, as Word shows it. */
  title: string;
  /** What the picture shows, for those who cannot see it. */
  description: string;
}

/** The picture scaled to fit `maxWidth` × `maxHeight` pixels, with its alt text; null if unreadable. */
export function pictureRun(
  bytes: Buffer,
  alt: AltText,
  maxWidth: number,
  maxHeight: number,
): ImageRun | null {
  const picture = pictureOf(bytes);
  if (!picture || picture.width === 0 || picture.height === 0) return null;
  const turn = picture.type === 'jpg' ? turns[storedOrientation(bytes)] : undefined;
  // Turned a quarter, the picture stands in a box of its height by its width.
  const sideways = turn?.rotation === 90 || turn?.rotation === 270;
  const [boxWidth, boxHeight] = sideways ? [maxHeight, maxWidth] : [maxWidth, maxHeight];
  const scale = Math.min(1, boxWidth / picture.width, boxHeight / picture.height);
  const title = sanitizeLine(alt.title);
  return new ImageRun({
    type: picture.type,
    data: bytes,
    transformation: {
      width: Math.round(picture.width * scale),
      height: Math.round(picture.height * scale),
      ...turn,
    },
    altText: { name: title, title, description: sanitizeLine(alt.description) },
  });
}
