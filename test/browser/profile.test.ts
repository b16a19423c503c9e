// The Kommunalprofil as a consultant builds it in the browser: a real download previewed and
// imported for the chosen region with the Land beside it, charted with one tick, and SWOT entries
// moved between quadrants by mouse and by keyboard (and back with undo).
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../shared/contract';
import { browserSession, callFromPage, screenshot } from '../support/app';
import { drag, keyboardDrag } from '../support/board';

const session = browserSession({ width: 1280, height: 720 });
const fixture = (name: string) =>
  path.resolve(import.meta.dirname, '..', 'fixtures', 'statistik', name);

async function profileOf(page: Page): Promise<Profile> {
  const { body } = await callFromPage<Profile>(page, 'profile:load');
  return body.value as Profile;
}

const kindOf = async (page: Page, text: RegExp) =>
  (await profileOf(page)).swot.find((entry) => text.test(entry.text))?.kind;

describe('the Kommunalprofil', () => {
  it('previews and imports a download, charts it, and moves SWOT entries by mouse and keyboard', async () => {
    const app = await session.start([]);
    const { page, errors } = await session.open(app);
    await page.getByRole('heading', { level: 1, name: 'Musterstadt' }).waitFor();
    await page.getByRole('button', { name: 'Kommunalprofil', exact: true }).click();
    await page.getByRole('heading', { name: 'Kennzahlen' }).waitFor();
    await screenshot(page, 'profile-1280');

    // The preview: Musterstadt's own Kreis is not in this table of real Kreise, so its Land is.
    await page.getByRole('button', { name: 'Statistik importieren …' }).click();
    const dialog = page.getByRole('dialog', { name: 'Statistik importieren' });
    await dialog
      .getByLabel('Statistikdatei (.csv oder .zip)')
      .setInputFiles(fixture('12411-01-01-4_classic_iso8859.csv'));
    await dialog
      .getByText(/Vorausgewählt nach dem Gemeindeschlüssel der Werkstatt: Sachsen-Anhalt/)
      .waitFor();
    await dialog.getByRole('searchbox', { name: 'Gebiet suchen' }).fill('erzgebirgs');
    await dialog.getByRole('combobox', { name: 'Gebiet', exact: true }).selectOption('14521');
    await dialog.getByText('Gewählt: Erzgebirgskreis.').waitFor();
    await expect.poll(() => dialog.locator('.preview-table').textContent()).toContain('347.665');
    await dialog.getByRole('checkbox', { name: 'Sachsen (14)' }).check();
    await dialog.getByRole('checkbox', { name: 'Bevölkerungsstand: männlich' }).uncheck();
    await dialog.getByRole('checkbox', { name: 'Bevölkerungsstand: weiblich' }).uncheck();
    await screenshot(page, 'profile-import-preview');
    await dialog.getByRole('button', { name: '1 Reihe importieren (2 Gebiete)' }).click();
    await dialog.getByText('Tabelle 12411-01-01-4: 2 Kennzahlen neu.').waitFor();
    await dialog.getByRole('button', { name: 'Schließen' }).click();

    const imported = (await profileOf(page)).indicators.filter(
      (i) => i.tableCode === '12411-01-01-4',
    );
    expect(imported.map((indicator) => [indicator.regionLabel, indicator.values])).toEqual([
      ['Erzgebirgskreis', [{ time: '2015-12-31', value: 347665, flag: null, quality: null }]],
      ['Sachsen', [{ time: '2015-12-31', value: 4084851, flag: null, quality: null }]],
    ]);
    // 2015 is older than the years shown at first.
    await page.getByRole('button', { name: /^Alle \d+ Jahre zeigen$/ }).click();
    await page
      .getByRole('row', { name: /Bevölkerungsstand Erzgebirgskreis/ })
      .getByText('347.665')
      .waitFor();

    // One tick gives the indicator a chart: the same series for the Kreis and the Land, as an index.
    await page
      .getByRole('checkbox', { name: 'Bevölkerungsstand (Erzgebirgskreis) mit Diagramm' })
      .check();
    const chart = page.getByRole('img', { name: 'Bevölkerungsstand im Vergleich' });
    await chart.waitFor();
    await chart.scrollIntoViewIfNeeded();
    await screenshot(page, 'profile-chart');

    // Mouse: a strength dragged by its grip into the risks.
    const risks = page.getByRole('region', { name: /^Risiken/ });
    await drag(
      page,
      page.getByRole('button', { name: /„Über 60 aktive Vereine.*verschieben/ }),
      risks,
    );
    await expect.poll(() => kindOf(page, /^Über 60 aktive Vereine/)).toBe('risiko');
    await risks.getByText(/^Über 60 aktive Vereine/).waitFor();

    // Keyboard: lift with Space, one step right is the weaknesses, Space puts it down.
    const grip = page.getByRole('button', { name: /„Bauland und Bestandsimmobilien.*verschieben/ });
    await keyboardDrag(page, grip, ['ArrowRight']);
    await expect.poll(() => kindOf(page, /^Bauland/)).toBe('schwaeche');
    await page.waitForTimeout(400);
    expect(
      await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''),
    ).toMatch(/^„Bauland und Bestandsimmobilien/);
    await screenshot(page, 'profile-swot');

    // The weakness no measure answers is marked; undo puts the entry back where it was.
    const unanswered = page.locator('.swot-card.is-unanswered');
    expect(await unanswered.count()).toBeGreaterThan(0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => kindOf(page, /^Bauland/)).toBe('staerke');
    await page
      .getByRole('region', { name: /^Stärken/ })
      .getByText(/^Bauland/)
      .waitFor();
    expect(errors).toEqual([]);
  });

  it('fits 1920×1080 with the SWOT side by side and the six charts two by two', async () => {
    const app = await session.start([]);
    const { page, errors } = await session.open(app);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.getByRole('button', { name: 'Kommunalprofil', exact: true }).click();
    await page.getByRole('heading', { name: 'SWOT-Analyse' }).waitFor();
    await screenshot(page, 'profile-1920');
    const quadrants = page.locator('.swot-quadrant');
    const [first, second] = [
      await quadrants.nth(0).boundingBox(),
      await quadrants.nth(1).boundingBox(),
    ];
    expect(first && second && Math.abs(first.y - second.y)).toBeLessThan(2);
    expect(await page.getByRole('img').count()).toBeGreaterThanOrEqual(6);
    expect(errors).toEqual([]);
  });
});
