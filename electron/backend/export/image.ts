// Pictures for the document (the Kommune's logo, the charts): format and pixel size read from the
// file's header, scaled to fit, with alt text.
import { ImageRun } from 'docx';
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
  const picture = pngSize(bytes) ?? jpegSize(bytes);
  if (!picture || picture.width === 0 || picture.height === 0) return null;
  const scale = Math.min(1, maxWidth / picture.width, maxHeight / picture.height);
  const title = sanitizeLine(alt.title);
  return new ImageRun({
    type: picture.type,
    data: bytes,
    transformation: {
      width: Math.round(picture.width * scale),
      height: Math.round(picture.height * scale),
    },
    altText: { name: title, title, description: sanitizeLine(alt.description) },
  });
}
