// „Vor dem Export prüfen“ on the Werkstattplan screen of the demo: the gaps listed, the list
// following a change made elsewhere, a left-out chapter taken back, and the links followed to the
// Steckbrief and to the SWOT. At 1280×720, a projector's screen.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { artifactsDir, browserSession, callFromPage } from '../support/app';

const session = browserSession({ width: 1280, height: 720 });

/** The demo's one measure without a budget (every other fact sheet is complete). */
const unbudgeted = 'Digitallotsen: Jung hilft Alt';

async function openPlan(page: Page) {
  await page.getByRole('button', { name: 'Werkstattplan', exact: true }).click();
  const check = page.getByRole('region', { name: 'Vor dem Export prüfen' });
  await check.getByRole('list', { name: 'Was dem Werkstattplan fehlt' }).waitFor();
  return check;
}

describe('the quality check before export', () => {
  it('lists the gaps, follows changes and leads to where they are filled', async () => {
    const app = await session.start([]);
    const { page, errors } = await session.open(app);
    await page.getByRole('heading', { level: 1, name: 'Musterstadt' }).waitFor();
    let check = await openPlan(page);

    const groups = check.locator('.quality-group summary');
    expect(await groups.allTextContents()).toEqual([
      '1 Maßnahme ohne Budget',
      '1 Schwäche oder Risiko ohne Maßnahme, die darauf antwortet',
    ]);
    await check.getByRole('button', { name: `Steckbrief öffnen: ${unbudgeted}` }).waitFor();
    await check.screenshot({ path: path.join(artifactsDir, 'plan-quality.png') });
    await page.screenshot({ path: path.join(artifactsDir, 'plan-quality-screen.png') });

    // A change from elsewhere (another window: no client id of this one) shows up in the list.
    const quality = await callFromPage<{ withoutBudget: { id: number }[] }>(page, 'plan:quality', {
      sections: {
        ausgangslage: true,
        prozess: true,
        leitziele: true,
        massnahmen: true,
        uebersicht: true,
        zwischenbilanz: true,
      },
    });
    const id = quality.body.value?.withoutBudget[0]?.id;
    await callFromPage(page, 'projects:update', { id, changes: { lead: '' } });
    await check.getByText('1 Maßnahme ohne Verantwortlich', { exact: true }).waitFor();

    // A chapter switched off is named, and taken back from the list.
    const form = page.getByRole('region', { name: 'Werkstattplan exportieren' });
    await form.getByRole('checkbox', { name: 'Leitziele', exact: true }).uncheck();
    await check.getByText('„Leitziele“: abgewählt').waitFor();
    await check.getByRole('button', { name: '„Leitziele“ wieder aufnehmen' }).click();
    expect(await form.getByRole('checkbox', { name: 'Leitziele', exact: true }).isChecked()).toBe(
      true,
    );
    await check.getByText('„Leitziele“: abgewählt').waitFor({ state: 'detached' });

    // A long group is folded: six measures without budget show their count, their entries on request.
    const library = await callFromPage<{ projects: { id: number }[] }>(page, 'library:list', {
      filters: {},
      query: '',
    });
    for (const project of library.body.value?.projects.slice(0, 6) ?? []) {
      await callFromPage(page, 'projects:update', {
        id: project.id,
        changes: { budgetCents: null },
      });
    }
    const budgets = check.locator('details').filter({ hasText: 'Maßnahmen ohne Budget' });
    await budgets.getByText(/^[67] Maßnahmen ohne Budget$/).waitFor();
    expect(await budgets.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    await budgets.getByText(/Maßnahmen ohne Budget/).click();
    expect(await budgets.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
    await check.screenshot({ path: path.join(artifactsDir, 'plan-quality-many.png') });

    // A Leitziel added elsewhere serves no measure yet; its link opens the Leitziele catalogue.
    await callFromPage(page, 'strategicGoals:create', { text: 'Ortsteile verbinden' });
    await check.getByText('Ortsteile verbinden', { exact: true }).waitFor();
    await check.getByRole('button', { name: 'Leitziele bearbeiten' }).click();
    const catalogs = page.getByRole('dialog', { name: 'Kataloge' });
    await catalogs.getByRole('button', { name: 'Leitziele', pressed: true }).waitFor();
    await catalogs.getByLabel('Name Ortsteile verbinden').waitFor();
    await page.keyboard.press('Escape');
    await catalogs.waitFor({ state: 'detached' });
    check = await openPlan(page);

    // The link opens the measure's Steckbrief in the Projektbibliothek.
    await check
      .getByRole('button', { name: `Steckbrief öffnen: ${unbudgeted}` })
      .first()
      .click();
    await page.getByRole('heading', { level: 2, name: unbudgeted }).waitFor();
    expect(await page.getByLabel('Titel', { exact: true }).inputValue()).toBe(unbudgeted);

    // And the SWOT link shows the Kommunalprofil's SWOT, scrolled into view.
    check = await openPlan(page);
    await check.getByRole('button', { name: 'SWOT im Kommunalprofil öffnen' }).click();
    const swot = page.getByRole('region', { name: 'SWOT-Analyse' });
    await swot.waitFor();
    await page.waitForFunction(() => {
      const top = document.getElementById('profil-swot')?.getBoundingClientRect().top;
      return top !== undefined && Math.abs(top) < 80;
    });
    await page.screenshot({ path: path.join(artifactsDir, 'plan-quality-swot.png') });
    expect(errors).toEqual([]);
  });
});
