// The installers' icons: generated from assets/icon.svg and committed, read back here as Windows
// and macOS read them (the .ico directory with its bitmaps, the .icns elements with their PNGs).
import { Resvg } from '@resvg/resvg-js';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodePng } from '../support/png';
import { tempDir } from '../support/temp';

const assets = path.resolve(import.meta.dirname, '..', '..', 'assets');
const svg = readFileSync(path.join(assets, 'icon.svg'));
const out = tempDir('kw-icons-');

/** The icon as resvg draws it at `size`, straight RGBA: the oracle for each entry. */
const drawn = (size: number) =>
  decodePng(new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng());

const isPng = (bytes: Buffer) => bytes.readUInt32BE(0) === 0x89504e47;

/** The entries of an .ico: size from the directory, the image bytes it points at. */
function icoEntries(ico: Buffer) {
  expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
  return Array.from({ length: ico.readUInt16LE(4) }, (_, index) => {
    const entry = 6 + 16 * index;
    const size = ico.readUInt8(entry) || 256;
    expect(ico.readUInt8(entry + 1) || 256).toBe(size);
    expect(ico.readUInt16LE(entry + 6)).toBe(32);
    const offset = ico.readUInt32LE(entry + 12);
    return { size, image: ico.subarray(offset, offset + ico.readUInt32LE(entry + 8)) };
  });
}

/** A 32-bit bitmap entry as straight RGBA, top row first. */
function bitmapPixels(image: Buffer, size: number): Uint8Array {
  expect(image.readUInt32LE(0)).toBe(40);
  expect([image.readInt32LE(4), image.readInt32LE(8), image.readUInt16LE(14)]).toEqual([
    size,
    size * 2,
    32,
  ]);
  const maskBytes = Math.ceil(size / 32) * 4 * size;
  expect(image.length).toBe(40 + size * size * 4 + maskBytes);
  const pixels = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const from = 40 + ((size - 1 - y) * size + x) * 4;
      const to = (y * size + x) * 4;
      pixels.set([image[from + 2]!, image[from + 1]!, image[from]!, image[from + 3]!], to);
    }
  }
  return pixels;
}

describe('application icons', () => {
  it('are what scripts/icons.mjs makes of icon.svg now (run `npm run icons` after changing it)', () => {
    execFileSync(process.execPath, [path.join(assets, '..', 'scripts', 'icons.mjs'), out]);
    for (const name of ['icon.ico', 'icon.icns', 'icon.png']) {
      expect(
        readFileSync(path.join(out, name)).equals(readFileSync(path.join(assets, name))),
        name,
      ).toBe(true);
    }
  });

  it('icon.ico holds 16 to 256 px: bitmaps with the drawn colours and alpha, 256 px as PNG', () => {
    const entries = icoEntries(readFileSync(path.join(assets, 'icon.ico')));
    expect(entries.map((entry) => entry.size)).toEqual([16, 24, 32, 48, 64, 128, 256]);
    for (const { size, image } of entries) {
      const expected = drawn(size);
      if (size === 256) {
        expect(isPng(image)).toBe(true);
        expect(Buffer.from(decodePng(image).pixels).equals(expected.pixels)).toBe(true);
        continue;
      }
      const pixels = bitmapPixels(image, size);
      const wrong: number[] = [];
      for (let i = 0; i < pixels.length; i += 4) {
        const alpha = expected.pixels[i + 3]!;
        // Nearly transparent edge pixels carry little colour through premultiplication.
        const colourOff = [0, 1, 2].some(
          (channel) => Math.abs(pixels[i + channel]! - expected.pixels[i + channel]!) > 2,
        );
        if (pixels[i + 3] !== alpha || (alpha >= 32 && colourOff)) wrong.push(i / 4);
      }
      expect(wrong, `${size} px: pixels unlike the drawing`).toEqual([]);
    }
  });

  it('icon.icns holds macOS’s PNG icon types from 16 to 1024 px, each of its size', () => {
    const icns = readFileSync(path.join(assets, 'icon.icns'));
    expect(icns.toString('latin1', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const sizes: Record<string, number> = {};
    for (let offset = 8; offset < icns.length; offset += icns.readUInt32BE(offset + 4)) {
      const png = icns.subarray(offset + 8, offset + icns.readUInt32BE(offset + 4));
      expect(isPng(png)).toBe(true);
      const { width, height } = decodePng(png);
      expect(height).toBe(width);
      sizes[icns.toString('latin1', offset, offset + 4)] = width;
    }
    expect(sizes).toEqual({
      icp4: 16,
      icp5: 32,
      icp6: 64,
      ic07: 128,
      ic08: 256,
      ic09: 512,
      ic10: 1024,
      ic11: 32,
      ic12: 64,
      ic13: 256,
      ic14: 512,
    });
  });
});
