// SVG elements as strings. Every text passes through escapeXml here, so no caller can forget it.
import { escapeXml } from './text';
import { fontStack, palette } from './theme';
import type { MarkerShape } from './theme';

/** Coordinates with one decimal keep the markup small and stable. */
export const px = (value: number): string => String(Math.round(value * 10) / 10);

export interface TextOptions {
  size: number;
  fill?: string;
  weight?: 'normal' | 'bold';
  anchor?: 'start' | 'middle' | 'end';
  /** Vertical alignment: text is placed by its baseline unless 'middle'. */
  baseline?: 'middle';
}

export function text(x: number, y: number, content: string, options: TextOptions): string {
  const attributes = [
    `x="${px(x)}"`,
    `y="${px(options.baseline === 'middle' ? y + options.size * 0.35 : y)}"`,
    `font-size="${options.size}"`,
    `fill="${options.fill ?? palette.text}"`,
    options.weight === 'bold' ? 'font-weight="bold"' : '',
    options.anchor && options.anchor !== 'start' ? `text-anchor="${options.anchor}"` : '',
  ];
  return `<text ${attributes.filter(Boolean).join(' ')}>${escapeXml(content)}</text>`;
}

export interface Stroke {
  color: string;
  width: number;
  /** SVG stroke-dasharray; absent or '' is solid. */
  dash?: string;
}

const strokeAttributes = ({ color, width, dash }: Stroke) =>
  `stroke="${color}" stroke-width="${width}"${dash ? ` stroke-dasharray="${dash}"` : ''}`;

export function line(x1: number, y1: number, x2: number, y2: number, stroke: Stroke): string {
  return `<line x1="${px(x1)}" y1="${px(y1)}" x2="${px(x2)}" y2="${px(y2)}" ${strokeAttributes(stroke)}/>`;
}

export function rect(x: number, y: number, width: number, height: number, fill: string): string {
  return `<rect x="${px(x)}" y="${px(y)}" width="${px(Math.max(0, width))}" height="${px(Math.max(0, height))}" fill="${fill}"/>`;
}

/** An open polyline through the points. */
export function polyline(points: [number, number][], stroke: Stroke): string {
  const data = points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${px(x)} ${px(y)}`).join('');
  return `<path d="${data}" fill="none" ${strokeAttributes(stroke)} stroke-linejoin="round"/>`;
}

/** A data marker of about 8 units, in one of four shapes that stay apart without colour. */
export function marker(
  shape: MarkerShape,
  x: number,
  y: number,
  color: string,
  hollow = false,
): string {
  const paint = hollow
    ? `fill="${palette.background}" stroke="${color}" stroke-width="1.5"`
    : `fill="${color}" stroke="${palette.background}" stroke-width="1"`;
  const r = 4;
  switch (shape) {
    case 'circle':
      return `<circle cx="${px(x)}" cy="${px(y)}" r="${r}" ${paint}/>`;
    case 'square':
      return `<rect x="${px(x - r + 0.5)}" y="${px(y - r + 0.5)}" width="${2 * r - 1}" height="${2 * r - 1}" ${paint}/>`;
    case 'triangle':
      return `<path d="M${px(x)} ${px(y - r - 0.5)}L${px(x + r + 0.5)} ${px(y + r - 0.5)}L${px(x - r - 0.5)} ${px(y + r - 0.5)}Z" ${paint}/>`;
    case 'diamond':
      return `<path d="M${px(x)} ${px(y - r - 1)}L${px(x + r + 1)} ${px(y)}L${px(x)} ${px(y + r + 1)}L${px(x - r - 1)} ${px(y)}Z" ${paint}/>`;
  }
}

export interface DocumentParts {
  width: number;
  height: number;
  /** The full chart title (the drawn one may be cut), for screen readers and the image's name. */
  title: string;
  /** The data in words. */
  description: string;
  body: string[];
}

/** The complete SVG: accessible name and description, white background, the chart font. */
export function svgDocument({ width, height, title, description, body }: DocumentParts): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" font-family="${fontStack}">`,
    `<title>${escapeXml(title)}</title>`,
    `<desc>${escapeXml(description)}</desc>`,
    rect(0, 0, width, height, palette.background),
    ...body,
    '</svg>',
  ].join('\n');
}
