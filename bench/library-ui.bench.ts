// Library search in Chromium against the production build: keystroke → results painted, over a
// workspace with 20,000 ideas in 2,000 projects.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { germanTexts, seedWorkspace } from './seed';
import { report } from './stats';
import { launchChromium, startHost } from './host';

const queries = [
  'bahnhof',
  'jugend',
  'ortsmitte',
  'fruhstuck',
  'strasse',
  'verein',
  'radweg',
  'kita',
];

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'kw-library-ui-'));
  const file = path.join(dir, 'Bibliothek.werkstatt');
  await seedWorkspace(file, {
    ideas: 20_000,
    projects: 2_000,
    inboxShare: 0,
    texts: germanTexts(),
  });
  const host = await startHost(file, dir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1500, height: 1000 } });
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Projektbibliothek', exact: true }).click();
    const search = page.getByPlaceholder('Projekte und Ideen durchsuchen …');
    await search.waitFor();
    // In the page: each input's time, and the frame that paints the answer to that text.
    await page.evaluate(() => {
      const w = window as unknown as { __typed: Map<string, number>; __latencies: number[] };
      w.__typed = new Map();
      w.__latencies = [];
      document.addEventListener(
        'input',
        (event) => w.__typed.set((event.target as HTMLInputElement).value, performance.now()),
        true,
      );
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as PerformanceMark[]) {
          const started = w.__typed.get(String(entry.detail));
          if (started !== undefined && String(entry.detail).trim().length >= 2) {
            w.__latencies.push(entry.startTime - started);
            w.__typed.delete(String(entry.detail));
          }
        }
      }).observe({ type: 'mark' });
    });
    for (const query of queries) {
      for (const char of query) {
        await search.press(char === ' ' ? 'Space' : char);
        await page.waitForTimeout(120);
      }
      await search.fill('');
      await page.waitForTimeout(300);
    }
    const latencies = await page.evaluate(
      () => (window as unknown as { __latencies: number[] }).__latencies,
    );
    report('Tastendruck → Treffer gezeichnet (20.000 Ideen, 2.000 Projekte)', latencies, {
      target: 100,
      targetLabel: 'p95 < 100 ms',
    });
  } finally {
    await browser.close();
    await host.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
