// The watched file and the kept backups as a consultant meets them: the file vanishes while the
// window is elsewhere, the app says so on focus and saves everything under a new name; backups
// made by hand are listed apart and can be deleted.
import { existsSync, mkdtempSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserSession, screenshot } from '../support/app';

const session = browserSession({ width: 1280, height: 860 });

describe('the open workspace file in the browser mode', () => {
  it('offers "Speichern unter …" when the file was deleted, and continues in the saved file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kw-ui-watch-'));
    const app = await session.start(['--no-demo', '--dir', dir]);
    const { page, errors } = await session.open(app);
    await page.getByRole('button', { name: /Neue Werkstatt/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Neue Werkstatt' });
    await dialog.getByLabel('Name der Kommune').fill('Wachstadt');
    await dialog.getByRole('button', { name: 'Werkstatt anlegen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wachstadt' }).waitFor();

    const file = path.join(dir, 'Wachstadt.werkstatt');
    unlinkSync(file);
    // The window gains focus again after the file manager took the file away.
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    const lost = page.getByRole('alert').filter({ hasText: 'wurde gelöscht oder verschoben' });
    await lost.waitFor();
    await screenshot(page, 'workspace-file-lost');
    await lost.getByRole('button', { name: 'Speichern unter …' }).click();
    await page.getByText('Gespeichert als „Wachstadt.werkstatt“').waitFor();
    expect(await lost.count()).toBe(0);
    expect(existsSync(file)).toBe(true);
    // Work goes on in the saved file.
    await page.getByLabel('Status Kick-Off').selectOption('abgeschlossen');
    await expect.poll(() => page.getByLabel('Status Kick-Off').inputValue()).toBe('abgeschlossen');
    expect(errors).toEqual([]);
  });

  it('lists a backup made by hand apart, kept until deleted, and deletes it', async () => {
    const app = await session.start(['--no-demo']);
    const { page } = await session.open(app);
    await page.getByRole('button', { name: /Neue Werkstatt/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Neue Werkstatt' });
    await dialog.getByLabel('Name der Kommune').fill('Sicherheim');
    await dialog.getByRole('button', { name: 'Werkstatt anlegen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sicherheim' }).waitFor();

    await page.getByRole('button', { name: 'Jetzt sichern' }).click();
    await page.getByRole('heading', { name: 'Aufbewahrt, bis Sie sie löschen' }).waitFor();
    await screenshot(page, 'backups-kept');
    await page.getByRole('button', { name: /^Sicherung vom .* löschen$/ }).click();
    const confirm = page.getByRole('dialog', { name: 'Sicherung löschen?' });
    await confirm.getByRole('button', { name: 'Löschen' }).click();
    await page.getByText(/^Sicherung vom .* gelöscht\.$/).waitFor();
    // The notice comes with the answer; the list is read again after it.
    await expect
      .poll(() => page.getByRole('heading', { name: 'Aufbewahrt, bis Sie sie löschen' }).count())
      .toBe(0);
  });
});
