// The browser mode as a user meets it: the printed address, the start screen, "Über Kommunalwerkstatt".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import packageJson from '../../package.json';
import { launchChromium, screenshot, startApp, watchErrors } from '../support/app';
import type { RunningApp } from '../support/app';

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startApp(['--port', '0', '--no-demo']);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('start screen in the browser mode', () => {
  it('shows the start screen and the version the backend reports', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(app.url);

    await expect.poll(() => page.url()).not.toContain('token=');
    await page.getByRole('heading', { level: 1, name: 'Kommunalwerkstatt' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('de');

    await page.getByRole('button', { name: 'Hilfe' }).click();
    await page.getByRole('menuitem', { name: 'Über Kommunalwerkstatt' }).click();
    const dialog = page.getByRole('dialog', { name: 'Über Kommunalwerkstatt' });
    await dialog.waitFor();
    await expect
      .poll(() => dialog.getByTestId('app-version').textContent())
      .toBe(packageJson.version);
    await screenshot(page, 'start-screen-about');

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });

  it('stops cleanly on Ctrl+C (SIGINT)', async () => {
    const second = await startApp(['--no-demo']);
    const code = await second.stop('SIGINT');
    expect(code, second.output()).toBe(0);
    expect(second.output()).toContain('Kommunalwerkstatt beendet.');
  });
});
