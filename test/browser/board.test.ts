// The Zukunftswerkstatt board as a facilitator uses it: capture, drag by mouse and keyboard,
// dots, undo/redo, reload — and a web host killed mid-workshop.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession, callFromPage, screenshot } from '../support/app';
import { capture, card, createWorkspace, drag, keyboardDrag, openBoard } from '../support/board';

const session = browserSession({ width: 1600, height: 1000 });
const start = session.start;
const newPage = session.open;

const inboxOf = (page: Page) => page.getByRole('region', { name: 'Ideenspeicher' });
const column = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

describe('the board', () => {
  it('captures, clusters by mouse and keyboard, counts dots, undoes and redoes, and survives a reload', async () => {
    const app = await start(['--no-demo']);
    const { page, errors } = await newPage(app);
    await createWorkspace(page, 'Teststadt');
    await openBoard(page);

    for (let n = 1; n <= 5; n++) await capture(page, `Kritik ${n}: Der Bus fährt zu selten`);
    await page.getByText('Fantasie', { exact: true }).first().click();
    for (let n = 6; n <= 10; n++) await capture(page, `Fantasie ${n}: Ein Café am Markt`);
    await expect.poll(() => inboxOf(page).locator('.idea-card').count()).toBe(10);
    expect(
      await page.getByLabel('Neue Idee').evaluate((field) => field === document.activeElement),
    ).toBe(true);
    expect(await card(page, 'Fantasie 6').getAttribute('class')).toContain('phase-fantasie');

    // Onto the Handlungsfeld: a new project, titled from the card and ready to retitle.
    await drag(page, card(page, 'Kritik 1'), column(page, 'Wohnen'));
    const title = page.getByLabel('Projekttitel');
    await title.waitFor();
    await title.fill('Bus und Wohnen');
    await title.press('Enter');
    const project = page.getByRole('group', { name: 'Projekt Bus und Wohnen' });
    await project.waitFor();
    await drag(page, card(page, 'Kritik 2'), project);
    await drag(page, card(page, 'Kritik 3'), project);
    await drag(page, card(page, 'Fantasie 6'), project);
    await expect.poll(() => project.locator('.idea-card').count()).toBe(4);

    // By keyboard: lift by the grip, one step right is the first Handlungsfeld's first project.
    const grip = page.getByRole('button', { name: /Idee „Kritik 4.*verschieben/ });
    await keyboardDrag(page, grip, ['ArrowRight']);
    await expect
      .poll(() => project.locator('.idea-card').filter({ hasText: 'Kritik 4' }).count())
      .toBe(1);
    // Once committed, the screen reader hears where it landed and the focus stays on the card.
    await expect
      .poll(() => page.locator('#board-announcer').textContent())
      .toBe(
        'Idee „Kritik 4: Der Bus fährt zu selten“ liegt jetzt in dem Projekt „Bus und Wohnen“ im Handlungsfeld „Wohnen“.',
      );
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Idee „Kritik 4: Der Bus fährt zu selten“ verschieben');

    // Dots, then undo and redo from the keyboard.
    const fantasie7 = card(page, 'Fantasie 7');
    await fantasie7.hover();
    await fantasie7.getByRole('button', { name: 'Einen Punkt der Idee hinzufügen' }).click();
    await fantasie7.getByLabel('1 Punkt', { exact: true }).waitFor();
    await fantasie7.getByRole('button', { name: 'Einen Punkt der Idee hinzufügen' }).click();
    await fantasie7.getByLabel('2 Punkte', { exact: true }).waitFor();
    await page.locator('body').click({ position: { x: 5, y: 400 } });
    await page.keyboard.press('Control+z');
    await fantasie7.getByLabel('1 Punkt', { exact: true }).waitFor();
    await page.keyboard.press('Control+y');
    await fantasie7.getByLabel('2 Punkte', { exact: true }).waitFor();

    await page.reload();
    await openBoard(page);
    const projectAfter = page.getByRole('group', { name: 'Projekt Bus und Wohnen' });
    expect(await projectAfter.locator('.idea-card').count()).toBe(5);
    expect(await inboxOf(page).locator('.idea-card').count()).toBe(5);
    await card(page, 'Fantasie 7').getByLabel('2 Punkte', { exact: true }).waitFor();
    await screenshot(page, 'board-after-reload');

    // Undo still works after the reload: the backend keeps the history.
    await page.keyboard.press('Control+z');
    await card(page, 'Fantasie 7').getByLabel('1 Punkt', { exact: true }).waitFor();
    expect(errors).toEqual([]);
  });

  it('scrolls the Handlungsfelder sideways while a card rests at the edge, to reach the last one', async () => {
    const app = await start(['--no-demo']);
    const { page, errors } = await newPage(app);
    await createWorkspace(page, 'Weitweg');
    await openBoard(page);
    await capture(page, 'Eine Imagekampagne für die Stadt');
    const columns = page.locator('.columns');
    const area = (await columns.boundingBox())!;
    const from = (await card(page, 'Imagekampagne').boundingBox())!;
    await page.mouse.move(from.x + 30, from.y + 20);
    await page.mouse.down();
    await page.mouse.move(from.x + 45, from.y + 35, { steps: 3 });
    await page.mouse.move(area.x + area.width - 15, area.y + 200, { steps: 10 });
    const last = column(page, 'Öffentlichkeitsarbeit');
    await expect
      .poll(
        async () => {
          const box = await last.boundingBox();
          return box !== null && box.x + box.width <= area.x + area.width;
        },
        { timeout: 15_000 },
      )
      .toBe(true);
    const target = (await last.boundingBox())!;
    await page.mouse.move(target.x + target.width / 2, target.y + 60, { steps: 5 });
    await page.mouse.up();
    await last.getByLabel('Projekttitel').waitFor();
    expect(await columns.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('keeps every card that appeared when the web host is killed (SIGKILL) and restarted', async () => {
    const base = mkdtempSync(path.join(tmpdir(), 'kw-kill-'));
    const dataDir = path.join(base, 'daten');
    const first = await start(['--no-demo', '--dir', base, '--data-dir', dataDir]);
    const { page } = await newPage(first);
    await createWorkspace(page, 'Absturzhausen');
    await openBoard(page);
    const texts = Array.from({ length: 8 }, (_, n) => `Karte ${n + 1} vor dem Absturz`);
    for (const text of texts) await capture(page, text);
    await first.stop('SIGKILL');
    await page.close();

    const second = await start([
      path.join(base, 'Absturzhausen.werkstatt'),
      '--dir',
      base,
      '--data-dir',
      dataDir,
    ]);
    const { page: again } = await newPage(second);
    await openBoard(again);
    for (const text of texts) await card(again, text).waitFor();
    expect(await inboxOf(again).locator('.idea-card').count()).toBe(texts.length);
  });

  it('shows hostile card text as text, injects nothing, keeps the layout and round-trips it unchanged', async () => {
    const app = await start(['--no-demo']);
    const { page, errors } = await newPage(app);
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await createWorkspace(page, 'Härtetest');
    await openBoard(page);
    const hostile = [
      '<script>window.__pwned = 1</script>',
      '<img src=x onerror="window.__pwned = 2">',
      'x'.repeat(10_000),
      'Rechts\u202Enach links\u202C zurück',
      'Familie 👩‍👩‍👧‍👦 und Fahne 🏳️‍🌈',
      'Steuer\u0007zeichen\u0001 und \uFFFE',
    ];
    // Through the app's own API from the page, so control characters arrive exactly as written.
    for (const text of hostile) {
      const created = await callFromPage(page, 'ideas:create', { text, phase: 'kritik' });
      expect(created.body.ok).toBe(true);
    }
    await page.reload();
    await openBoard(page);
    await expect.poll(() => inboxOf(page).locator('.idea-card').count()).toBe(hostile.length);
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    expect(dialogs).toBe(0);
    expect(await page.locator('.idea-card img, .idea-card script').count()).toBe(0);

    const loaded = await callFromPage<{ ideas: { text: string }[] }>(page, 'board:load');
    const stored = loaded.body.value?.ideas.map((idea) => idea.text);
    // The text rule (DESIGN §2a) drops control characters and noncharacters; the rest stays exact.
    expect(stored).toEqual([...hostile.slice(0, 5), 'Steuerzeichen und ']);
    const shown = await inboxOf(page).locator('.idea-text').allTextContents();
    expect(shown).toContain(hostile[0]);
    expect(shown).toContain(hostile[4]);

    const inboxBox = await inboxOf(page).boundingBox();
    for (const box of await inboxOf(page)
      .locator('.idea-card')
      .evaluateAll((cards) =>
        cards.map((element) => element.getBoundingClientRect().toJSON() as DOMRect),
      )) {
      expect(box.width).toBeLessThanOrEqual((inboxBox?.width ?? 0) + 1);
      expect(box.height).toBeLessThan(400);
    }
    await screenshot(page, 'board-hostile');
    expect(errors).toEqual([]);
  });

  it('refuses a card over the length limit with a German message, keeping the text in the field', async () => {
    const app = await start(['--no-demo']);
    const { page } = await newPage(app);
    await createWorkspace(page, 'Langtext');
    await openBoard(page);
    const field = page.getByLabel('Neue Idee');
    await field.fill('y'.repeat(10_001));
    await page
      .getByRole('alert')
      .filter({ hasText: 'Zu lang: 10.001 von höchstens 10.000 Zeichen' })
      .waitFor();
    await field.press('Enter');
    expect(await inboxOf(page).locator('.idea-card').count()).toBe(0);
    expect((await field.inputValue()).length).toBe(10_001);
  });
});
