// Renders a chart's SVG to PNG for the Word export with resvg and only the bundled font
// (assets/fonts), so every machine draws the same pixels whatever fonts it has installed.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Resvg, renderAsync } from '@resvg/resvg-js';
import type { RenderedImage, ResvgRenderOptions } from '@resvg/resvg-js';
import { chartFontFamily } from '../../../shared/charts/theme';

export const chartFontFiles = ['LiberationSans-Regular.ttf', 'LiberationSans-Bold.ttf'];

/** Sharp in print: 1600 px across a 16 cm text column is about 250 dpi. */
export const printWidth = 1600;
const maxWidth = 8000;

const bundleDir = () => (typeof __dirname === 'string' ? __dirname : process.cwd());

/**
 * The folder holding the chart fonts, searched upward from `start` (the running bundle or source
 * file): `fonts/` beside a build's bundle (dist/fonts, copied by scripts/build.mjs) or `assets/fonts/`
 * in the source tree. In a packaged app the fonts sit outside the asar archive (asarUnpack), because
 * resvg reads files itself and cannot look inside it.
 */
export function chartFontDir(start: string = bundleDir()): string {
  const unpacked = (dir: string) =>
    dir.replace(`${path.sep}app.asar${path.sep}`, `${path.sep}app.asar.unpacked${path.sep}`);
  let dir = start;
  for (let level = 0; level < 5; level++) {
    for (const candidate of [path.join(dir, 'fonts'), path.join(dir, 'assets', 'fonts')]) {
      const readable = unpacked(`${candidate}${path.sep}`);
      if (chartFontFiles.every((file) => existsSync(path.join(readable, file))))
        return path.resolve(readable);
    }
    dir = path.dirname(dir);
  }
  throw new Error(
    `Die Schrift der Diagramme (${chartFontFamily}) wurde nicht gefunden (ab ${start}).`,
  );
}

export interface PngOptions {
  /** Pixels across; the height follows the chart's proportions. Default: printWidth. */
  width?: number;
  fontDir?: string;
}

export interface ChartPng {
  png: Buffer;
  width: number;
  height: number;
}

function renderOptions(options: PngOptions): ResvgRenderOptions {
  const width = options.width ?? printWidth;
  if (!Number.isInteger(width) || width < 1 || width > maxWidth)
    throw new RangeError(
      `Die Bildbreite muss zwischen 1 und ${maxWidth} Pixeln liegen, nicht ${width}.`,
    );
  const fontDir = options.fontDir ?? chartFontDir();
  return {
    fitTo: { mode: 'width', value: width },
    background: '#ffffff',
    font: {
      loadSystemFonts: false,
      fontFiles: chartFontFiles.map((file) => path.join(fontDir, file)),
      defaultFontFamily: chartFontFamily,
      sansSerifFamily: chartFontFamily,
    },
    logLevel: 'off',
  };
}

const chartPng = (image: RenderedImage): ChartPng => ({
  png: image.asPng(),
  width: image.width,
  height: image.height,
});

export function renderChartPng(svg: string, options: PngOptions = {}): ChartPng {
  return chartPng(new Resvg(svg, renderOptions(options)).render());
}

/**
 * The same picture, drawn in libuv's thread pool: several charts draw at once, on as many cores as
 * the machine has, while the calling thread waits.
 */
export async function renderChartPngAsync(
  svg: string,
  options: PngOptions = {},
): Promise<ChartPng> {
  return chartPng(await renderAsync(svg, renderOptions(options)));
}
