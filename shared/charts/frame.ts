// What surrounds every plot: the title, a subtitle (unit or basis), the legend and the source line.
import { textWidth } from './metrics';
import { line, marker, rect, text } from './svg';
import { fitText } from './text';
import { fontSizes, palette } from './theme';
import type { SeriesStyle } from './theme';

const padding = 16;

export interface LegendItem {
  label: string;
  style: SeriesStyle;
  /** A line with its marker, or a filled swatch as for bars. */
  kind: 'line' | 'swatch';
}

export interface FrameInput {
  width: number;
  height: number;
  title: string;
  subtitle: string;
  source: string;
  legend?: LegendItem[];
}

/** The drawn surroundings, and the box they leave for axes and plot. */
export interface Frame {
  parts: string[];
  top: number;
  bottom: number;
  left: number;
  right: number;
}

const sampleWidth = 26;
const sampleGap = 6;
const itemGap = 18;
const maxLegendLabel = 180;
const legendText = { size: fontSizes.legend, fill: palette.text, baseline: 'middle' } as const;

const itemWidth = (label: string) => sampleWidth + sampleGap + textWidth(label, fontSizes.legend);

function legendParts(items: LegendItem[], labels: string[], x: number, y: number): string[] {
  const parts: string[] = [];
  let cursor = x;
  items.forEach(({ kind, style }, i) => {
    const label = labels[i] ?? '';
    if (kind === 'line') {
      parts.push(line(cursor, y, cursor + sampleWidth, y, style));
      parts.push(marker(style.marker, cursor + sampleWidth / 2, y, style.color, style.hollow));
    } else {
      parts.push(rect(cursor + sampleWidth - 12, y - 6, 12, 12, style.color));
    }
    parts.push(text(cursor + sampleWidth + sampleGap, y, label, legendText));
    cursor += itemWidth(label) + itemGap;
  });
  return parts;
}

/** "Quelle: …" once, even when the user wrote "Quelle:" into the field already. */
const sourceLine = (source: string) =>
  `Quelle: ${source.trim().replace(/^quelle\s*:\s*/i, '') || 'nicht angegeben'}`;

export function chartFrame({ width, height, title, subtitle, source, legend = [] }: FrameInput) {
  const inner = width - 2 * padding;
  const titleStyle = { size: fontSizes.title, weight: 'bold', fill: palette.title } as const;
  const subtitleStyle = { size: fontSizes.subtitle, fill: palette.muted };
  const fittedTitle = fitText(title, inner, { fontSize: fontSizes.title, weight: 'bold' });
  const rowY = padding + 32;
  const fittedSubtitle = fitText(subtitle, inner, { fontSize: fontSizes.subtitle });
  const parts = [
    text(padding, padding + 13, fittedTitle, titleStyle),
    text(padding, rowY, fittedSubtitle, subtitleStyle),
  ];

  // The legend sits right of the subtitle when both fit, else on a row of its own.
  const roomPerItem = legend.length ? inner / legend.length - itemWidth('') - itemGap : 0;
  const labels = legend.map(({ label }) =>
    fitText(label, Math.min(maxLegendLabel, roomPerItem), { fontSize: fontSizes.legend }),
  );
  const legendWidth = labels.reduce((sum, label) => sum + itemWidth(label) + itemGap, -itemGap);
  const beside = inner - textWidth(fittedSubtitle, fontSizes.subtitle) - 24 >= legendWidth;
  const legendY = beside ? rowY - 4 : rowY + 18;
  if (legend.length) {
    const x = beside ? width - padding - legendWidth : padding;
    parts.push(...legendParts(legend, labels, x, legendY));
  }

  const fittedSource = fitText(sourceLine(source), inner, { fontSize: fontSizes.source });
  parts.push(
    text(padding, height - 12, fittedSource, { size: fontSizes.source, fill: palette.muted }),
  );
  const top = (legend.length && !beside ? legendY : rowY) + 18;
  return { parts, top, bottom: height - 30, left: padding, right: width - padding } satisfies Frame;
}

/** Said in the middle of an empty plot, so an empty chart is not mistaken for zeros. */
export const emptyNotice = (
  left: number,
  right: number,
  top: number,
  bottom: number,
  message = 'Keine Werte vorhanden',
) =>
  text((left + right) / 2, (top + bottom) / 2, message, {
    size: fontSizes.subtitle,
    fill: palette.muted,
    anchor: 'middle',
  });
