// The facilitator's tools on the demo board: paste a pinboard, sticky phase, search, dots helper,
// merge, Handlungsfelder, ranking and the projector's presentation mode.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot, startApp, watchErrors } from '../support/app';
import type { RunningApp } from '../support/app';
import { openBoard } from '../support/board';

let browser: Browser;
let app: RunningApp;

beforeAll(async () => {
  browser = await launchChromium();
  app = await startApp([]);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('the board tools on Musterstadt', () => {
  it('work as a facilitator uses them in a workshop', async () => {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    const errors = watchErrors(page);
    await page.goto(app.url);
    await page.getByRole('heading', { level: 1, name: 'Musterstadt' }).waitFor();
    await openBoard(page);
    const inbox = page.getByRole('region', { name: 'Ideenspeicher' });
    const inboxCount = await inbox.locator('.idea-card').count();

    // A photographed pinboard, typed up elsewhere and pasted: one card per line, after a preview.
    await page.getByText('Umsetzung', { exact: true }).first().click();
    await page.getByLabel('Neue Idee').focus();
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData(
        'text/plain',
        'Bänke am Marktbrunnen\r\nSchulbus um 7:10\n\nRepair-Café im Bürgerhaus',
      );
      document.activeElement?.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true }),
      );
    });
    const preview = page.getByRole('dialog', { name: 'Mehrere Ideen einfügen' });
    // Each line can still be corrected before the cards are made.
    const second = preview.getByRole('textbox', { name: 'Zeile 2' });
    expect(await second.inputValue()).toBe('Schulbus um 7:10');
    await second.fill('Schulbus um 7:05');
    await preview.getByRole('button', { name: '3 Ideen anlegen' }).click();
    await expect.poll(() => inbox.locator('.idea-card').count()).toBe(inboxCount + 3);
    expect(
      await inbox.locator('.idea-card', { hasText: 'Repair-Café' }).getAttribute('class'),
    ).toContain('phase-umsetzung');
    await page.locator('.board-toolbar').click({ position: { x: 700, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => inbox.locator('.idea-card').count()).toBe(inboxCount);
    await page.keyboard.press('Control+y');
    await expect.poll(() => inbox.locator('.idea-card').count()).toBe(inboxCount + 3);

    // The phase stays chosen, also after a reload.
    await page.reload();
    await openBoard(page);
    expect(await page.getByRole('radio', { name: 'Umsetzung' }).isChecked()).toBe(true);

    // Search folds case and umlauts and marks what it finds.
    await page.getByPlaceholder('Suchen …').fill('bahnhof');
    await page
      .getByRole('status')
      .filter({ hasText: /\d+ Treffer/ })
      .waitFor();
    expect(await page.locator('mark').count()).toBeGreaterThan(0);
    expect((await page.locator('mark').first().textContent())?.toLowerCase()).toBe('bahnhof');
    await page.getByPlaceholder('Suchen …').fill('');

    // Dots per participant: about a third of the options, the reckoning on request.
    await page.getByRole('button', { name: 'Mehr …' }).click();
    await page.getByRole('menuitem', { name: 'Punkte vergeben …' }).click();
    const dots = page.getByRole('dialog', { name: 'Punkte vergeben' });
    await dots.getByLabel('Optionen (Projekte oder Ideen)').fill('12');
    await dots.getByLabel('Teilnehmende').fill('40');
    await dots.getByText('4 Punkte je Person').waitFor();
    await dots.getByText('höchstens 2 auf dieselbe Option').waitFor();
    await dots.getByLabel('Optionen (Projekte oder Ideen)').fill('4');
    await dots.getByText('1 Punkt je Person').waitFor();
    await dots.getByText('Jede und jeder bekommt 1 Klebepunkt.').waitFor();
    await dots.getByText('Wie wird gerechnet?').click();
    await dots.getByText(/ein Drittel der Optionen/).waitFor();
    await dots.getByRole('button', { name: 'Schließen' }).click();

    // Merge two projects from the project menu.
    const projects = page.locator('.project');
    const before = await projects.count();
    await projects.first().getByRole('button', { name: 'Projektmenü' }).click();
    await page.getByRole('menuitem', { name: 'Mit anderem Projekt zusammenführen …' }).click();
    await page
      .getByRole('dialog', { name: 'Projekte zusammenführen' })
      .getByRole('button', { name: 'Zusammenführen' })
      .click();
    await expect.poll(() => projects.count()).toBe(before - 1);

    // Handlungsfelder: hide one, rename another.
    await page.getByRole('button', { name: 'Mehr …' }).click();
    await page.getByRole('menuitem', { name: 'Handlungsfelder …' }).click();
    const fields = page.getByRole('dialog', { name: 'Handlungsfelder' });
    await fields
      .locator('li')
      .filter({ has: page.getByLabel('Name Bildung') })
      .getByRole('checkbox')
      .uncheck();
    await page.getByRole('region', { name: 'Bildung', exact: true }).waitFor({ state: 'detached' });
    await fields.getByLabel('Name Ehrenamt').fill('Ehrenamt & Vereine');
    await fields.getByLabel('Name Ehrenamt').press('Tab');
    await page.getByRole('region', { name: 'Ehrenamt & Vereine', exact: true }).waitFor();
    await fields.getByRole('button', { name: 'Schließen' }).click();

    // The ranking after the Punkte-Kleben.
    await page.getByRole('button', { name: 'Rangliste' }).click();
    const ranking = page.getByRole('region', { name: 'Projekte nach Punkten' });
    const totals = (await ranking.locator('.ranking-dots').allTextContents()).map((text) =>
      Number(text.replace(/\D/g, '')),
    );
    expect(totals.length).toBeGreaterThan(10);
    expect([...totals].sort((a, b) => b - a)).toEqual(totals);
    await page.getByRole('button', { name: 'Pinnwand' }).click();

    // Presentation: large type, no editing chrome; Escape returns.
    await page.getByRole('button', { name: 'Präsentation', exact: true }).click();
    await page.getByRole('button', { name: 'Präsentation beenden (Esc)' }).waitFor();
    expect(await page.getByLabel('Neue Idee').count()).toBe(0);
    expect(await page.locator('.grip:visible').count()).toBe(0);
    await screenshot(page, 'board-presentation');
    await page.keyboard.press('Escape');
    await page.getByLabel('Neue Idee').waitFor();
    await screenshot(page, 'board-demo');
    expect(errors).toEqual([]);
  });
});
