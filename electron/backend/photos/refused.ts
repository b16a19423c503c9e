// What stripping a photo gives back, and the refusal of a file that is no usable JPEG or PNG.

export interface StrippedPhoto {
  mime: 'image/jpeg' | 'image/png';
  width: number;
  height: number;
  /** Exif orientation 1–8 (1: upright); PNG has none. */
  orientation: number;
  bytes: Buffer;
}

/** The reason is for the log; the phone hears PHOTO_INVALID's German message. */
export class PhotoRefused extends Error {}
