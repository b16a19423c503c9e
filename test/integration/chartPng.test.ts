// Charts as the Word export embeds them: SVG from the shared chart module rendered to PNG by resvg
// with the bundled font only. Each chart is also written to test-results/charts/ to be looked at.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  chartFontDir,
  chartFontFiles,
  renderChartPng,
  renderChartPngAsync,
} from '../../electron/backend/charts/png';
import {
  ageStructureChart,
  indexComparisonChart,
  migrationBalanceChart,
  populationChart,
} from '../../shared/charts';
import { ageStructure, indexComparison, migration, population } from '../support/charts';
import { decodePng, inkShare } from '../support/png';
import { tempDir } from '../support/temp';

const root = path.resolve(import.meta.dirname, '..', '..');
const lookAt = path.join(root, 'test-results', 'charts');
const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const charts = {
  population: populationChart(population),
  'population-bars': populationChart({
    ...population,
    points: population.points.filter((_, i) => i % 4 === 0),
  }),
  ageStructure: ageStructureChart(ageStructure),
  migration: migrationBalanceChart(migration),
  indexComparison: indexComparisonChart(indexComparison),
};

describe('chart PNG', () => {
  it.each(Object.entries(charts))(
    'renders %s as a PNG of the requested width, not blank',
    (name, svg) => {
      const { png, width, height } = renderChartPng(svg, { width: 1600 });
      mkdirSync(lookAt, { recursive: true });
      writeFileSync(path.join(lookAt, `${name}.png`), png);
      expect(png.subarray(0, 8)).toEqual(pngSignature);
      const decoded = decodePng(png);
      expect([decoded.width, decoded.height]).toEqual([width, height]);
      expect(width).toBe(1600);
      expect(height).toBeGreaterThanOrEqual(900);
      expect(inkShare(decoded)).toBeGreaterThan(0.02);
    },
  );

  it('draws text with the bundled font although no system font is loaded', () => {
    const words = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 40" width="200" height="40"><text x="4" y="28" font-family="'Liberation Sans', sans-serif" font-size="20">Einwohner −7,7 %</text></svg>`;
    const { png } = renderChartPng(words, { width: 400 });
    expect(inkShare(decodePng(png))).toBeGreaterThan(0.03);
  });

  it('renders the same chart to the same bytes every time, in the thread pool too', async () => {
    const first = renderChartPng(charts.indexComparison, { width: 800 }).png;
    expect(renderChartPng(charts.indexComparison, { width: 800 }).png.equals(first)).toBe(true);
    const drawn = await renderChartPngAsync(charts.indexComparison, { width: 800 });
    expect(drawn.png.equals(first)).toBe(true);
  });

  it('refuses widths that are no pixel count or would take too much memory', () => {
    for (const width of [0, 12.5, 100_000])
      expect(() => renderChartPng(charts.population, { width })).toThrow(RangeError);
  });
});

describe('chart font location', () => {
  it('finds assets/fonts from the source tree', () => {
    expect(chartFontDir(path.join(root, 'electron', 'backend', 'charts'))).toBe(
      path.join(root, 'assets', 'fonts'),
    );
  });

  it('finds the fonts of a packaged app outside its asar archive', () => {
    const resources = tempDir();
    const unpacked = path.join(resources, 'app.asar.unpacked', 'dist', 'fonts');
    mkdirSync(unpacked, { recursive: true });
    mkdirSync(path.join(resources, 'app.asar', 'dist', 'fonts'), { recursive: true });
    for (const file of chartFontFiles) {
      copyFileSync(path.join(root, 'assets', 'fonts', file), path.join(unpacked, file));
    }
    expect(chartFontDir(path.join(resources, 'app.asar', 'dist', 'electron'))).toBe(unpacked);
  });

  it('says which font is missing rather than drawing charts without text', () => {
    expect(() => chartFontDir(tempDir())).toThrow(/Liberation Sans/);
  });
});
