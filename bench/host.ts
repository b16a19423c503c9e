// The browser benchmarks' set-up: the built web host on a workspace file, and Debian's Chromium.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../test/support/chromium';

const root = path.resolve(__dirname, '..', '..');

/** `args`: more command-line switches (e.g. --participants); `output` holds what it printed. */
export async function startHost(
  file: string,
  dir: string,
  args: string[] = [],
): Promise<{ url: string; pid: number; output(): string; stop(): Promise<void> }> {
  const child = spawn(
    process.execPath,
    [
      path.join(root, 'dist/electron/web.cjs'),
      file,
      '--dir',
      dir,
      '--data-dir',
      path.join(dir, 'daten'),
      ...args,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output);
      if (match) resolve(match[1] as string);
    });
    child.on('exit', () => reject(new Error(output)));
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return {
    url,
    pid: child.pid as number,
    output: () => output,
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions);
}

/** Starts collecting the page's long tasks (≥ 50 ms by the browser's definition). */
export function observeLongTasks(page: Page): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
}

export const longTasksSoFar = (page: Page): Promise<number[]> =>
  page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);

/**
 * Marks, in a window of the board, when each card whose text starts with `prefix` is first drawn in
 * the Ideenspeicher (wall-clock ms, the frame after it appeared); read with `drawnSoFar`.
 */
export function watchInboxTexts(page: Page, prefix: string): Promise<void> {
  return page.evaluate((start) => {
    const w = window as unknown as { __drawn: Record<string, number> };
    w.__drawn ??= {};
    new MutationObserver(() => {
      for (const text of document.querySelectorAll('.inbox .idea-text')) {
        const key = text.textContent ?? '';
        if (key.startsWith(start) && !(key in w.__drawn)) {
          w.__drawn[key] = -1;
          requestAnimationFrame(
            () => (w.__drawn[key] = performance.timeOrigin + performance.now()),
          );
        }
      }
    }).observe(document.querySelector('.inbox-ideas') as Node, { childList: true, subtree: true });
  }, prefix);
}

/** Card text → when it was drawn (cards seen but not yet painted are left out). */
export async function drawnSoFar(page: Page, prefix = ''): Promise<Record<string, number>> {
  const drawn = await page.evaluate(
    () => (window as unknown as { __drawn: Record<string, number> }).__drawn,
  );
  return Object.fromEntries(
    Object.entries(drawn).filter(([text, at]) => at > 0 && text.startsWith(prefix)),
  );
}

/** The texts of the workspace's cards starting with `prefix`, as the file holds them (board:load). */
export function storedIdeaTexts(page: Page, prefix: string): Promise<string[]> {
  return page.evaluate(async (start) => {
    const token = sessionStorage.getItem('kommunalwerkstatt.token') ?? '';
    const response = await fetch('/api/board:load', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: '{}',
    });
    const body = (await response.json()) as { value: { ideas: { text: string }[] } };
    return body.value.ideas.map((idea) => idea.text).filter((text) => text.startsWith(start));
  }, prefix);
}
