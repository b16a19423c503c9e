// A photo as a phone sent it → the same picture without its metadata, or a refusal. No decoding,
// no re-encoding: the picture's own bytes are copied as they came.
import { AppFailure } from '../../../shared/errors';
import { stripJpeg } from './jpeg';
import { stripPng } from './png';
import { PhotoRefused } from './refused';
import type { StrippedPhoto } from './refused';

/** Larger sides than this are no phone photo (and would strain the Word export). */
const maxSide = 20_000;

export function stripPhoto(bytes: Buffer, declaredType: string): StrippedPhoto {
  try {
    const photo =
      declaredType === 'image/png'
        ? stripPng(bytes)
        : declaredType === 'image/jpeg'
          ? stripJpeg(bytes)
          : undefined;
    if (!photo) throw new PhotoRefused(`Typ ${declaredType}`);
    if (photo.width > maxSide || photo.height > maxSide) throw new PhotoRefused('zu groß');
    return photo;
  } catch (error) {
    if (error instanceof PhotoRefused || error instanceof RangeError) {
      throw new AppFailure('PHOTO_INVALID');
    }
    throw error;
  }
}
