// Board helpers for browser tests: open the board, capture cards, drag with a real mouse.
import type { Locator, Page } from 'playwright-core';

export async function openBoard(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Zukunftswerkstatt', exact: true }).click();
  await page.getByRole('region', { name: 'Ideenspeicher' }).waitFor();
}

export async function createWorkspace(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: /Neue Werkstatt/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Neue Werkstatt' });
  await dialog.getByLabel('Name der Kommune').fill(name);
  await dialog.getByRole('button', { name: 'Werkstatt anlegen' }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** Types a card into "Neue Idee", presses Enter and waits until the card is on the board. */
export async function capture(page: Page, text: string): Promise<void> {
  const field = page.getByLabel('Neue Idee');
  await field.fill(text);
  await field.press('Enter');
  await card(page, text).waitFor();
}

/** A committed card (not one still shown as „wird gespeichert …“). */
export const card = (scope: Page | Locator, text: string) =>
  scope.locator('.idea-card:not(.pending-idea)').filter({ hasText: text }).first();

/** A pointer drag as a hand does it: press, move past the activation distance, move in steps. */
export async function drag(
  page: Page,
  source: Locator,
  target: Locator,
  offsetY?: number,
): Promise<void> {
  // As a user does: scroll the card into sight first, then grab it.
  await source.scrollIntoViewIfNeeded();
  const from = await source.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('Ziehen: Element nicht sichtbar');
  const startX = from.x + from.width / 3;
  const startY = from.y + from.height / 3;
  await page.mouse.move(startX, startY);
  await page.mouse.down();
  await page.mouse.move(startX + 12, startY + 12, { steps: 3 });
  await page.mouse.move(to.x + to.width / 2, to.y + (offsetY ?? Math.min(to.height / 2, 40)), {
    steps: 12,
  });
  await page.mouse.up();
  // The drop animation takes a moment; screenshots and positions after it are stable.
  await page.waitForTimeout(350);
}

/** The little of the page's document these helpers use (this file is compiled without the DOM). */
interface PageDocument {
  querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }>;
}

/**
 * A keyboard drag as a screen-reader user does it: Space lifts, each arrow key moves one place,
 * Space puts it down. Each step waits until a live region has announced it (dnd-kit's or the
 * screen's own), so no key overtakes the move before it.
 */
export async function keyboardDrag(page: Page, grip: Locator, keys: string[]): Promise<void> {
  const press = async (key: string) => {
    const before = await page.evaluate(() =>
      Array.from(
        (globalThis as unknown as { document: PageDocument }).document.querySelectorAll(
          '[aria-live]',
        ),
        (live) => live.textContent,
      ).join('|'),
    );
    await page.keyboard.press(key);
    await page.waitForFunction((previous) => {
      const live = (globalThis as unknown as { document: PageDocument }).document;
      return (
        Array.from(live.querySelectorAll('[aria-live]'), (region) => region.textContent).join(
          '|',
        ) !== previous
      );
    }, before);
  };
  await grip.scrollIntoViewIfNeeded();
  await grip.focus();
  await press('Space');
  for (const key of keys) await press(key);
  await page.keyboard.press('Space');
}
