// Pictures for the document (the Kommune's logo, the pinboards' photos): format and pixel size
// read from the file's header; a photo turned by its Exif orientation is turned in Word, too.
import { ImageRun } from 'docx';
import type { PlanImage } from '../../../shared/plan';
import { storedOrientation } from '../photos/jpeg';
import { sanitizeLine } from './text';

interface Picture {
  type: 'png' | 'jpg';
  width: number;
  height: number;
}

function pngSize(bytes: Buffer): Picture | null {
  const signature = '89504e470d0a1a0a';
  if (bytes.length < 24 || bytes.subarray(0, 8).toString('hex') !== signature) return null;
  return { type: 'png', width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Walks the JPEG markers to the first start-of-frame, which holds the size. */
function jpegSize(bytes: Buffer): Picture | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1] as number;
    const length = bytes.readUInt16BE(offset + 2);
    const isFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
    if (isFrame) {
      return {
        type: 'jpg',
        height: bytes.readUInt16BE(offset + 5),
        width: bytes.readUInt16BE(offset + 7),
      };
    }
    offset += 2 + length;
  }
  return null;
}

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

/** The picture scaled to fit `maxWidth` × `maxHeight` pixels, with its alt text; null if unreadable. */
export function pictureRun(
  image: PlanImage,
  altText: string,
  maxWidth: number,
  maxHeight: number,
): ImageRun | null {
  const bytes = Buffer.from(image.base64, 'base64');
  const picture = pngSize(bytes) ?? jpegSize(bytes);
  if (!picture || picture.width === 0 || picture.height === 0) return null;
  const turn = picture.type === 'jpg' ? turns[storedOrientation(bytes)] : undefined;
  // Turned a quarter, the picture stands in a box of its height by its width.
  const sideways = turn?.rotation === 90 || turn?.rotation === 270;
  const [boxWidth, boxHeight] = sideways ? [maxHeight, maxWidth] : [maxWidth, maxHeight];
  const scale = Math.min(1, boxWidth / picture.width, boxHeight / picture.height);
  const description = sanitizeLine(altText);
  return new ImageRun({
    type: picture.type,
    data: bytes,
    transformation: {
      width: Math.round(picture.width * scale),
      height: Math.round(picture.height * scale),
      ...turn,
    },
    altText: { name: description, title: description, description },
  });
}
