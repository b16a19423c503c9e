// Photos as phones send them: the fixture JPEG with what cameras add (Exif with a GPS position,
// XMP, a comment, a video after the picture), and PNGs with text and Exif chunks.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

export const fixtureJpeg = readFileSync(
  path.join(import.meta.dirname, '..', 'fixtures', 'photos', 'pinnwand.jpg'),
);

/** Strings that must not survive stripping: camera, place, software, comment, motion video. */
export const secrets = ['Musterkamera', 'GPS-Aue', 'xmp-Ort', 'Kommentar-Ort', 'MotionVideo'];

function segment(code: number, payload: Buffer): Buffer {
  const header = Buffer.alloc(4);
  header.writeUInt16BE(0xff00 | code, 0);
  header.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([header, payload]);
}

/** A little-endian Exif block: camera make, orientation and a GPS directory with a latitude. */
function exif(orientation: number): Buffer {
  const make = Buffer.from('Musterkamera\0GPS-Aue\0', 'latin1');
  const tiff = Buffer.alloc(8 + 2 + 3 * 12 + 4 + 2 + 12 + 4 + make.length);
  tiff.write('II', 0, 'latin1');
  tiff.writeUInt16LE(42, 2);
  tiff.writeUInt32LE(8, 4);
  tiff.writeUInt16LE(3, 8);
  const gpsIfd = 8 + 2 + 36 + 4;
  const makeAt = gpsIfd + 2 + 12 + 4;
  const entries: [number, number, number, number][] = [
    [0x010f, 2, make.length, makeAt],
    [0x0112, 3, 1, orientation],
    [0x8825, 4, 1, gpsIfd],
  ];
  entries.forEach(([tag, type, count, value], index) => {
    const at = 10 + index * 12;
    tiff.writeUInt16LE(tag, at);
    tiff.writeUInt16LE(type, at + 2);
    tiff.writeUInt32LE(count, at + 4);
    if (type === 3) tiff.writeUInt16LE(value, at + 8);
    else tiff.writeUInt32LE(value, at + 8);
  });
  tiff.writeUInt16LE(1, gpsIfd);
  tiff.writeUInt16LE(0x0001, gpsIfd + 2);
  tiff.writeUInt16LE(2, gpsIfd + 4);
  tiff.writeUInt32LE(2, gpsIfd + 6);
  tiff.write('N\0', gpsIfd + 10, 'latin1');
  make.copy(tiff, makeAt);
  return segment(0xe1, Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]));
}

/** The fixture as a phone camera writes it: metadata before the picture, a video after it. */
export function cameraJpeg(orientation = 1): Buffer {
  const xmp = segment(
    0xe1,
    Buffer.from('http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>xmp-Ort</x:xmpmeta>', 'latin1'),
  );
  const comment = segment(0xfe, Buffer.from('Kommentar-Ort', 'latin1'));
  return Buffer.concat([
    fixtureJpeg.subarray(0, 2),
    exif(orientation),
    xmp,
    comment,
    fixtureJpeg.subarray(2),
    Buffer.from('MotionVideo', 'latin1'),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A 4×3 grey PNG carrying a text chunk, an Exif chunk and a time stamp. */
export function metadataPng(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(4, 0);
  header.writeUInt32BE(3, 4);
  header[8] = 8;
  header[9] = 0;
  const rows = Buffer.concat(
    Array.from({ length: 3 }, () => Buffer.from([0, 0x80, 0x80, 0x80, 0x80])),
  );
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('tEXt', Buffer.from('Location\0GPS-Aue', 'latin1')),
    chunk('eXIf', Buffer.from('MM\0*Musterkamera', 'latin1')),
    chunk('tIME', Buffer.from([7, 234, 5, 12, 14, 30, 0])),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
    Buffer.from('MotionVideo', 'latin1'),
  ]);
}
