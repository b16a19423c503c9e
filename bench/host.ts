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
