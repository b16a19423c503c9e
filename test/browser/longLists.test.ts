// A big board draws its long lists in parts (renderer/board/renderLimit.ts), and a Handlungsfeld
// beside the view none until it nears (nearView.ts). What the facilitator can reach must still be
// there: every card by scrolling, a search hit deep in a list or in a column out of view, and the
// focus on a card dropped into a long project.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession, callFromPage, screenshot } from '../support/app';
import { createWorkspace, keyboardDrag, openBoard } from '../support/board';

const session = browserSession({ width: 1280, height: 720 });

const inboxOf = (page: Page) => page.getByRole('region', { name: 'Ideenspeicher' });
const label = (n: number) => `Karte ${String(n).padStart(3, '0')}`;

interface BoardRows {
  ideas: { id: number; text: string; projectId: number | null }[];
  actionFields: { id: number; name: string; position: number; hidden: boolean }[];
}

/** 300 cards: 1–180 in one project of "Wohnen" (the first Handlungsfeld), 181–300 in the Ideenspeicher. */
async function seedLongLists(page: Page) {
  const texts = Array.from({ length: 300 }, (_, n) => `${label(n + 1)}: Mehr Bänke am Fluss`);
  const created = await callFromPage(page, 'ideas:createMany', { texts, phase: 'kritik' });
  expect(created.body.ok).toBe(true);
  const board = await callFromPage<BoardRows>(page, 'board:load');
  const { ideas, actionFields } = board.body.value!;
  const ids = ideas.filter((idea) => idea.text < label(181)).map((idea) => idea.id);
  const field = actionFields.find((candidate) => candidate.name === 'Wohnen')!;
  const moved = await callFromPage(page, 'ideas:moveMany', {
    ids,
    to: { kind: 'newProject', actionFieldId: field.id, beforeProjectId: null },
  });
  expect(moved.body.ok).toBe(true);
}

/** A new workspace with the long lists, its board opened fresh from the file. */
async function openLongBoard(name: string) {
  const app = await session.start(['--no-demo']);
  const opened = await session.open(app);
  await createWorkspace(opened.page, name);
  await seedLongLists(opened.page);
  await opened.page.reload();
  await opened.page.getByRole('heading', { level: 1, name }).waitFor();
  await openBoard(opened.page);
  return opened;
}

describe('long lists on the board', () => {
  it('draws what is in view first and everything else as the facilitator reaches it', async () => {
    const { page, errors } = await openLongBoard('Langenfeld');
    const inbox = inboxOf(page);
    await inbox.getByText('120 Ideen').waitFor();

    // The newest cards are drawn, the older ones wait below a spacer of about their height.
    const drawn = await inbox.locator('.drag-shell').count();
    expect(drawn).toBeGreaterThan(10);
    expect(drawn).toBeLessThan(120);
    // Cards arriving on top (typed, from phones, from another window) push none of those drawn out.
    const arriving = ['Neu 1: Kiosk am Bahnhof', 'Neu 2: Kiosk am Bahnhof'];
    await callFromPage(page, 'ideas:createMany', { texts: arriving, phase: 'kritik' });
    await inbox.getByText('122 Ideen').waitFor();
    await expect.poll(() => inbox.locator('.drag-shell').count()).toBe(drawn + 2);
    const list = inbox.locator('.inbox-ideas');
    const scrollable = await list.evaluate((element) => element.scrollHeight);
    expect(scrollable).toBeGreaterThan(122 * 50);

    // Scrolled to the end, the oldest card of the Ideenspeicher is there.
    await expect
      .poll(async () => {
        await list.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
        return inbox.locator('.idea-text', { hasText: label(181) }).count();
      })
      .toBe(1);
    await expect.poll(() => inbox.locator('.drag-shell').count()).toBe(122);
    await screenshot(page, 'board-long-inbox-end');

    // A search hit deep in the long project: Enter brings it on screen.
    const project = page.locator('.project').first();
    expect(await project.locator('.drag-shell').count()).toBeLessThan(180);
    const search = page.getByRole('searchbox', { name: 'Auf der Pinnwand suchen' });
    await search.fill(label(175));
    await search.press('Enter');
    const hit = project.locator('.drag-shell', { hasText: label(175) });
    await expect.poll(() => hit.count()).toBe(1);
    await expect
      .poll(
        () =>
          hit.evaluate((card) => {
            const box = card.getBoundingClientRect();
            return box.top >= 0 && box.bottom <= window.innerHeight;
          }),
        { timeout: 5000 }, // the scroll is smooth
      )
      .toBe(true);
    expect(await hit.getAttribute('class')).toContain('is-current-hit');
    await search.press('Escape');
    expect(errors).toEqual([]);
  });

  it('keeps the focus, in view, on a card dropped by keyboard into a long project', async () => {
    const { page, errors } = await openLongBoard('Langenau');
    const project = page.locator('.project').first();
    await project.locator('.drag-shell').first().waitFor();
    expect(await project.locator('.drag-shell').count()).toBeLessThan(180);

    // The newest card goes, by keyboard, one lane right: into the long project.
    const grip = page.getByRole('button', { name: /Idee „Karte 300.*verschieben/ });
    await keyboardDrag(page, grip, ['ArrowRight']);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Idee „Karte 300: Mehr Bänke am Fluss“ verschieben');
    const moved = project.locator('.idea-card', { hasText: label(300) });
    expect(
      await moved.evaluate((card) => {
        const box = card.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      }),
    ).toBe(true);
    const rows = await callFromPage<BoardRows>(page, 'board:load');
    const stored = rows.body.value!.ideas.find((idea) => idea.text.startsWith(label(300)));
    expect(stored?.projectId).not.toBeNull();
    expect(errors).toEqual([]);
  });

  it('draws a Handlungsfeld beside the view when it is scrolled near, or a search finds a card there', async () => {
    const app = await session.start(['--no-demo']);
    const { page, errors } = await session.open(app);
    await createWorkspace(page, 'Fernwald');
    const texts = Array.from({ length: 60 }, (_, n) => `${label(n + 1)}: Rufbus am Abend`);
    expect((await callFromPage(page, 'ideas:createMany', { texts, phase: 'kritik' })).body.ok).toBe(
      true,
    );
    const { ideas, actionFields } = (await callFromPage<BoardRows>(page, 'board:load')).body.value!;
    const last = actionFields
      .filter((field) => !field.hidden)
      .sort((a, b) => a.position - b.position)
      .at(-1)!;
    const moved = await callFromPage(page, 'ideas:moveMany', {
      ids: ideas.map((idea) => idea.id),
      to: { kind: 'newProject', actionFieldId: last.id, beforeProjectId: null },
    });
    expect(moved.body.ok).toBe(true);
    await page.reload();
    await openBoard(page);

    // Far to the right at 1280 px: the project is there, its cards are not drawn yet.
    const column = page.locator(`.column[data-action-field-id="${last.id}"]`);
    const cards = column.locator('.drag-shell');
    await column.locator('.project').waitFor({ state: 'attached' });
    expect(await cards.count()).toBe(0);
    expect(await column.locator('.idea-list-rest').count()).toBe(1);

    // A search hit in that column is drawn and scrolled into view.
    const search = page.getByRole('searchbox', { name: 'Auf der Pinnwand suchen' });
    await search.fill(label(5));
    await search.press('Enter');
    const hit = column.locator('.drag-shell', { hasText: label(5) });
    await expect.poll(() => hit.count()).toBe(1);
    await expect
      .poll(() => hit.evaluate((card) => card.getBoundingClientRect().right <= window.innerWidth), {
        timeout: 5000, // the scroll is smooth
      })
      .toBe(true);
    await search.press('Escape');

    // Once near, the column draws its first part like any other.
    await expect.poll(() => cards.count()).toBeGreaterThanOrEqual(24);
    await screenshot(page, 'board-far-column-drawn');
    expect(errors).toEqual([]);
  });
});
