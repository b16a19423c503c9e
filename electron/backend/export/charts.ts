// The Kommunalprofil's charts as the Word export embeds them: the shared chart module's SVG,
// rendered to PNG with the bundled font (charts/png.ts), with the title and the data in words.
import { chartSvg, describeChart } from '../../../shared/charts';
import type { PlanChart } from '../../../shared/plan';
import { printWidth, renderChartPngAsync } from '../charts/png';
import { emojiNames, hasEmoji } from './emoji';
import { mapStrings, printableText } from './printable';

export interface ChartImage {
  png: Buffer;
  title: string;
  /** The alt text: what the chart shows, stated in words. */
  description: string;
}

/**
 * Pictures drawn before, by their SVG (which says everything the picture shows). Drawing is the
 * dearest part of an export (about 0.1 s a chart); the export dialog's warm-up draws the same
 * charts, and charts rarely change between two exports, so the export itself mostly finds them.
 */
const drawn = new Map<string, Buffer>();
const keptPictures = 24;

async function picture(svg: string): Promise<Buffer> {
  const known = drawn.get(svg);
  if (known) return known;
  const png = (await renderChartPngAsync(svg, { width: printWidth })).png;
  drawn.set(svg, png);
  // The oldest goes first: a Map iterates in insertion order.
  if (drawn.size > keptPictures) drawn.delete(drawn.keys().next().value as string);
  return png;
}

/** The charts as pictures, the ones not drawn before drawn side by side. */
export async function renderChartImages(charts: readonly PlanChart[]): Promise<ChartImage[]> {
  const pngs = await Promise.all(charts.map(({ spec }) => picture(chartSvg(spec))));
  return charts.map(({ spec }, index) => ({
    png: pngs[index] as Buffer,
    title: spec.title,
    description: describeChart(spec),
  }));
}

/**
 * The charts with their emoji (an indicator or chart named with one) written as words: the bundled
 * font has none, and a picture cannot fall back to another.
 */
export async function withEmojiNamed(charts: readonly PlanChart[]): Promise<readonly PlanChart[]> {
  if (!charts.some(({ spec }) => hasEmoji(JSON.stringify(spec)))) return charts;
  const names = await emojiNames();
  return mapStrings(charts, (text) => printableText(text, names));
}
