// The workspace file as a consultant meets it: new, reopen after reload, the demo, recovery.
import { mkdtempSync, openSync, readFileSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserSession, screenshot } from '../support/app';

const session = browserSession({ width: 1280, height: 860 });
const start = session.start;
const openPage = session.open;

describe('a new workspace in the browser mode', () => {
  it('is created from the start screen, keeps its data over a reload and lists as recent', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kw-ui-'));
    const app = await start(['--no-demo', '--dir', dir]);
    const { page, errors } = await openPage(app);

    await page.getByRole('button', { name: /Neue Werkstatt/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Neue Werkstatt' });
    await dialog.getByLabel('Name der Kommune').fill('Aue-Bad Schlema');
    await dialog.getByLabel('Bundesland').selectOption('Sachsen');
    await dialog.getByLabel('Landkreis').fill('Erzgebirgskreis');
    await dialog.getByLabel('Einwohnerzahl').fill('19.500');
    await dialog.getByRole('button', { name: 'Werkstatt anlegen' }).click();

    await page.getByRole('heading', { level: 1, name: 'Aue-Bad Schlema' }).waitFor();
    await page.getByText('Sachsen · Erzgebirgskreis · 19.500 Einwohner').waitFor();
    await page.getByLabel('Status Kick-Off').selectOption('abgeschlossen');
    await expect.poll(() => page.getByLabel('Status Kick-Off').inputValue()).toBe('abgeschlossen');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Aue-Bad Schlema' }).waitFor();
    expect(await page.getByLabel('Status Kick-Off').inputValue()).toBe('abgeschlossen');
    await page
      .getByText(/beim Öffnen/)
      .first()
      .waitFor();
    await screenshot(page, 'workspace-new');

    await page.getByRole('button', { name: 'Datei' }).click();
    await page.getByRole('menuitem', { name: 'Werkstatt schließen' }).click();
    const recent = page.getByRole('region', { name: 'Zuletzt geöffnet' });
    await recent.getByRole('button', { name: /Aue-Bad Schlema/ }).waitFor();
    await screenshot(page, 'start-screen-recent');
    expect(
      readFileSync(path.join(dir, 'Aue-Bad Schlema.werkstatt')).subarray(0, 15).toString(),
    ).toBe('SQLite format 3');
    expect(errors).toEqual([]);
  });

  it('says in German why a name is missing, without creating anything', async () => {
    const app = await start(['--no-demo']);
    const { page } = await openPage(app);
    await page.getByRole('button', { name: /Neue Werkstatt/ }).click();
    await page.getByRole('button', { name: 'Werkstatt anlegen' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Bitte den Namen der Kommune angeben.' })
      .waitFor();
  });
});

describe('the demo', () => {
  it('greets a first start with Musterstadt', async () => {
    const app = await start([]);
    const { page, errors } = await openPage(app);
    await page.getByRole('heading', { level: 1, name: 'Musterstadt' }).waitFor();
    await page.getByText('Sachsen-Anhalt · Landkreis Musterland · 11.800 Einwohner').waitFor();
    const counts = page.getByRole('region', { name: 'Inhalt der Werkstatt' });
    expect(await counts.getByText('Projekte').locator('..').textContent()).toContain('20');
    await screenshot(page, 'workspace-demo');
    expect(errors).toEqual([]);
  });
});

describe('a file that cannot be opened', () => {
  it('shows the recovery screen for a damaged file and restores a backup beside it', async () => {
    const base = mkdtempSync(path.join(tmpdir(), 'kw-recover-'));
    const dataDir = path.join(base, 'daten');
    const first = await start(['--no-demo', '--data-dir', dataDir, '--dir', base]);
    const { page: firstPage } = await openPage(first);
    await firstPage.getByRole('button', { name: /Beispiel öffnen/ }).click();
    await firstPage.getByRole('heading', { level: 1, name: 'Musterstadt' }).waitFor();
    await firstPage.close();
    await first.stop();

    const file = path.join(base, 'Musterstadt (Beispiel).werkstatt');
    const pageSize = readFileSync(file).readUInt16BE(16);
    const handle = openSync(file, 'r+');
    for (let page = 1; page <= 40; page++)
      writeSync(handle, Buffer.from([0xff]), 0, 1, page * pageSize);
    closeSync(handle);
    const damagedBytes = readFileSync(file);

    const second = await start([file, '--data-dir', dataDir, '--dir', base]);
    const { page, errors } = await openPage(second);
    await page.getByRole('heading', { name: 'Die Werkstatt lässt sich nicht öffnen' }).waitFor();
    await page.getByRole('alert').filter({ hasText: 'ist beschädigt' }).waitFor();
    await screenshot(page, 'recovery-screen');
    await page.getByRole('button', { name: 'Als Kopie wiederherstellen' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Musterstadt' }).waitFor();
    await page.getByText(/wiederhergestellt und geöffnet/).waitFor();
    expect(readFileSync(file).equals(damagedBytes)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('names a foreign file as such on the start screen', async () => {
    const base = mkdtempSync(path.join(tmpdir(), 'kw-foreign-'));
    const file = path.join(base, 'Protokoll.werkstatt');
    writeFileSync(file, 'Protokoll der Sitzung vom 3. März\n'.repeat(20));
    const app = await start([file, '--no-demo']);
    const { page } = await openPage(app);
    await page
      .getByRole('alert')
      .filter({ hasText: '„Protokoll.werkstatt“ ist keine Kommunalwerkstatt-Datei' })
      .waitFor();
    await page.getByRole('heading', { level: 1, name: 'Kommunalwerkstatt' }).waitFor();
  });
});
