// Every screen and dialog as axe-core sees it (WCAG 2.2 AA and best practice), at 1280×720 and at
// 320 px width — where the page must not scroll sideways (WCAG 1.4.10) — with no violation.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession } from '../support/app';
import { axeViolations } from '../support/axe';
import { openBoard } from '../support/board';

const wide = browserSession({ width: 1280, height: 720 });
const narrow = browserSession({ width: 320, height: 800 });

type Step = [name: string, act: (page: Page) => Promise<void>];

/** Opens a dialog from a menu of the app bar. */
const fromMenu = (menu: string, item: string, dialog: string) => async (page: Page) => {
  await page.getByRole('button', { name: menu, exact: true }).click();
  await page.getByRole('menuitem', { name: item }).click();
  await page.getByRole('dialog', { name: dialog }).waitFor();
};

const closeDialog = async (page: Page) => {
  await page.keyboard.press('Escape');
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
};

const tab = (name: string) => async (page: Page) => {
  await page.getByRole('button', { name, exact: true }).click();
};

/** The tour: each step brings the app into one state a user meets; axe checks each. */
const tour: Step[] = [
  [
    'Übersicht',
    async (page) => page.getByRole('heading', { level: 1, name: 'Musterstadt' }).waitFor(),
  ],
  ['Über Kommunalwerkstatt', fromMenu('Hilfe', 'Über Kommunalwerkstatt', 'Über Kommunalwerkstatt')],
  ['(schließen)', closeDialog],
  ['Tastenkürzel', fromMenu('Hilfe', 'Tastenkürzel', 'Tastenkürzel')],
  ['(schließen)', closeDialog],
  ['Neue Werkstatt', fromMenu('Datei', 'Neue Werkstatt …', 'Neue Werkstatt')],
  ['(schließen)', closeDialog],
  ['Werkstatt öffnen', fromMenu('Datei', 'Werkstatt öffnen …', 'Werkstatt öffnen')],
  ['(schließen)', closeDialog],
  ['Pinnwand', async (page) => openBoard(page)],
  ['Punkte vergeben', fromMenu('Mehr …', 'Punkte vergeben …', 'Punkte vergeben')],
  ['(schließen)', closeDialog],
  ['Handlungsfelder', fromMenu('Mehr …', 'Handlungsfelder …', 'Handlungsfelder')],
  ['(schließen)', closeDialog],
  [
    'Phasen-Timer',
    async (page) => {
      await page.getByRole('button', { name: 'Timer …' }).click();
      await page.getByRole('dialog', { name: 'Phasen-Timer' }).waitFor();
    },
  ],
  ['(schließen)', closeDialog],
  [
    'Neue Zukunftswerkstatt',
    async (page) => {
      await page.getByRole('button', { name: 'Neue Zukunftswerkstatt …' }).click();
      await page.getByRole('dialog', { name: 'Neue Zukunftswerkstatt' }).waitFor();
    },
  ],
  ['(schließen)', closeDialog],
  [
    'Pinnwand: Alles zeigen',
    async (page) =>
      page
        .getByRole('group', { name: 'Zoom' })
        .getByRole('button', { name: 'Alles zeigen' })
        .click(),
  ],
  [
    'Pinnwand: Kompakt, gesucht',
    async (page) => {
      await page
        .getByRole('group', { name: 'Zoom' })
        .getByRole('button', { name: 'Kompakt' })
        .click();
      await page.getByRole('searchbox').fill('jugend');
    },
  ],
  [
    'Präsentation',
    async (page) => {
      await page.getByRole('searchbox').fill('');
      await page
        .getByRole('group', { name: 'Zoom' })
        .getByRole('button', { name: 'Normal' })
        .click();
      await page.getByRole('button', { name: 'Präsentation', exact: true }).click();
      await page.getByRole('button', { name: 'Präsentation beenden (Esc)' }).waitFor();
    },
  ],
  [
    'Rangliste',
    async (page) => {
      await page.getByRole('button', { name: 'Präsentation beenden (Esc)' }).click();
      await page.getByRole('button', { name: 'Rangliste' }).click();
    },
  ],
  [
    'Projektbibliothek',
    async (page) => {
      await page.getByRole('button', { name: 'Pinnwand' }).click();
      await tab('Projektbibliothek')(page);
      await page.getByRole('toolbar', { name: 'Projektbibliothek' }).waitFor();
    },
  ],
  [
    'Projektbibliothek: Tabelle',
    async (page) => page.getByRole('button', { name: 'Tabelle' }).click(),
  ],
  [
    'Steckbrief',
    async (page) => {
      await page.getByRole('button', { name: 'Nach Handlungsfeld' }).click();
      await page.locator('.library-card').first().click();
      await page.locator('#sheet-title').waitFor();
    },
  ],
  ['Werkstattplan', tab('Werkstattplan')],
  ['Kick-Off', tab('Kick-Off')],
  [
    'Kommunalprofil',
    async (page) => {
      await tab('Kommunalprofil')(page);
      // Measured with its content: the key figures and the charts are what could be too wide.
      await page.locator('.chart-card').first().waitFor();
    },
  ],
  ['Zwischenbilanz', tab('Zwischenbilanz')],
];

/**
 * How far the page would scroll sideways, and the outermost elements reaching past the window
 * (the board's columns scroll inside their own strip and do not count).
 */
const sideways = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const over = (element: Element) => element.getBoundingClientRect().right > width + 0.5;
    const culprits = [...document.querySelectorAll('body *')]
      .filter((element) => over(element) && !element.closest('.columns'))
      .filter((element) => !element.parentElement || !over(element.parentElement))
      .slice(0, 3)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
    return { by: document.documentElement.scrollWidth - width, culprits };
  });

async function runTour(page: Page, reflow = false): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  for (const [name, act] of tour) {
    await act(page);
    if (name.startsWith('(')) continue;
    // Measured before axe runs: axe leaves helper elements in the page.
    const overflow = reflow ? await sideways(page) : { by: 0, culprits: [] };
    const violations = await axeViolations(page);
    if (overflow.by > 0) {
      violations.push(
        `Seite scrollt seitlich um ${overflow.by} px (WCAG 1.4.10): ${overflow.culprits.join(', ')}`,
      );
    }
    if (violations.length > 0) found[name] = violations;
  }
  return found;
}

describe('accessibility', () => {
  it('finds no violation on any screen or dialog at 1280×720', async () => {
    const app = await wide.start();
    const { page } = await wide.open(app);
    expect(await runTour(page)).toEqual({});
  });

  it('finds no violation and no sideways scrolling at 320 px width', async () => {
    const app = await narrow.start();
    const { page } = await narrow.open(app);
    expect(await runTour(page, true)).toEqual({});
  });
});
