// Removes the metadata of a JPEG without decoding it: Exif (GPS position, camera, times), XMP,
// IPTC, comments, thumbnails and whatever a phone appends after the picture (motion-photo videos).
// What the picture needs stays: quantisation and Huffman tables, frames, scans, JFIF, Adobe and
// the ICC colour profile. A turned photo keeps its orientation, in an Exif block of that tag alone.
import { PhotoRefused } from './refused';
import type { StrippedPhoto } from './refused';

const marker = {
  startOfImage: 0xd8,
  endOfImage: 0xd9,
  startOfScan: 0xda,
  app0: 0xe0,
  app1: 0xe1,
  app2: 0xe2,
  app14: 0xee,
  app15: 0xef,
  comment: 0xfe,
} as const;

const isRestart = (code: number) => code >= 0xd0 && code <= 0xd7;
const isFrame = (code: number) =>
  code >= 0xc0 && code <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(code);

const startsWith = (segment: Buffer, text: string) =>
  segment.subarray(0, text.length).toString('latin1') === text;

/** Which application segments carry something the picture needs; every other one goes. */
function keepsApplicationSegment(code: number, payload: Buffer): boolean {
  if (code === marker.app0) return startsWith(payload, 'JFIF\0');
  if (code === marker.app2) return startsWith(payload, 'ICC_PROFILE\0');
  if (code === marker.app14) return startsWith(payload, 'Adobe');
  return false;
}

export function stripJpeg(bytes: Buffer): StrippedPhoto {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== marker.startOfImage) {
    throw new PhotoRefused('kein JPEG');
  }
  const kept: Buffer[] = [bytes.subarray(0, 2)];
  let orientation = 1;
  let size: { width: number; height: number } | undefined;
  let scanned = false;
  let offset = 2;
  for (;;) {
    if (offset >= bytes.length) {
      // A file cut after its scans still shows; it gets the end marker it lacks.
      if (!scanned) throw new PhotoRefused('unvollständig');
      kept.push(Buffer.from([0xff, marker.endOfImage]));
      break;
    }
    if (bytes[offset] !== 0xff) throw new PhotoRefused('Marker erwartet');
    while (bytes[offset] === 0xff) offset++;
    const code = bytes[offset++] as number;
    if (code === marker.endOfImage) {
      kept.push(Buffer.from([0xff, code]));
      break;
    }
    if (isRestart(code) || code === 0x01) {
      kept.push(Buffer.from([0xff, code]));
      continue;
    }
    if (offset + 2 > bytes.length) throw new PhotoRefused('unvollständig');
    const length = bytes.readUInt16BE(offset);
    const end = offset + length;
    if (length < 2 || end > bytes.length) throw new PhotoRefused('Segmentlänge');
    const segment = bytes.subarray(offset - 2, end);
    const payload = bytes.subarray(offset + 2, end);
    offset = end;
    if (code === marker.app1) {
      orientation = exifOrientation(payload) ?? orientation;
      continue;
    }
    if ((code >= marker.app0 && code <= marker.app15) || code === marker.comment) {
      if (keepsApplicationSegment(code, payload)) kept.push(segment);
      continue;
    }
    if (isFrame(code)) {
      if (payload.length < 5) throw new PhotoRefused('Bildkopf');
      size = { height: payload.readUInt16BE(1), width: payload.readUInt16BE(3) };
    }
    kept.push(segment);
    if (code === marker.startOfScan) {
      scanned = true;
      const dataEnd = endOfEntropyData(bytes, offset);
      kept.push(bytes.subarray(offset, dataEnd));
      offset = dataEnd;
    }
  }
  if (!size || size.width === 0 || size.height === 0 || !scanned) {
    throw new PhotoRefused('kein Bild');
  }
  if (orientation !== 1) kept.splice(afterJfif(kept), 0, orientationSegment(orientation));
  return { mime: 'image/jpeg', ...size, orientation, bytes: Buffer.concat(kept) };
}

/** Entropy-coded data runs until a marker that is neither a stuffed 0xFF nor a restart. */
function endOfEntropyData(bytes: Buffer, start: number): number {
  let index = start;
  while (index < bytes.length) {
    if (bytes[index] === 0xff && index + 1 < bytes.length) {
      const next = bytes[index + 1] as number;
      if (next === 0x00 || isRestart(next)) index += 2;
      else if (next === 0xff) index += 1;
      else return index;
    } else {
      index++;
    }
  }
  return index;
}

/** The Exif orientation tag (1–8), or undefined when the segment is no Exif or lacks it. */
export function exifOrientation(payload: Buffer): number | undefined {
  if (!startsWith(payload, 'Exif\0\0') || payload.length < 14) return undefined;
  const tiff = payload.subarray(6);
  const order = tiff.subarray(0, 2).toString('latin1');
  if (order !== 'II' && order !== 'MM') return undefined;
  const little = order === 'II';
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  const ifd = u32(4);
  if (ifd + 2 > tiff.length) return undefined;
  const entries = u16(ifd);
  for (let i = 0; i < entries; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > tiff.length) return undefined;
    if (u16(entry) === 0x0112) {
      const value = u16(entry + 8);
      return value >= 1 && value <= 8 ? value : undefined;
    }
  }
  return undefined;
}

/** An Exif block holding nothing but the orientation: big-endian TIFF, one IFD, one entry. */
export function orientationSegment(orientation: number): Buffer {
  const tiff = Buffer.alloc(26);
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4);
  tiff.writeUInt16BE(1, 8);
  tiff.writeUInt16BE(0x0112, 10);
  tiff.writeUInt16BE(3, 12);
  tiff.writeUInt32BE(1, 14);
  tiff.writeUInt16BE(orientation, 18);
  tiff.writeUInt32BE(0, 22);
  const header = Buffer.alloc(4);
  header.writeUInt16BE(0xffe1, 0);
  header.writeUInt16BE(2 + 6 + tiff.length, 2);
  return Buffer.concat([header, Buffer.from('Exif\0\0', 'latin1'), tiff]);
}

/** JFIF wants to be the first segment; the orientation goes right after it (or after SOI). */
function afterJfif(kept: Buffer[]): number {
  const second = kept[1];
  return second && second[1] === marker.app0 ? 2 : 1;
}

/** The orientation a stored JPEG declares (1 when it declares none), for the Word export. */
export function storedOrientation(bytes: Buffer): number {
  let offset = 2;
  while (offset + 4 <= bytes.length && bytes[offset] === 0xff) {
    const code = bytes[offset + 1] as number;
    if (code === marker.startOfScan || code === marker.endOfImage) break;
    const length = bytes.readUInt16BE(offset + 2);
    if (code === marker.app1) {
      return exifOrientation(bytes.subarray(offset + 4, offset + 2 + length)) ?? 1;
    }
    offset += 2 + length;
  }
  return 1;
}
