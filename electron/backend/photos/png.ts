// Removes the metadata of a PNG without decoding it: only the chunks that draw the picture and
// its colours stay; eXIf, text (tEXt, iTXt, zTXt), tIME, animation and private chunks go, and so
// does anything after IEND.
import { PhotoRefused } from './refused';
import type { StrippedPhoto } from './refused';

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const keptChunks = new Set([
  'IHDR',
  'PLTE',
  'IDAT',
  'IEND',
  'tRNS',
  'cHRM',
  'gAMA',
  'iCCP',
  'sBIT',
  'sRGB',
  'pHYs',
  'bKGD',
]);

export function stripPng(bytes: Buffer): StrippedPhoto {
  if (bytes.length < 8 + 25 || !bytes.subarray(0, 8).equals(signature)) {
    throw new PhotoRefused('kein PNG');
  }
  const kept: Buffer[] = [signature];
  let offset = 8;
  let size: { width: number; height: number } | undefined;
  let ended = false;
  while (!ended) {
    if (offset + 12 > bytes.length) throw new PhotoRefused('unvollständig');
    const length = bytes.readUInt32BE(offset);
    const type = bytes.subarray(offset + 4, offset + 8).toString('latin1');
    const end = offset + 12 + length;
    if (end > bytes.length) throw new PhotoRefused('Chunklänge');
    if (offset === 8) {
      if (type !== 'IHDR' || length < 8) throw new PhotoRefused('kein IHDR');
      size = { width: bytes.readUInt32BE(offset + 8), height: bytes.readUInt32BE(offset + 12) };
    }
    if (keptChunks.has(type)) kept.push(bytes.subarray(offset, end));
    ended = type === 'IEND';
    offset = end;
  }
  if (!size || size.width === 0 || size.height === 0) throw new PhotoRefused('kein Bild');
  return { mime: 'image/png', ...size, orientation: 1, bytes: Buffer.concat(kept) };
}
