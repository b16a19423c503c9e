// The guided process as a consultant walks it in the browser mode: the Übersicht with the
// Kommune's data and logo, a step's frame and checklist, the Kick-Off with its Akteure, the
// Zukunftswerkstatt's sessions — saved per field, still there after a reload, and seen at once
// by a second window on the same workspace.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession, screenshot } from '../support/app';

const session = browserSession({ width: 1280, height: 900 });

const tab = (page: Page, name: string) =>
  page
    .getByRole('navigation', { name: 'Bereiche der Werkstatt' })
    .getByRole('button', { name, exact: true })
    .click();

/**
 * Console errors other than the refusals a test provokes on purpose (the browser logs each answer
 * with status 4xx as a failed resource).
 */
const unexpected = (errors: string[]) =>
  errors.filter((error) => !/the server responded with a status of 4\d\d/.test(error));

const focusedLabel = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');

/** Types into a field and leaves it, as a consultant does: the field saves when left. */
async function fillAndLeave(page: Page, label: string, value: string) {
  const field = page.getByLabel(label, { exact: true });
  await field.fill(value);
  await field.press('Tab');
}

/** A 2×1 PNG. */
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAEUlEQVR4nGOQj+/+/2klw38AEpkEo7o1Hr8AAAAASUVORK5CYII=',
  'base64',
);

describe('the Übersicht', () => {
  it('edits the Kommune’s data with German messages beside wrong fields, and a logo', async () => {
    const app = await session.start(['--no-demo']);
    const { page, errors } = await session.open(app);
    await page.getByRole('button', { name: /Neue Werkstatt/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Neue Werkstatt' });
    await dialog.getByLabel('Name der Kommune').fill('Zeitz');
    await dialog.getByRole('button', { name: 'Werkstatt anlegen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Zeitz' }).waitFor();
    const other = (await session.open(app)).page;
    await other.getByRole('heading', { level: 1, name: 'Zeitz' }).waitFor();

    const kommune = page.getByRole('region', { name: 'Kommune' });
    await fillAndLeave(page, 'Amtlicher Gemeindeschlüssel', '1508459');
    const keyField = kommune.getByLabel('Amtlicher Gemeindeschlüssel');
    await kommune
      .getByRole('alert')
      .filter({ hasText: 'Der Amtliche Gemeindeschlüssel hat genau 8 Ziffern, z. B. 15089999.' })
      .waitFor();
    expect(await keyField.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await keyField.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toContain('8 Ziffern');

    await fillAndLeave(page, 'Amtlicher Gemeindeschlüssel', '15084590');
    // The Schlüssel names its Land: the Bundesland follows.
    await expect.poll(() => kommune.getByLabel('Bundesland').inputValue()).toBe('Sachsen-Anhalt');
    await fillAndLeave(page, 'Einwohnerzahl', '27.100');
    await fillAndLeave(page, 'Landkreis', 'Burgenlandkreis');
    await page.getByText('Sachsen-Anhalt · Burgenlandkreis · 27.100 Einwohner').waitFor();

    await kommune.getByLabel('Projektzeitraum: Ende').fill('2028-06');
    await kommune.getByLabel('Projektzeitraum: Beginn').fill('2029-01');
    await kommune
      .getByRole('alert')
      .filter({ hasText: 'Das Ende des Projektzeitraums liegt vor dem Beginn.' })
      .waitFor();

    await kommune.getByLabel('Logo oder Wappen').setInputFiles({
      name: 'Rechnung.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.7'),
    });
    await kommune.getByRole('alert').filter({ hasText: 'Diese Datei ist keines.' }).waitFor();
    await kommune
      .getByLabel('Logo oder Wappen')
      .setInputFiles({ name: 'Wappen.png', mimeType: 'image/png', buffer: png });
    await kommune.getByRole('img', { name: 'Wappen bzw. Logo von Zeitz' }).waitFor();
    await screenshot(page, 'process-overview-kommune');

    // The second window follows without a reload.
    await other.getByText('Sachsen-Anhalt · Burgenlandkreis · 27.100 Einwohner').waitFor();
    await other
      .getByRole('region', { name: 'Kommune' })
      .getByRole('img', { name: 'Wappen bzw. Logo von Zeitz' })
      .waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Zeitz' }).waitFor();
    expect(await kommune.getByLabel('Amtlicher Gemeindeschlüssel').inputValue()).toBe('15084590');
    expect(await kommune.getByLabel('Einwohnerzahl').inputValue()).toBe('27.100');
    // The refused start was never saved.
    expect(await kommune.getByLabel('Projektzeitraum: Beginn').inputValue()).toBe('');
    expect(await kommune.getByLabel('Projektzeitraum: Ende').inputValue()).toBe('2028-06');

    await kommune.getByRole('button', { name: 'Logo entfernen' }).click();
    await kommune.getByText('Kein Logo').waitFor();
    // The removing button is gone: the focus went to choosing a new logo.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(
      await kommune.getByLabel('Logo oder Wappen').getAttribute('id'),
    );
    expect(unexpected(errors)).toEqual([]);
  });

  it('says where the process stands and leads to the step that comes next', async () => {
    const app = await session.start([]);
    const { page } = await session.open(app);
    const state = page.getByRole('region', { name: 'Wo der Prozess steht' });
    await state.getByText('4 von 5 Schritten abgeschlossen').waitFor();
    await state.getByText('Jetzt: Zwischenbilanz (in Arbeit)').waitFor();
    await state.getByText('Kommunalprofil mit aktuellen Daten fortschreiben').waitFor();
    await state.getByRole('button', { name: 'Weiter mit Zwischenbilanz' }).click();
    await page.getByRole('heading', { level: 1, name: 'Zwischenbilanz' }).waitFor();
  });
});

describe('a step’s frame', () => {
  it('keeps status, dates and the checklist; the focus stays where the consultant works', async () => {
    const app = await session.start([]);
    const { page, errors } = await session.open(app);
    const other = (await session.open(app)).page;
    await tab(other, 'Kommunalprofil');
    await other.getByText('5 von 5 erledigt').first().waitFor();
    await page.getByRole('heading', { level: 1, name: 'Musterstadt' }).waitFor();
    await tab(page, 'Kommunalprofil');
    await page.getByRole('heading', { level: 1, name: 'Kommunalprofil' }).waitFor();
    await page.getByText('Das Kommunalprofil zeigt auf ein bis zwei Seiten').waitFor();

    const frame = page.getByRole('region', { name: 'Kommunalprofil' });
    await frame.getByLabel('Status', { exact: true }).selectOption('in_arbeit');
    // Reopened, the step loses its done date.
    await expect.poll(() => frame.getByLabel('Abgeschlossen am').inputValue()).toBe('');
    await frame.getByLabel('Geplantes Ende').fill('2026-02-01');
    await frame
      .getByRole('alert')
      .filter({ hasText: 'Das geplante Ende liegt vor dem Beginn.' })
      .waitFor();

    const checklist = page.getByRole('list', { name: 'Checkliste Kommunalprofil' });
    await page.getByLabel('Neuer Punkt').fill('Pendlerdaten der Arbeitsagentur anfragen');
    await page.getByLabel('Neuer Punkt').press('Enter');
    await checklist.getByRole('textbox', { name: 'Punkt 6' }).waitFor();
    expect(await checklist.getByRole('textbox', { name: 'Punkt 6' }).inputValue()).toBe(
      'Pendlerdaten der Arbeitsagentur anfragen',
    );
    // Moved up with the keyboard, the focus stays on its arrow.
    const up = checklist.getByRole('button', {
      name: 'Punkt „Pendlerdaten der Arbeitsagentur anfragen“ nach oben',
    });
    await up.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => checklist.getByRole('textbox', { name: 'Punkt 5' }).inputValue())
      .toBe('Pendlerdaten der Arbeitsagentur anfragen');
    expect(await focusedLabel(page)).toBe(
      'Punkt „Pendlerdaten der Arbeitsagentur anfragen“ nach oben',
    );
    await checklist
      .getByRole('checkbox', { name: 'Bestandsaufnahme laufender Maßnahmen erledigt' })
      .uncheck();
    await page.getByText('4 von 6 erledigt').first().waitFor();
    // Deleted, the focus goes to the next item.
    await checklist
      .getByRole('button', { name: 'Punkt „Pendlerdaten der Arbeitsagentur anfragen“ löschen' })
      .click();
    await expect.poll(() => checklist.getByRole('listitem').count()).toBe(5);
    expect(
      await page.evaluate(() => (document.activeElement as HTMLTextAreaElement | null)?.value),
    ).toBe('SWOT-Analyse in der Steuerungsgruppe abgestimmt');
    await screenshot(page, 'process-step-frame');

    // The other window shows it without a reload.
    await other.getByText('4 von 5 erledigt').first().waitFor();
    await page.reload();
    await tab(page, 'Kommunalprofil');
    await page.getByText('4 von 5 erledigt').first().waitFor();
    expect(
      await page
        .getByRole('region', { name: 'Kommunalprofil' })
        .getByLabel('Status', { exact: true })
        .inputValue(),
    ).toBe('in_arbeit');
    expect(unexpected(errors)).toEqual([]);
  });
});

describe('the Kick-Off', () => {
  it('keeps the meeting, its agreements and the Akteure; the plan shows names only on request', async () => {
    const app = await session.start([]);
    const { page, errors } = await session.open(app);
    const other = (await session.open(app)).page;
    await tab(other, 'Kick-Off');
    await other.getByText('10 Akteure, davon 7 in der Steuerungsgruppe').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Musterstadt' }).waitFor();
    await tab(page, 'Kick-Off');
    const meeting = page.getByRole('region', { name: 'Die Kick-Off-Veranstaltung' });
    await meeting.getByLabel('Ort').waitFor();
    expect(await meeting.getByLabel('Zahl der Teilnehmenden').inputValue()).toBe('26');
    await fillAndLeave(page, 'Zahl der Teilnehmenden', 'zwanzig');
    await meeting
      .getByRole('alert')
      .filter({ hasText: 'Bitte eine ganze Zahl angeben, z. B. 12.500.' })
      .waitFor();
    await fillAndLeave(page, 'Zahl der Teilnehmenden', '31');
    await meeting.getByLabel('Neue Vereinbarung').fill('Jährlicher Bericht im Stadtrat');
    await meeting.getByRole('button', { name: 'Hinzufügen' }).click();
    await meeting
      .getByRole('list', { name: 'Vereinbarte Ziele und Absprachen' })
      .getByRole('textbox', { name: 'Vereinbarung 6' })
      .waitFor();

    const actors = page.getByRole('region', { name: 'Akteure' });
    const form = actors.getByRole('form', { name: 'Akteur hinzufügen' });
    await form.getByLabel('Name').fill('Schulleiterin');
    await form.getByLabel('Organisation').fill('Sekundarschule „Am Stadtpark“');
    await form.getByLabel('Rolle im Prozess').fill('Bildung');
    await form.getByLabel('Steuerungsgruppe').check();
    await form.getByRole('button', { name: 'Akteur hinzufügen' }).click();
    await actors.getByText('11 Akteure, davon 8 in der Steuerungsgruppe').waitFor();
    // Ready for the next one: the focus is back in the form's name.
    await expect
      .poll(() => form.getByLabel('Name').evaluate((el) => el === document.activeElement))
      .toBe(true);
    await form.getByRole('button', { name: 'Akteur hinzufügen' }).click();
    await form.getByRole('alert').filter({ hasText: 'Bitte einen Namen angeben.' }).waitFor();

    const showNames = actors.getByLabel('Namen im Werkstattplan zeigen');
    expect(await showNames.isChecked()).toBe(false);
    await showNames.check();
    await screenshot(page, 'process-kickoff');

    await other.getByText('11 Akteure, davon 8 in der Steuerungsgruppe').waitFor();
    expect(await other.getByLabel('Zahl der Teilnehmenden').inputValue()).toBe('31');
    await page.reload();
    await tab(page, 'Kick-Off');
    expect(await page.getByLabel('Zahl der Teilnehmenden').inputValue()).toBe('31');
    expect(await page.getByLabel('Name von Schulleiterin').inputValue()).toBe('Schulleiterin');
    await tab(page, 'Werkstattplan');
    expect(
      await page
        .getByRole('region', { name: 'Werkstattplan exportieren' })
        .getByLabel(/Namen im Werkstattplan zeigen/)
        .isChecked(),
    ).toBe(true);
    expect(unexpected(errors)).toEqual([]);
  });
});

describe('the Zukunftswerkstatt', () => {
  it('keeps the board below one line, and its sessions editable in the step’s details', async () => {
    const app = await session.start([]);
    const { page, errors } = await session.open(app);
    await page.getByRole('heading', { level: 1, name: 'Musterstadt' }).waitFor();
    await tab(page, 'Zukunftswerkstatt');
    await page.getByRole('region', { name: 'Ideen erfassen' }).waitFor();
    await page.getByText('Checkliste: 4 von 4 erledigt').waitFor();
    await page.getByRole('button', { name: 'Schritt und Veranstaltungen' }).click();
    const sessions = page.getByRole('region', { name: 'Zukunftswerkstätten' });
    const first = sessions.getByRole('article', { name: /Zukunftswerkstatt 1/ });
    await first.getByLabel('Ort', { exact: true }).fill('Bürgerhaus am Markt, großer Saal');
    await first.getByLabel('Ort', { exact: true }).press('Tab');
    await first.getByLabel('Neue Gruppe').fill('Tisch 5 – Senioren');
    await first.getByLabel('Neue Gruppe').press('Enter');
    await first.getByRole('textbox', { name: 'Gruppe 5' }).waitFor();
    await screenshot(page, 'process-workshop-step');
    await page.getByRole('button', { name: 'Schritt und Veranstaltungen ausblenden' }).click();
    await page.reload();
    await tab(page, 'Kick-Off');
    const again = page
      .getByRole('region', { name: 'Zukunftswerkstätten' })
      .getByRole('article', { name: /Zukunftswerkstatt 1/ });
    expect(await again.getByLabel('Ort', { exact: true }).inputValue()).toBe(
      'Bürgerhaus am Markt, großer Saal',
    );
    expect(await again.getByRole('textbox', { name: 'Gruppe 5' }).inputValue()).toBe(
      'Tisch 5 – Senioren',
    );
    expect(unexpected(errors)).toEqual([]);
  });
});
