// The keyboard never loses its place: after a dialog closes (its own buttons, Escape, opened from
// a menu), after saving or cancelling an edit, deleting a card, opening and leaving a fact sheet;
// menus follow the ARIA menu button pattern; the browser mode takes Ctrl+F, P and S.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession } from '../support/app';
import { card, openBoard } from '../support/board';

const session = browserSession({ width: 1280, height: 720 });

/** What has the focus, as a screen reader would name it. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'body';
    return (
      element.getAttribute('aria-label') ??
      element.getAttribute('id') ??
      element.textContent?.trim().slice(0, 60) ??
      element.tagName
    );
  });

async function demo(page: Page) {
  await page.getByRole('heading', { level: 1, name: 'Musterstadt' }).waitFor();
}

describe('focus', () => {
  it('returns to the opener when a dialog closes, also from a menu and with Escape', async () => {
    const app = await session.start();
    const { page } = await session.open(app);
    await demo(page);
    await openBoard(page);

    await page.getByRole('button', { name: 'Timer …' }).click();
    await page
      .getByRole('dialog', { name: 'Phasen-Timer' })
      .getByRole('button', { name: 'Abbrechen' })
      .click();
    await expect.poll(() => focused(page)).toBe('Timer …');

    const more = page.getByRole('button', { name: 'Mehr …' });
    await more.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('Punkte vergeben …');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Punkte vergeben' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe('Mehr …');

    await page.getByRole('button', { name: 'Hilfe' }).click();
    await page.getByRole('menuitem', { name: 'Tastenkürzel' }).click();
    await page
      .getByRole('dialog', { name: 'Tastenkürzel' })
      .getByRole('button', { name: 'Schließen' })
      .click();
    await expect.poll(() => focused(page)).toBe('Hilfe');
  });

  it('follows the menu button pattern: arrows, Home, End, a letter, Escape', async () => {
    const app = await session.start();
    const { page } = await session.open(app);
    await demo(page);
    const file = page.getByRole('button', { name: 'Datei' });
    expect(await file.getAttribute('aria-controls')).toBeNull();
    await file.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focused(page)).toBe('Neue Werkstatt …');
    expect(await file.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator(`#${await file.getAttribute('aria-controls')}`).count()).toBe(1);
    await page.keyboard.press('End');
    await expect.poll(() => focused(page)).toBe('Werkstatt schließen');
    await page.keyboard.press('Home');
    await expect.poll(() => focused(page)).toBe('Neue Werkstatt …');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => focused(page)).toBe('Werkstatt schließen');
    await page.keyboard.press('b');
    await expect.poll(() => focused(page)).toBe('Beispiel „Musterstadt“ öffnen');
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe('Datei');
    expect(await file.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => focused(page)).toBe('Werkstatt schließen');
    await page.keyboard.press('Escape');
  });

  it('stays on the card after an edit is saved or a title edit cancelled, and moves on after a delete', async () => {
    const app = await session.start();
    const { page } = await session.open(app);
    await demo(page);
    await openBoard(page);
    const inbox = page.locator('.inbox-ideas .drag-shell');
    const first = (await inbox.nth(0).locator('.idea-text').textContent()) ?? '';
    const second = (await inbox.nth(1).locator('.idea-text').textContent()) ?? '';

    await card(page, first).hover();
    await card(page, first).getByRole('button', { name: 'Idee bearbeiten' }).click();
    await page.getByLabel('Text der Idee').press('Control+End');
    await page.keyboard.type(' – ergänzt');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => focused(page))
      .toMatch(new RegExp(`^Idee „${first.slice(0, 20)}.*“ verschieben$`));

    const project = page.locator('.project').first();
    await project.locator('.project-title').dblclick();
    await page.getByLabel('Projekttitel').press('Escape');
    await expect.poll(() => focused(page)).toMatch(/^Projekt „.*“ verschieben$/);

    await card(page, first).hover();
    await card(page, first).getByRole('button', { name: 'Idee löschen' }).click();
    await expect
      .poll(() => focused(page))
      .toBe(`Idee „${second.slice(0, 59)}${second.length > 60 ? '…' : ''}“ verschieben`);
  });

  it('starts a fact sheet on its title and comes back to the project in the list', async () => {
    const app = await session.start();
    const { page } = await session.open(app);
    await demo(page);
    await page.getByRole('button', { name: 'Projektbibliothek', exact: true }).click();
    const entry = page.locator('.library-card').nth(2);
    await entry.click();
    await expect.poll(() => focused(page)).toBe('sheet-title');
    await page.getByRole('button', { name: '← Zur Projektbibliothek' }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.className))
      .toBe('library-card');
    expect(
      await page.evaluate(() => document.activeElement?.getAttribute('data-open-project')),
    ).toBe(await entry.getAttribute('data-open-project'));
  });

  it('takes Ctrl+F, Ctrl+S and Ctrl+P for the app in the browser', async () => {
    const app = await session.start();
    const { page } = await session.open(app);
    await demo(page);
    await openBoard(page);
    await page.keyboard.press('Control+f');
    await expect.poll(() => focused(page)).toBe('board-search');
    await page.keyboard.press('Control+s');
    await page.getByText(/Alles ist gespeichert/).waitFor();
    await page.keyboard.press('Control+p');
    await page.getByRole('heading', { name: 'Werkstattplan exportieren' }).waitFor();
  });
});
