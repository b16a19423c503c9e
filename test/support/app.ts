// Starts the real browser mode (built web host in a child process) and Debian's Chromium for UI tests.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');
export const artifactsDir = path.join(repoRoot, 'test-results');

export interface RunningApp {
  url: string;
  port: number;
  child: ChildProcess;
  output(): string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * Runs `dist/electron/web.cjs` as `npm run web` does and waits for the printed address.
 * Data and workspace folders default to fresh temporary ones, never the user's own.
 */
export function startApp(args: string[] = []): Promise<RunningApp> {
  const base = mkdtempSync(path.join(tmpdir(), 'kw-app-'));
  const defaults = [
    ...(args.includes('--data-dir') ? [] : ['--data-dir', path.join(base, 'daten')]),
    ...(args.includes('--dir') ? [] : ['--dir', path.join(base, 'werkstaetten')]),
  ];
  const child = spawn(
    process.execPath,
    [path.join(repoRoot, 'dist/electron/web.cjs'), ...args, ...defaults],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`Web-Host startete nicht:\n${output}`)),
      20_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:(\d+)\/\?token=[\w-]+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolve({
        url: match[1] as string,
        port: Number(match[2]),
        child,
        output: () => output,
        stop: async (signal = 'SIGTERM') => {
          if (child.exitCode === null && child.signalCode === null) child.kill(signal);
          return exited;
        },
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', () => reject(new Error(`Web-Host beendet:\n${output}`)));
  });
}

/** Headless Debian Chromium with the network chatter switched off (ENVIRONMENT.md). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions);
}

/** Collects console errors and uncaught page errors; a test asserts the list is empty. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * One Chromium for a test file and the web hosts its tests start, all stopped after the file.
 * `open` loads an app's address in a new page and collects its console errors.
 */
export function browserSession(viewport = { width: 1600, height: 1000 }) {
  let browser: Browser | undefined;
  // One context like one user's browser profile: cookies set by one page reach the others.
  let context: BrowserContext | undefined;
  const running: RunningApp[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    for (const app of running) await app.stop();
  });
  return {
    async start(args: string[] = []): Promise<RunningApp> {
      const app = await startApp(args);
      running.push(app);
      return app;
    },
    /**
     * A new page of the session's one browser context, sharing its cookies and storage rules;
     * with `options` (a touch screen, say) a page of a context of its own.
     */
    async newPage(options?: BrowserContextOptions): Promise<Page> {
      if (!browser) throw new Error('Chromium läuft nicht');
      if (options) return (await browser.newContext({ viewport, ...options })).newPage();
      context ??= await browser.newContext({ viewport });
      return context.newPage();
    },
    async open(app: RunningApp): Promise<{ page: Page; errors: string[] }> {
      if (!browser) throw new Error('Chromium läuft nicht');
      context ??= await browser.newContext({ viewport });
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto(app.url);
      return { page, errors };
    },
  };
}

/**
 * Calls the app's API from inside the page as the page itself does: JSON, with the Bearer token the
 * page holds in sessionStorage. For inputs the UI cannot type (control characters, odd sizes).
 */
export async function callFromPage<T = unknown>(
  page: Page,
  method: string,
  input: unknown = {},
): Promise<{ status: number; body: { ok: boolean; value?: T; error?: { code: string } } }> {
  return page.evaluate(
    async ([name, body]) => {
      const storage = (
        globalThis as unknown as { sessionStorage: { getItem(key: string): string | null } }
      ).sessionStorage;
      const token = storage.getItem('kommunalwerkstatt.token') ?? '';
      const response = await fetch(`/api/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
      return {
        status: response.status,
        body: (await response.json()) as { ok: boolean; value?: T; error?: { code: string } },
      };
    },
    [method, input] as const,
  );
}
