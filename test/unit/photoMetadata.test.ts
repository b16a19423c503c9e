// Photos lose their metadata without being re-encoded: no camera, no GPS position, no XMP, no
// comment, nothing after the picture; the picture's bytes and a turned photo's orientation stay.
import { describe, expect, it } from 'vitest';
import { exifOrientation, storedOrientation, stripJpeg } from '../../electron/backend/photos/jpeg';
import { stripPhoto } from '../../electron/backend/photos/metadata';
import { stripPng } from '../../electron/backend/photos/png';
import { cameraJpeg, fixtureJpeg, metadataPng, secrets } from '../support/photos';

const contains = (bytes: Buffer, text: string) => bytes.includes(Buffer.from(text, 'latin1'));

describe('JPEG metadata', () => {
  it('removes Exif with its GPS position, XMP, comments and a trailing video', () => {
    const sent = cameraJpeg();
    for (const secret of secrets) expect(contains(sent, secret)).toBe(true);
    const photo = stripJpeg(sent);
    for (const secret of secrets) expect(contains(photo.bytes, secret)).toBe(false);
    expect(contains(photo.bytes, 'Exif')).toBe(false);
    expect(photo).toMatchObject({ mime: 'image/jpeg', width: 320, height: 240, orientation: 1 });
  });

  it('keeps every byte of a picture that carried no metadata', () => {
    expect(stripJpeg(fixtureJpeg).bytes.equals(fixtureJpeg)).toBe(true);
  });

  it('keeps a turned photo turned: an Exif block of the orientation alone', () => {
    const photo = stripJpeg(cameraJpeg(6));
    expect(photo.orientation).toBe(6);
    expect(storedOrientation(photo.bytes)).toBe(6);
    for (const secret of secrets) expect(contains(photo.bytes, secret)).toBe(false);
    // JFIF stays the first segment, the orientation follows it.
    expect(photo.bytes.subarray(2, 4).toString('hex')).toBe('ffe0');
    expect(storedOrientation(fixtureJpeg)).toBe(1);
  });

  it('reads the orientation in either byte order and ignores what is no Exif', () => {
    expect(exifOrientation(Buffer.from('http://ns.adobe.com/xap/1.0/'))).toBeUndefined();
    expect(stripJpeg(cameraJpeg(3)).orientation).toBe(3);
  });

  it.each([
    ['an empty file', Buffer.alloc(0)],
    ['a PNG sent as JPEG', metadataPng()],
    ['a JPEG cut inside its header', fixtureJpeg.subarray(0, 40)],
    ['a segment longer than the file', Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0xff, 0xff, 0x00])],
  ])('refuses %s with PHOTO_INVALID', (_label, bytes) => {
    expect(() => stripPhoto(bytes, 'image/jpeg')).toThrow(/Dieses Bild kann nicht verwendet/);
  });
});

describe('PNG metadata', () => {
  it('drops text, Exif and time chunks and anything after IEND', () => {
    const sent = metadataPng();
    const photo = stripPng(sent);
    for (const secret of ['GPS-Aue', 'Musterkamera', 'MotionVideo', 'tEXt', 'eXIf', 'tIME']) {
      expect(contains(photo.bytes, secret)).toBe(false);
    }
    for (const kept of ['IHDR', 'IDAT', 'IEND']) expect(contains(photo.bytes, kept)).toBe(true);
    expect(photo).toMatchObject({ mime: 'image/png', width: 4, height: 3 });
  });

  it('refuses another type than JPEG or PNG', () => {
    expect(() => stripPhoto(fixtureJpeg, 'image/gif')).toThrow(/JPEG oder PNG/);
  });
});
