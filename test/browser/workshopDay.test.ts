// The workshop day as it really goes: typing faster than the disk answers, a scrolled
// Ideenspeicher on a 1280×720 projector, several cards at once, a touch screen, a second window
// for the projector, the search, the whole board on one screen.
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession, callFromPage, screenshot } from '../support/app';
import { card, createWorkspace, drag, openBoard } from '../support/board';

const session = browserSession({ width: 1280, height: 720 });

const inboxOf = (page: Page) => page.getByRole('region', { name: 'Ideenspeicher' });
const column = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

interface StoredIdea {
  id: number;
  text: string;
  projectId: number | null;
  position: number;
}

/** The cards as the file holds them, the Ideenspeicher in its order. */
async function storedIdeas(page: Page): Promise<StoredIdea[]> {
  const loaded = await callFromPage<{ ideas: StoredIdea[] }>(page, 'board:load');
  return loaded.body.value?.ideas ?? [];
}

const inboxTexts = async (page: Page) =>
  (await storedIdeas(page))
    .filter((idea) => idea.projectId === null)
    .sort((a, b) => a.position - b.position)
    .map((idea) => idea.text);

/** Every save answers only after `ms`, as on a USB stick or a network drive. */
async function slowSaves(page: Page, ms: number) {
  await page.route(/\/api\/ideas(%3A|:)create$/, async (route: Route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue();
  });
}

async function openDemoBoard(page: Page) {
  await page.getByRole('heading', { level: 1, name: 'Musterstadt' }).waitFor();
  await openBoard(page);
}

describe('capture on the workshop day', () => {
  it('stores 30 ideas typed at machine speed exactly once and in order, while every save takes 150 ms', async () => {
    const app = await session.start(['--no-demo']);
    const { page, errors } = await session.open(app);
    await createWorkspace(page, 'Aue');
    await openBoard(page);
    await slowSaves(page, 150);
    const field = page.getByLabel('Neue Idee');
    const typed = Array.from({ length: 30 }, (_, n) => `Idee ${n + 1}: Willkommensbüro am Markt`);
    await field.focus();
    for (const text of typed) {
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
      // The field is free for the next idea at once, whatever the disk is doing.
      expect(await field.inputValue()).toBe('');
    }
    // Cards not yet committed show as such, never as saved.
    expect(await page.getByText('wird gespeichert …').count()).toBeGreaterThan(0);
    await screenshot(page, 'capture-pending');
    await expect
      .poll(() => page.getByText('wird gespeichert …').count(), { timeout: 20_000 })
      .toBe(0);
    expect(await inboxTexts(page)).toEqual(typed);
    // The newest card is where the facilitator looks: at the top of the Ideenspeicher.
    expect(await inboxOf(page).locator('.idea-text').first().textContent()).toBe(typed.at(-1));
    expect(errors).toEqual([]);
  });

  it('keeps a card whose save failed, says why, and sends it again or gives it back to the field', async () => {
    const app = await session.start(['--no-demo']);
    const { page } = await session.open(app);
    await createWorkspace(page, 'Aue');
    await openBoard(page);
    let refuse = true;
    await page.route(/\/api\/ideas(%3A|:)create$/, async (route: Route) => {
      if (!refuse) return route.continue();
      await route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: JSON.stringify({
          ok: false,
          error: { code: 'IO_ERROR', message: 'Der Datenträger antwortet nicht.' },
        }),
      });
    });
    const field = page.getByLabel('Neue Idee');
    await field.fill('Bürgerbus am Wochenende');
    await field.press('Enter');
    await field.fill('Mitfahrbank am Friedhof');
    await field.press('Enter');
    const failed = page.locator('.pending-idea.is-failed');
    await expect.poll(() => failed.count()).toBe(2);
    await failed.first().getByText('Der Datenträger antwortet nicht.').waitFor();
    expect(await storedIdeas(page)).toEqual([]);

    refuse = false;
    await failed
      .filter({ hasText: 'Bürgerbus' })
      .getByRole('button', { name: 'Erneut senden' })
      .click();
    await card(page, 'Bürgerbus am Wochenende').waitFor();
    await field.fill('angefangen');
    await failed
      .filter({ hasText: 'Mitfahrbank' })
      .getByRole('button', { name: 'Zurück ins Feld' })
      .click();
    await expect.poll(() => field.inputValue()).toBe('Mitfahrbank am Friedhof\nangefangen');
    expect(await failed.count()).toBe(0);
    expect(await inboxTexts(page)).toEqual(['Bürgerbus am Wochenende']);
  });

  it('previews pasted lines without list markers and names where the cards will go', async () => {
    const app = await session.start(['--no-demo']);
    const { page } = await session.open(app);
    await createWorkspace(page, 'Aue');
    await openBoard(page);
    await page.getByLabel('Neue Idee').focus();
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', '- Bänke am Markt\r\n• Schulbus um 7:10\n3) Repair-Café\n\n');
      document.activeElement?.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true }),
      );
    });
    const preview = page.getByRole('dialog', { name: 'Mehrere Ideen einfügen' });
    await preview.getByText('ohne Zukunftswerkstatt').waitFor();
    const lines = preview.getByRole('textbox');
    expect(
      await lines.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value)),
    ).toEqual(['Bänke am Markt', 'Schulbus um 7:10', 'Repair-Café']);
    await preview.getByRole('button', { name: '3 Ideen anlegen' }).click();
    await expect
      .poll(() => inboxTexts(page))
      .toEqual(['Bänke am Markt', 'Schulbus um 7:10', 'Repair-Café']);
  });
});

describe('clustering at 1280×720', () => {
  it('gives the Ideenspeicher real height and lands drags from every scroll position', async () => {
    const app = await session.start();
    const { page, errors } = await session.open(app);
    await openDemoBoard(page);
    const list = inboxOf(page).locator('.inbox-ideas');
    expect((await list.boundingBox())?.height).toBeGreaterThan(200);
    // Folding the capture panel away gives the Ideenspeicher most of the window.
    await page.getByRole('button', { name: 'Einklappen' }).click();
    expect((await list.boundingBox())?.height).toBeGreaterThan(400);
    await screenshot(page, 'board-1280-folded');

    const targets = ['Wohnen', 'Arbeit & Wirtschaft/Fachkräfte', 'Bildung'];
    for (const [round, scrollTop] of [0, 300, 700, 1100, 100_000].entries()) {
      await list.evaluate((element, top) => element.scrollTo({ top }), scrollTop);
      const box = (await list.boundingBox())!;
      // The card a hand would take: the first one fully in sight.
      const shells = await list.locator('.drag-shell').all();
      let source = shells[0]!;
      for (const shell of shells) {
        const at = await shell.boundingBox();
        if (at && at.y >= box.y && at.y + at.height <= box.y + box.height) {
          source = shell;
          break;
        }
      }
      const text = (await source.locator('.idea-text').textContent()) ?? '';
      const target = column(page, targets[round % targets.length]!);
      // Onto the column's head: its projects may fill it below the fold.
      await drag(page, source, target.locator('.column-header'));
      await expect.poll(() => target.locator('.idea-text', { hasText: text }).count()).toBe(1);
      const title = page.getByLabel('Projekttitel');
      if (await title.count()) await title.press('Enter');
    }
    expect(errors).toEqual([]);
  });

  it('moves several selected cards in one action, undone in one step', async () => {
    const app = await session.start();
    const { page } = await session.open(app);
    await openDemoBoard(page);
    const cards = inboxOf(page).locator('.drag-shell');
    const texts = await Promise.all(
      [0, 1, 2].map(async (n) => (await cards.nth(n).locator('.idea-text').textContent()) ?? ''),
    );
    await cards.nth(0).click({ modifiers: ['Control'] });
    await cards.nth(2).click({ modifiers: ['Shift'] });
    expect(await inboxOf(page).locator('.drag-shell.is-selected').count()).toBe(3);
    const before = (await storedIdeas(page)).filter((idea) => idea.projectId === null).length;
    await drag(page, cards.nth(1), column(page, 'Bildung').locator('.drop-hint'));
    const title = page.getByLabel('Projekttitel');
    await title.press('Enter');
    const project = column(page, 'Bildung').locator('.project').first();
    await expect.poll(() => project.locator('.idea-text').allTextContents()).toEqual(texts);
    await page.keyboard.press('Control+z');
    await expect
      .poll(async () => (await storedIdeas(page)).filter((idea) => idea.projectId === null).length)
      .toBe(before);
  });
});

describe('touch', () => {
  it('drags a card with a finger that rests on it, while a swipe scrolls the list', async () => {
    const app = await session.start();
    const page = await session.newPage({ hasTouch: true });
    await page.goto(app.url);
    await openDemoBoard(page);
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x: Math.round(x), y: Math.round(y) }],
      });
    const list = inboxOf(page).locator('.inbox-ideas');
    const source = list.locator('.drag-shell').first();
    const text = (await source.locator('.idea-text').textContent()) ?? '';
    const from = (await source.boundingBox())!;
    const to = (await column(page, 'Bildung').locator('.drop-hint').boundingBox())!;
    await touch('touchStart', from.x + 40, from.y + 20);
    // The drag begins once the finger has rested; the card then follows it.
    await page.locator('.drag-ghost').waitFor();
    for (let step = 1; step <= 10; step++) {
      await touch(
        'touchMove',
        from.x + 40 + ((to.x + to.width / 2 - from.x - 40) * step) / 10,
        from.y + 20 + ((to.y + to.height / 2 - from.y - 20) * step) / 10,
      );
    }
    await touch('touchEnd', 0, 0);
    await page.getByLabel('Projekttitel').waitFor();
    expect(await column(page, 'Bildung').locator('.idea-text', { hasText: text }).count()).toBe(1);
  });
});

describe('a second window', () => {
  it('shows every change of the first within moments, undo included, and the projector window follows', async () => {
    const app = await session.start(['--no-demo']);
    const { page: first } = await session.open(app);
    await createWorkspace(first, 'Aue');
    await openBoard(first);
    const { page: second } = await session.open(app);
    await second.getByRole('heading', { level: 1, name: 'Aue' }).waitFor();
    await openBoard(second);

    const [projector] = await Promise.all([
      first.waitForEvent('popup'),
      (async () => {
        await first.getByRole('button', { name: 'Mehr …' }).click();
        await first.getByRole('menuitem', { name: 'Projektorfenster öffnen' }).click();
      })(),
    ]);
    await projector.getByText('Zukunftswerkstatt Aue').waitFor();

    await first.getByLabel('Neue Idee').fill('Dorfladen mit Café');
    await first.getByLabel('Neue Idee').press('Enter');
    await card(second, 'Dorfladen mit Café').waitFor({ timeout: 2000 });

    await drag(second, card(second, 'Dorfladen'), column(second, 'Wohnen').locator('.drop-hint'));
    await second.getByLabel('Projekttitel').press('Enter');
    await column(first, 'Wohnen').locator('.idea-text', { hasText: 'Dorfladen' }).waitFor();
    await column(projector, 'Wohnen').locator('.idea-text', { hasText: 'Dorfladen' }).waitFor();

    // Undo in the first window undoes the second's move everywhere: one history per workspace.
    await first.locator('body').click({ position: { x: 640, y: 700 } });
    await first.keyboard.press('Control+z');
    await inboxOf(second).locator('.idea-text', { hasText: 'Dorfladen' }).waitFor();
    await expect
      .poll(() =>
        column(projector, 'Wohnen').locator('.idea-text', { hasText: 'Dorfladen' }).count(),
      )
      .toBe(0);
    await screenshot(projector, 'projector-window');
  });
});

describe('the board for the room', () => {
  it('shows every visible Handlungsfeld at once, and the phase timer on the presentation', async () => {
    const app = await session.start();
    const { page } = await session.open(app);
    await openDemoBoard(page);
    await page
      .getByRole('group', { name: 'Zoom' })
      .getByRole('button', { name: 'Alles zeigen' })
      .click();
    const boxes = await page
      .locator('.column')
      .evaluateAll((columns) =>
        columns.map((element) => element.getBoundingClientRect().toJSON() as DOMRect),
      );
    expect(boxes).toHaveLength(16);
    for (const box of boxes) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(1280);
      expect(box.bottom).toBeLessThanOrEqual(720);
      expect(box.width).toBeGreaterThanOrEqual(140);
    }
    await screenshot(page, 'board-1280-alles');

    await page.getByRole('button', { name: 'Timer …' }).click();
    const timer = page.getByRole('dialog', { name: 'Phasen-Timer' });
    await timer.getByRole('button', { name: '10 Min.' }).click();
    await timer.getByRole('button', { name: 'Starten' }).click();
    await page
      .getByRole('timer')
      .getByText(/^(10:00|09:5\d)$/)
      .waitFor();
    await page.getByRole('button', { name: 'Präsentation', exact: true }).click();
    await page.getByRole('button', { name: 'Präsentation beenden (Esc)' }).waitFor();
    expect(await page.getByRole('banner').count()).toBe(0);
    await page.getByRole('timer').waitFor();
    await screenshot(page, 'presentation-1280-alles');
    await page.getByRole('button', { name: 'Präsentation beenden (Esc)' }).click();
    await page.getByRole('button', { name: 'Timer …' }).click();
    await page
      .getByRole('dialog', { name: 'Phasen-Timer' })
      .getByRole('button', { name: 'Timer anhalten' })
      .click();
    await expect.poll(() => page.getByRole('timer').count()).toBe(0);
  });

  it('steps through the search hits with Enter and F3, showing each one', async () => {
    const app = await session.start();
    const { page } = await session.open(app);
    await openDemoBoard(page);
    const search = page.getByRole('searchbox', { name: 'Auf der Pinnwand suchen' });
    await search.fill('jugend');
    const status = page.locator('.search-count');
    const total = Number(/(\d+) Treffer/.exec((await status.textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(3);
    expect(await page.locator('mark').count()).toBeGreaterThanOrEqual(1);
    for (let hit = 1; hit <= 3; hit++) {
      await (hit === 1 ? search.press('Enter') : page.keyboard.press('F3'));
      await expect.poll(() => status.textContent()).toBe(`${hit} von ${total} Treffern`);
      const current = page.locator('.is-current-hit');
      await expect.poll(() => current.count()).toBe(1);
      await expect
        .poll(async () => {
          const box = await current.boundingBox();
          return (
            box !== null && box.y >= 0 && box.y + 10 <= 720 && box.x >= 0 && box.x + 10 <= 1280
          );
        })
        .toBe(true);
      expect((await current.textContent())?.toLowerCase()).toContain('jugend');
    }
  });

  it('remembers Pinnwand or Rangliste per workspace; a new workspace opens on the Pinnwand', async () => {
    const app = await session.start();
    const { page } = await session.open(app);
    await openDemoBoard(page);
    await page.getByRole('button', { name: 'Rangliste' }).click();
    await page.getByRole('region', { name: 'Projekte nach Punkten' }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Zukunftswerkstatt', exact: true }).click();
    await page.getByRole('region', { name: 'Projekte nach Punkten' }).waitFor();
    await page.getByRole('button', { name: 'Datei' }).click();
    await page.getByRole('menuitem', { name: 'Neue Werkstatt …' }).click();
    const dialog = page.getByRole('dialog', { name: 'Neue Werkstatt' });
    await dialog.getByLabel('Name der Kommune').fill('Zeitz');
    await dialog.getByRole('button', { name: 'Werkstatt anlegen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Zeitz' }).waitFor();
    await openBoard(page);
    expect(await page.getByRole('region', { name: 'Projekte nach Punkten' }).count()).toBe(0);
  });
});
