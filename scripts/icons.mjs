// Renders assets/icon.svg into the icons the installers need (`npm run icons`): icon.ico for
// Windows, icon.icns for macOS, icon.png (512 px) for Linux. The results are committed, so
// packaging on another machine needs nothing but electron-builder. `node scripts/icons.mjs DIR`
// writes them to DIR instead (the packaging test compares them with the committed ones).
import { Resvg } from '@resvg/resvg-js';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const assets = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'assets');

/** Windows picks the nearest size for the taskbar, Explorer's views and the title bar. */
const icoSizes = [16, 24, 32, 48, 64, 128, 256];

/**
 * macOS's PNG-based icon types by size (the @2x types share a size with the next one up). The
 * 16 and 32 px PNG types exist since 10.7, older than any macOS Electron runs on.
 */
const icnsTypes = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
];

const render = (svg, size) => new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render();

/**
 * An .ico: a directory of entries, 256 px as PNG, the smaller ones as 32-bit bitmaps — every
 * Windows tool reads those, while PNG entries below 256 px trip some (NSIS's icon loader, rcedit).
 */
function icoFile(svg) {
  const images = icoSizes.map((size) =>
    size === 256 ? render(svg, size).asPng() : bitmapEntry(render(svg, size)),
  );
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1: icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach((image, index) => {
    const size = icoSizes[index];
    const entry = 6 + 16 * index;
    header.writeUInt8(size % 256, entry); // 0 stands for 256
    header.writeUInt8(size % 256, entry + 1);
    header.writeUInt8(0, entry + 2); // no palette
    header.writeUInt8(0, entry + 3);
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(image.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += image.length;
  });
  return Buffer.concat([header, ...images]);
}

/**
 * One bitmap entry: a BITMAPINFOHEADER of twice the height (colour and mask), BGRA rows bottom
 * up with straight alpha, then the 1-bit AND mask (all zero: the alpha channel decides).
 */
function bitmapEntry({ width, height, pixels }) {
  const info = Buffer.alloc(40);
  info.writeUInt32LE(40, 0);
  info.writeInt32LE(width, 4);
  info.writeInt32LE(height * 2, 8);
  info.writeUInt16LE(1, 12);
  info.writeUInt16LE(32, 14);
  info.writeUInt32LE(width * height * 4, 20);
  const colours = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const from = (y * width + x) * 4;
      const to = ((height - 1 - y) * width + x) * 4;
      const alpha = pixels[from + 3];
      // resvg's pixels are premultiplied; icons want the colour itself.
      const straight = (value) =>
        alpha === 0 ? 0 : Math.min(255, Math.round((value * 255) / alpha));
      colours[to] = straight(pixels[from + 2]);
      colours[to + 1] = straight(pixels[from + 1]);
      colours[to + 2] = straight(pixels[from]);
      colours[to + 3] = alpha;
    }
  }
  const maskRow = Math.ceil(width / 32) * 4;
  return Buffer.concat([info, colours, Buffer.alloc(maskRow * height)]);
}

/** An .icns: "icns", the file's length, then per type its code, length and PNG. */
function icnsFile(svg) {
  const pngs = new Map();
  const elements = icnsTypes.map(([type, size]) => {
    if (!pngs.has(size)) pngs.set(size, render(svg, size).asPng());
    const png = pngs.get(size);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(8 + png.length, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + elements.reduce((sum, element) => sum + element.length, 0), 4);
  return Buffer.concat([head, ...elements]);
}

const svg = readFileSync(path.join(assets, 'icon.svg'));
const out = path.resolve(process.argv[2] ?? assets);
writeFileSync(path.join(out, 'icon.ico'), icoFile(svg));
writeFileSync(path.join(out, 'icon.icns'), icnsFile(svg));
writeFileSync(path.join(out, 'icon.png'), render(svg, 512).asPng());
console.log(
  `Icons geschrieben: ${['icon.ico', 'icon.icns', 'icon.png'].map((name) => path.join(out, name)).join(', ')}`,
);
