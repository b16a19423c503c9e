// Pictures for the document (the Kommune's logo, the charts, the pinboards' photos): format and
// pixel size read from the file's header, scaled to fit, with alt text; a photo turned by its Exif
// orientation is turned in Word, too.
import { ImageRun } from 'docx';
import type { IContext, IImageOptions, IXmlableObject } from 'docx';
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

/**
 * Pictures met while docx wrote a document, by their stand-ins. docx hashes and deflates every
 * picture in JavaScript as it packs (a second for a few photos of several MB), so it is given a
 * stand-in of a few bytes for each, and packDocument (xmlBlocks.ts) puts the picture in its place.
 */
const written = new WeakMap<object, Map<string, Buffer>>();
let standIns = 0;

class Picture extends ImageRun {
  private readonly standIn: string;

  constructor(
    private readonly bytes: Buffer,
    options: Omit<IImageOptions & { type: 'png' | 'jpg' }, 'data'>,
  ) {
    const standIn = `kw-picture ${process.pid} ${++standIns}`;
    super({ ...options, data: Buffer.from(standIn) });
    this.standIn = standIn;
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    let pictures = written.get(context.file);
    if (!pictures) written.set(context.file, (pictures = new Map()));
    pictures.set(this.standIn, this.bytes);
    return super.prepForXml(context);
  }
}

/** The pictures of a written document, by the stand-ins docx packed for them. */
export function writtenPictures(document: object): ReadonlyMap<string, Buffer> {
  const pictures = written.get(document) ?? new Map<string, Buffer>();
  written.delete(document);
  return pictures;
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
  return new Picture(bytes, {
    type: picture.type,
    transformation: {
      width: Math.round(picture.width * scale),
      height: Math.round(picture.height * scale),
      ...turn,
    },
    altText: { name: title, title, description: sanitizeLine(alt.description) },
  });
}
