// The Zwischenbilanz as a consultant works through it in the browser mode: each measure against the
// adopted Fassung, saved per field, seen by a second window, exported as its own Word document,
// followed by the Fortschreibung; another review started, one deleted and brought back.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession, screenshot } from '../support/app';
import { docxParts, parseStrictly, wordText } from '../support/docx';

const session = browserSession({ width: 1280, height: 900 });

const openReview = async (page: Page) => {
  await page.getByRole('heading', { level: 1, name: 'Musterstadt' }).waitFor();
  await page
    .getByRole('navigation', { name: 'Bereiche der Werkstatt' })
    .getByRole('button', { name: 'Zwischenbilanz', exact: true })
    .click();
  await page.getByRole('heading', { name: 'Zwischenbilanz vom 23.09.2027' }).waitFor();
};

const measure = (page: Page, title: string) =>
  page.locator('details.measure-card').filter({ has: page.getByText(title, { exact: true }) });

describe('the Zwischenbilanz', () => {
  it('records a measure per field against the Fassung; a second window follows; it stays', async () => {
    const app = await session.start([]);
    const { page, errors } = await session.open(app);
    const other = (await session.open(app)).page;
    await openReview(page);
    await openReview(other);
    await page.getByRole('list', { name: 'Ampeln der Maßnahmen' }).getByText('13 grün').waitFor();

    const rufbus = measure(page, 'Rufbus „Muster-Flexi“');
    await rufbus.locator('summary').click();
    const differences = rufbus.getByRole('table', {
      name: 'Was die Fassung sagte und was heute gilt',
    });
    await differences.getByRole('row', { name: /Budget 145.000 € 182.000 €/ }).waitFor();
    await rufbus.getByRole('radio', { name: 'gelb – verzögert oder mit Schwierigkeiten' }).check();
    await rufbus.getByLabel('Fortschritt').fill('Neue Ausschreibung ist veröffentlicht.');
    await rufbus.getByLabel('Fortschritt').press('Tab');
    await rufbus.getByLabel('Status heute').selectOption('in_umsetzung');
    await page.getByRole('list', { name: 'Ampeln der Maßnahmen' }).getByText('6 gelb').waitFor();
    await screenshot(page, 'review-measure');

    // The other window shows it without a reload, the card's summary too.
    await other.getByRole('list', { name: 'Ampeln der Maßnahmen' }).getByText('6 gelb').waitFor();
    await measure(other, 'Rufbus „Muster-Flexi“').getByText('gelb · in Umsetzung').waitFor();

    await page.reload();
    await openReview(page);
    const again = measure(page, 'Rufbus „Muster-Flexi“');
    await again.locator('summary').click();
    expect(await again.getByLabel('Fortschritt').inputValue()).toBe(
      'Neue Ausschreibung ist veröffentlicht.',
    );
    expect(
      await again
        .getByRole('radio', { name: 'gelb – verzögert oder mit Schwierigkeiten' })
        .isChecked(),
    ).toBe(true);
    // The status is the project's own now.
    await page
      .getByRole('navigation', { name: 'Bereiche der Werkstatt' })
      .getByRole('button', { name: 'Projektbibliothek', exact: true })
      .click();
    await page.getByText('Rufbus „Muster-Flexi“').first().waitFor();
    expect(errors).toEqual([]);
  });

  it('shows measures added and dropped since, exports as Word, and is followed by the Fortschreibung', async () => {
    const app = await session.start([]);
    const { page, errors } = await session.open(app);
    await openReview(page);
    await measure(page, 'Dorfladen Nordheim als Genossenschaft')
      .getByText('neu seit der Fassung')
      .waitFor();
    await measure(page, 'Leerstand auf Zeit – Pop-up-Läden am Markt')
      .getByText('entfallen seit der Fassung')
      .waitFor();

    await page.getByRole('button', { name: 'Als Word-Dokument speichern' }).click();
    const link = page.getByRole('link', { name: 'Herunterladen' });
    await link.waitFor({ timeout: 30_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('Musterstadt – Zwischenbilanz 2027-09-23.docx');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'kw-review-ui-')), 'z.docx');
    await download.saveAs(file);
    const xml = docxParts(readFileSync(file))['word/document.xml'] as string;
    parseStrictly(xml);
    expect(wordText(xml)).toContain('2 Maßnahmen nach Handlungsfeldern');

    const update = page.getByLabel(/Fortschreibung: den Werkstattplan/);
    expect(await update.inputValue()).toBe('Fortschreibung nach der Zwischenbilanz vom 23.09.2027');
    await page.getByRole('button', { name: 'Fortschreibung festschreiben', exact: true }).click();
    const done = page.getByRole('status').filter({ hasText: 'Fortgeschrieben als Fassung' });
    await done.waitFor();
    // The form the focus was in is gone; the focus went to what replaced it.
    expect(await done.evaluate((element) => element === document.activeElement)).toBe(true);
    await screenshot(page, 'review-fortschreibung');

    await page
      .getByRole('navigation', { name: 'Bereiche der Werkstatt' })
      .getByRole('button', { name: 'Werkstattplan', exact: true })
      .click();
    await page
      .getByRole('region', { name: 'Fassungen' })
      .getByText('Fortschreibung nach der Zwischenbilanz vom 23.09.2027')
      .waitFor();
    expect(errors).toEqual([]);
  });

  it('starts another against a Fassung, deletes one after asking, and undo brings it back', async () => {
    const app = await session.start([]);
    const { page, errors } = await session.open(app);
    await openReview(page);
    await page.getByRole('button', { name: 'Weitere Zwischenbilanz beginnen' }).click();
    const start = page.getByRole('region', { name: 'Zwischenbilanz beginnen' });
    await start.getByLabel('Datum der Zwischenbilanz').fill('2028-05-15');
    await start.getByRole('button', { name: 'Zwischenbilanz beginnen' }).click();
    await page.getByRole('heading', { name: 'Zwischenbilanz vom 15.05.2028' }).waitFor();
    const choice = page.getByRole('combobox', { name: 'Zwischenbilanz', exact: true });
    expect(await choice.locator('option').allTextContents()).toEqual([
      'vom 15.05.2028 – gegen „Ratsbeschluss vom 26.11.2026“',
      'vom 23.09.2027 – gegen „Ratsbeschluss vom 26.11.2026“',
    ]);

    await page.getByRole('button', { name: 'Zwischenbilanz löschen …' }).click();
    const ask = page.getByRole('group', { name: 'Zwischenbilanz löschen' });
    await ask.getByRole('button', { name: 'Abbrechen' }).click();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Zwischenbilanz löschen …',
    );
    await page.getByRole('button', { name: 'Zwischenbilanz löschen …' }).click();
    await ask.getByRole('button', { name: 'Löschen' }).click();
    await page.getByRole('heading', { name: 'Zwischenbilanz vom 23.09.2027' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('step-review-title');

    await page.getByRole('button', { name: 'Bearbeiten' }).click();
    await page.getByRole('menuitem', { name: 'Rückgängig: Zwischenbilanz löschen' }).click();
    await expect.poll(() => choice.locator('option').count()).toBe(2);
    expect(errors).toEqual([]);
  });

  it('asks for a Fassung first in a workspace that has none', async () => {
    const app = await session.start(['--no-demo']);
    const { page } = await session.open(app);
    await page.getByRole('button', { name: /Neue Werkstatt/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Neue Werkstatt' });
    await dialog.getByLabel('Name der Kommune').fill('Neudorf');
    await dialog.getByRole('button', { name: 'Werkstatt anlegen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Neudorf' }).waitFor();
    await page
      .getByRole('navigation', { name: 'Bereiche der Werkstatt' })
      .getByRole('button', { name: 'Zwischenbilanz', exact: true })
      .click();
    await page.getByText('Dafür braucht es eine festgeschriebene Fassung').waitFor();
    await page.getByRole('button', { name: 'Zum Werkstattplan: Fassung festschreiben' }).click();
    await page.getByRole('region', { name: 'Fassungen' }).waitFor();
  });
});
