// Participants on their phones (mobile Chromium, 390×844, touch) against the real browser mode
// started with --participants: join by the printed link, send cards, vote, upload a photo, see the
// phase timer; the facilitator sees it live on the board and the projector shows the QR code.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession, callFromPage, repoRoot, screenshot } from '../support/app';
import type { RunningApp } from '../support/app';
import { axeViolations } from '../support/axe';
import { card, createWorkspace, openBoard } from '../support/board';

const session = browserSession({ width: 1280, height: 720 });

const phoneContext = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
  locale: 'de-DE',
};

/** The line `Teilnahme: <join URL>` that `npm run web -- --participants ADDRESS` prints. */
function joinUrlOf(app: RunningApp): string {
  const match = /^Teilnahme: (http:\/\/\S+)$/m.exec(app.output());
  if (!match) throw new Error(`Keine Zeile „Teilnahme:“ in:\n${app.output()}`);
  return match[1] as string;
}

/** The demo's board in the browser mode with participation open on 127.0.0.2, and the join link. */
async function boardWithPhones() {
  const app = await session.start(['--participants', '127.0.0.2']);
  const { page: board, errors: boardErrors } = await session.open(app);
  await board.getByRole('heading', { level: 1, name: 'Musterstadt' }).waitFor();
  await openBoard(board);
  return { url: joinUrlOf(app), board, boardErrors };
}

async function phone(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await session.newPage(phoneContext);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(url);
  await page.getByLabel('Ihre Idee').waitFor();
  return { page, errors };
}

async function send(page: Page, text: string) {
  await page.getByLabel('Ihre Idee').fill(text);
  await page.getByRole('button', { name: 'Senden' }).tap();
  await page.locator('#mine .card-text', { hasText: text }).waitFor();
}

describe('participants on their phones', () => {
  it('join by the printed link, send cards the board shows live, keep them after a reload', async () => {
    const { url, board, boardErrors } = await boardWithPhones();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.2:\d+\/#code=\d{6}$/);

    const { page, errors } = await phone(url);
    // The code left the address bar; the page shows the session and the phase.
    expect(page.url()).not.toContain('code=');
    await expect
      .poll(() => page.locator('#phase').textContent())
      .toBe('Phase: Kritik – Was stört?');
    await send(page, 'Der Bus fährt sonntags nicht');
    await send(page, 'Kein Treffpunkt für Jugendliche');
    const first = card(board, 'Der Bus fährt sonntags nicht');
    await first.waitFor();
    expect(await first.locator('.device-label').textContent()).toMatch(/📱 Handy \d+/);

    await page.reload();
    await page.locator('#mine .card-text', { hasText: 'Kein Treffpunkt' }).waitFor();
    expect(await page.locator('#mine li').count()).toBe(2);
    await expect
      .poll(() => page.locator('#connection').textContent())
      .toMatch(/Verbunden als Handy/);

    // Changed on the phone, changed on the board.
    await page.getByRole('button', { name: 'Karte ändern: Der Bus fährt sonntags nicht' }).tap();
    await page.getByLabel('Text der Karte').fill('Der Bus fährt sonntags und abends nicht');
    await page.getByRole('button', { name: 'Speichern' }).tap();
    await card(board, 'Der Bus fährt sonntags und abends nicht').waitFor();
    expect(errors).toEqual([]);
    expect(boardErrors).toEqual([]);
  });

  it('sends the cards written without a connection together, in order, once it is back', async () => {
    const { url, board } = await boardWithPhones();
    const { page, errors } = await phone(url);
    const posted: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') posted.push(new URL(request.url()).pathname);
    });

    await page.context().setOffline(true);
    const texts = ['Funkloch 1: Bank am Teich', 'Funkloch 2: Licht im Park', 'Funkloch 3: Rampe'];
    for (const text of texts) await send(page, text);
    expect(await page.locator('#mine .state', { hasText: 'wird gesendet' }).count()).toBe(3);
    await page.context().setOffline(false);

    for (const text of texts) await card(board, text).waitFor();
    await expect
      .poll(() => page.locator('#mine .state', { hasText: 'wird gesendet' }).count())
      .toBe(0);
    expect(posted).toContain('/api/karten');
    const rows = await callFromPage<{ ideas: { id: number; text: string }[] }>(board, 'board:load');
    const stored = rows.body
      .value!.ideas.filter((idea) => idea.text.startsWith('Funkloch'))
      .sort((a, b) => a.id - b.id)
      .map((idea) => idea.text);
    expect(stored).toEqual(texts);
    // The browser reports the requests that found no network; nothing else went wrong.
    expect(errors.filter((error) => !/ERR_INTERNET_DISCONNECTED/.test(error))).toEqual([]);
  });

  it('vote with dots the projector counts live, and no reload votes twice', async () => {
    const { url, board } = await boardWithPhones();
    const phones = [await phone(url), await phone(url)];

    await board.getByRole('button', { name: 'Mehr …' }).click();
    await board.getByRole('menuitem', { name: 'Teilnahme vom Handy …' }).click();
    const dialog = board.getByRole('dialog', { name: 'Teilnahme vom Handy' });
    await dialog.getByRole('button', { name: 'Abstimmung starten' }).click();
    await dialog.getByRole('heading', { name: 'Abstimmung läuft' }).waitFor();
    await dialog.getByRole('button', { name: 'Fertig' }).click();
    await board.getByRole('button', { name: 'Präsentation' }).click();

    for (const { page } of phones) {
      await page.getByRole('heading', { name: 'Punkte vergeben' }).waitFor();
      const plus = page.getByRole('button', { name: /^Einen Punkt mehr für / }).first();
      await plus.tap();
      await expect.poll(() => page.locator('.vote-options .count').first().textContent()).toBe('1');
    }
    const projector = board.getByRole('complementary', { name: 'Mitmachen vom Handy' });
    await expect.poll(() => projector.locator('.vote-dots').first().textContent()).toBe('● 2');
    await expect.poll(() => projector.getByText('2 Handys haben abgestimmt').count()).toBe(1);

    // A reload shows the dots given, it does not hand out new ones.
    const first = phones[0]?.page as Page;
    await first.reload();
    await first.getByRole('heading', { name: 'Punkte vergeben' }).waitFor();
    await expect.poll(() => first.locator('.vote-options .count').first().textContent()).toBe('1');
    const status = await callFromPage<{ vote: { results: { dots: number }[] } }>(
      board,
      'participation:status',
    );
    expect(status.body.value?.vote.results[0]?.dots).toBe(2);
    await screenshot(first, 'phone-vote');
    expect(await axeViolations(first)).toEqual([]);
    await screenshot(board, 'projector-vote');
    expect(await axeViolations(board)).toEqual([]);
  });

  it('upload a photo of the pinboard and follow the phase timer; the projector shows the QR code', async () => {
    const { url, board } = await boardWithPhones();
    const { page, errors } = await phone(url);

    await callFromPage(board, 'timer:set', { minutes: 10, label: 'Kritikphase' });
    await expect
      .poll(() => page.locator('#timer').textContent())
      .toMatch(/^Kritikphase · noch (10:00|9:5\d)$/);

    await page
      .locator('#photo-input')
      .setInputFiles(path.join(repoRoot, 'test/fixtures/photos/pinnwand.jpg'));
    await expect
      .poll(() => page.locator('#photo-status').textContent())
      .toBe('Foto gesendet. Danke!');
    const photos = await callFromPage<{ width: number; device: number }[]>(board, 'photos:list');
    expect(photos.body.value).toHaveLength(1);

    await send(page, 'Ein Café am Marktplatz');
    await screenshot(page, 'phone-page');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);

    await board.getByRole('button', { name: 'Präsentation' }).click();
    const projector = board.getByRole('complementary', { name: 'Mitmachen vom Handy' });
    await projector.getByRole('img', { name: /QR-Code zum Mitmachen/ }).waitFor();
    expect(await projector.locator('.join-url').textContent()).toBe(url.replace(/\/#code=.*/, ''));
    await screenshot(board, 'projector-qr');
  });

  it('keep brainwriting cards concealed on the projector until the facilitator reveals them', async () => {
    const { url, board } = await boardWithPhones();
    await callFromPage(board, 'participation:configure', { brainwriting: true });
    const { page } = await phone(url);
    await page.locator('#brainwriting').waitFor();
    await send(page, 'Geheime Idee zum Dorfladen');
    const inbox = board.getByRole('region', { name: 'Ideenspeicher' });
    await inbox.getByText('1 Handy-Karte verdeckt').waitFor();
    expect(await board.getByText('Geheime Idee zum Dorfladen').count()).toBe(0);
    await inbox.getByRole('button', { name: 'Aufdecken' }).click();
    await card(board, 'Geheime Idee zum Dorfladen').waitFor();
    await expect
      .poll(() => page.locator('#mine .state').first().textContent())
      .toBe('Kritik · auf der Pinnwand');
  });
});

describe('moderation from the board', () => {
  it('hides a phone card (listed apart, shown again on request) and blocks its phone', async () => {
    const { url, board } = await boardWithPhones();
    const { page } = await phone(url);
    await send(page, 'Unpassende Karte');
    const sent = card(board, 'Unpassende Karte');
    await sent.hover();
    await board.getByRole('button', { name: /^Karte von Handy \d+$/ }).click();
    await board.getByRole('menuitem', { name: 'Ausblenden' }).click();
    const inbox = board.getByRole('region', { name: 'Ideenspeicher' });
    await inbox.getByRole('button', { name: '1 ausgeblendete Karte' }).waitFor();
    expect(await inbox.locator('.idea-card', { hasText: 'Unpassende Karte' }).count()).toBe(0);
    await expect
      .poll(() => page.locator('#mine .state').first().textContent())
      .toBe('Kritik · von der Moderation ausgeblendet');

    await send(page, 'Noch eine unpassende Karte');
    await card(board, 'Noch eine unpassende Karte').hover();
    await board.getByRole('button', { name: /^Karte von Handy \d+$/ }).click();
    await board.getByRole('menuitem', { name: /^Handy \d+ sperren$/ }).click();
    await board.getByText(/^Handy \d+ ist gesperrt\.$/).waitFor();
    await expect
      .poll(() => page.locator('#join-error').textContent())
      .toBe('Dieses Handy wurde von der Moderation gesperrt.');

    await inbox.getByRole('button', { name: '1 ausgeblendete Karte' }).click();
    await inbox.getByRole('button', { name: 'Wieder zeigen' }).click();
    await card(board, 'Unpassende Karte').waitFor();
  });
});

describe('opening and closing participation from the board', () => {
  it('chooses the network address, lets a phone join with the code, and closing refuses connections', async () => {
    const app = await session.start(['--no-demo']);
    const { page: board, errors } = await session.open(app);
    await createWorkspace(board, 'Aue');
    await openBoard(board);
    await board.getByRole('button', { name: 'Mehr …' }).click();
    await board.getByRole('menuitem', { name: 'Teilnahme öffnen …' }).click();
    const opening = board.getByRole('dialog', { name: 'Teilnahme vom Handy öffnen' });
    const loopback = opening.getByRole('radio', { name: /127\.0\.0\.1/ });
    await loopback.waitFor();
    expect(await opening.getByText(/Nur dieser Rechner selbst/).count()).toBe(1);
    expect(await axeViolations(board)).toEqual([]);
    const network = opening.getByRole('radio', { name: /192\.0\.2\.2/ });
    // A machine without that adapter offers the loopback address alone.
    const choice = (await network.count()) > 0 ? network : loopback;
    await choice.check();
    await opening.getByRole('button', { name: 'Teilnahme öffnen' }).click();
    const open = board.getByRole('dialog', { name: 'Teilnahme vom Handy' });
    const address = (await open.locator('.join-url').textContent()) ?? '';
    const code = ((await open.locator('.join-code strong').textContent()) ?? '').replace(' ', '');
    await screenshot(board, 'participation-dialog');
    expect(await axeViolations(board)).toEqual([]);
    await open.getByRole('button', { name: 'Fertig' }).click();
    await board.getByRole('button', { name: /Teilnahme offen · 0 Handys/ }).waitFor();

    // Typed by hand: the address, then the code from the projector.
    const page = await session.newPage(phoneContext);
    await page.goto(address);
    await page.getByLabel('Code vom Projektor').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Code vom Projektor').fill(code);
    await page.getByRole('button', { name: 'Teilnehmen' }).tap();
    await send(page, 'Mehr Bänke am Fluss');
    await card(board, 'Mehr Bänke am Fluss').waitFor();
    await board.getByRole('button', { name: /Teilnahme offen · 1 Handy/ }).waitFor();

    await board.getByRole('button', { name: /Teilnahme offen/ }).click();
    await open.getByRole('button', { name: 'Teilnahme schließen' }).click();
    await expect.poll(() => page.locator('#connection').textContent()).toMatch(/unterbrochen/);
    const refused = await page
      .evaluate(async () => {
        try {
          await fetch('/api/state');
          return 'erreicht';
        } catch {
          return 'abgewiesen';
        }
      })
      .catch(() => 'abgewiesen');
    expect(refused).toBe('abgewiesen');
    expect(errors).toEqual([]);
  });
});
