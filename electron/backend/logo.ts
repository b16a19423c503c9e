// A Kommune's logo or Wappen as it may be kept: PNG or JPEG checked by their header, SVG drawn
// into a PNG by resvg (which runs no script), after refusing anything that reaches outside the file.
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { AppFailure } from '../../shared/errors';
import { maxLogoBytes } from '../../shared/kommune';
import { chartFontDir, chartFontFiles } from './charts/png';
import { pictureOf } from './imageFormat';

export interface StoredLogo {
  mime: 'image/png' | 'image/jpeg';
  bytes: Buffer;
}

/** An SVG logo becomes a PNG of this many pixels on its longer side: sharp at 4 cm in print. */
const svgPixels = 800;
const maxPixels = 12_000;

const refuse = (message: string) => new AppFailure('INVALID_INPUT', message);
const notAnImage = () =>
  refuse('Das Logo muss ein Bild im Format PNG, JPEG oder SVG sein. Diese Datei ist keines.');

/** A reference an SVG may make: to itself ("#…"), or to an embedded raster image. */
const inside = String.raw`(?!#|data:image\/(?:png|jpeg|gif|webp)[;,])`;

/**
 * What an SVG may not do: declare entities (which expand without end), embed other documents, or
 * load anything from outside the file (another SVG embedded as data could do so in turn).
 */
const outsideReferences = [
  /<!ENTITY/i,
  /<foreignObject/i,
  /@import/i,
  new RegExp(String.raw`\bhref\s*=\s*["']\s*${inside}`, 'i'),
  new RegExp(String.raw`url\(\s*["']?\s*${inside}`, 'i'),
];

function svgText(bytes: Buffer): string | undefined {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>]/i.test(text)
    ? text
    : undefined;
}

function rasterise(svg: string): Buffer {
  if (outsideReferences.some((pattern) => pattern.test(svg))) {
    throw refuse(
      'Diese SVG-Datei verweist auf andere Dateien oder Adressen und wird daher nicht übernommen. Bitte das Logo als PNG oder JPEG speichern.',
    );
  }
  const fontDir = chartFontDir();
  const options = {
    font: {
      loadSystemFonts: false,
      fontFiles: chartFontFiles.map((file) => path.join(fontDir, file)),
    },
    logLevel: 'off' as const,
  };
  try {
    const { width, height } = new Resvg(svg, options);
    if (!(width > 0 && height > 0)) throw new Error('leer');
    const fitTo =
      width >= height
        ? { mode: 'width' as const, value: svgPixels }
        : { mode: 'height' as const, value: svgPixels };
    return new Resvg(svg, { ...options, fitTo }).render().asPng();
  } catch {
    throw refuse('Die SVG-Datei lässt sich nicht als Bild lesen.');
  }
}

/** The logo as it is kept in the workspace, or the German reason it is refused. */
export function prepareLogo(bytes: Buffer): StoredLogo {
  if (bytes.length > maxLogoBytes) throw refuse('Das Logo ist zu groß: höchstens 2 MB.');
  if (bytes.length === 0) throw notAnImage();
  const picture = pictureOf(bytes);
  if (picture) {
    if (picture.width === 0 || picture.height === 0) throw notAnImage();
    if (picture.width > maxPixels || picture.height > maxPixels) {
      throw refuse('Das Logo ist zu groß: höchstens 12.000 Pixel Breite und Höhe.');
    }
    return { mime: picture.type === 'png' ? 'image/png' : 'image/jpeg', bytes };
  }
  const svg = svgText(bytes);
  if (svg === undefined) throw notAnImage();
  return { mime: 'image/png', bytes: rasterise(svg) };
}
