// A small PNG reader, so tests look at the pixels the export would put into Word (not at resvg's
// own buffer): non-interlaced 8-bit RGB or RGBA, the row filters undone.
import { inflateSync } from 'node:zlib';

/** A decoded 8-bit PNG: its size, and RGBA (or RGB) bytes without the row filters. */
export interface DecodedPng {
  width: number;
  height: number;
  channels: number;
  pixels: Uint8Array;
}

const paeth = (a: number, b: number, c: number) => {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
};

/** Reads a non-interlaced 8-bit RGB or RGBA PNG, as resvg writes them. */
export function decodePng(bytes: Uint8Array): DecodedPng {
  const view = Buffer.from(bytes);
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const data: Buffer[] = [];
  while (offset < view.length) {
    const length = view.readUInt32BE(offset);
    const type = view.toString('latin1', offset + 4, offset + 8);
    const body = view.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      if (body[8] !== 8 || body[12] !== 0) throw new Error('Nur 8 Bit ohne Interlacing');
      channels = body[9] === 6 ? 4 : body[9] === 2 ? 3 : 0;
      if (!channels) throw new Error(`Farbtyp ${body[9]} nicht unterstützt`);
    }
    if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const pixels = new Uint8Array(height * stride);
  for (let row = 0; row < height; row++) {
    const filter = raw[row * (stride + 1)];
    for (let i = 0; i < stride; i++) {
      const x = raw[row * (stride + 1) + 1 + i] ?? 0;
      const a = i >= channels ? (pixels[row * stride + i - channels] ?? 0) : 0;
      const b = row > 0 ? (pixels[(row - 1) * stride + i] ?? 0) : 0;
      const c = row > 0 && i >= channels ? (pixels[(row - 1) * stride + i - channels] ?? 0) : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter ?? 0] ?? 0;
      pixels[row * stride + i] = (x + predictor) & 0xff;
    }
  }
  return { width, height, channels, pixels };
}

/** Share of pixels that are not (nearly) white. */
export function inkShare({ pixels, channels }: DecodedPng): number {
  let ink = 0;
  const count = pixels.length / channels;
  for (let i = 0; i < pixels.length; i += channels) {
    if ((pixels[i] ?? 255) < 240 || (pixels[i + 1] ?? 255) < 240 || (pixels[i + 2] ?? 255) < 240)
      ink++;
  }
  return ink / count;
}
