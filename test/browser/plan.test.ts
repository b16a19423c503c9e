// The Werkstattplan as a consultant exports it in the browser mode: options, export, download,
// a frozen Fassung exported again — and the document LibreOffice opens.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserSession, screenshot } from '../support/app';
import { docxParts, parseStrictly, wordText } from '../support/docx';
import { convertToPdf, pdfText } from '../support/office';

const session = browserSession({ width: 1400, height: 1000 });

describe('the Werkstattplan in the browser mode', () => {
  it('is exported with the chosen options, downloaded, and a frozen Fassung exported later', async () => {
    const app = await session.start([]);
    const { page, errors } = await session.open(app);
    await page.getByRole('heading', { level: 1, name: 'Musterstadt' }).waitFor();
    await page.getByRole('button', { name: 'Werkstattplan', exact: true }).click();

    const form = page.getByRole('region', { name: 'Werkstattplan exportieren' });
    await form.getByLabel('Fassung').fill('Entwurf zur Sitzung des Stadtrats');
    await form.getByLabel('Anhang: alle Ideen der Zukunftswerkstatt').uncheck();
    await form.getByRole('button', { name: 'Werkstattplan exportieren' }).click();
    await form.getByRole('link', { name: 'Herunterladen' }).waitFor({ timeout: 30_000 });
    await screenshot(page, 'plan-exported');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      form.getByRole('link', { name: 'Herunterladen' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^Musterstadt – Werkstattplan \d{4}-\d{2}-\d{2} \d{2}-\d{2}\.docx$/,
    );
    const dir = mkdtempSync(path.join(tmpdir(), 'kw-plan-ui-'));
    const file = path.join(dir, 'plan.docx');
    await download.saveAs(file);
    const document = docxParts(readFileSync(file))['word/document.xml'] as string;
    parseStrictly(document);
    const text = pdfText(convertToPdf(file, dir));
    expect(text).toContain('Entwurf zur Sitzung des Stadtrats');
    expect(text).toContain('Handlungsfelder und Maßnahmen');
    expect(text).not.toContain('Anhang');

    // The options are remembered with the workspace.
    await page.reload();
    await page.getByRole('button', { name: 'Werkstattplan', exact: true }).click();
    expect(await form.getByLabel('Fassung').inputValue()).toBe('Entwurf zur Sitzung des Stadtrats');
    expect(await form.getByLabel('Anhang: alle Ideen der Zukunftswerkstatt').isChecked()).toBe(
      false,
    );

    // A frozen Fassung keeps its content and exports again by its name.
    const versions = page.getByRole('region', { name: 'Fassungen' });
    await versions.getByLabel('Name der Fassung').fill('Ratsbeschluss 12.05.2026');
    await versions.getByRole('button', { name: 'Fassung festschreiben' }).click();
    // The demo holds its own adopted Fassung already; the new one is listed beside it.
    const frozen = versions.getByRole('listitem').filter({ hasText: 'Ratsbeschluss 12.05.2026' });
    await frozen.waitFor();
    await frozen.getByRole('button', { name: 'Diese Fassung exportieren' }).click();
    await form.getByRole('link', { name: 'Herunterladen' }).waitFor({ timeout: 30_000 });
    await screenshot(page, 'plan-versions');
    expect(errors).toEqual([]);
  });

  it('prints a Beschlussvorschlag from its template and remembers it and the choice for sketchy Steckbriefe', async () => {
    const app = await session.start([]);
    const { page, errors } = await session.open(app);
    await page.getByRole('heading', { level: 1, name: 'Musterstadt' }).waitFor();
    await page.getByRole('button', { name: 'Werkstattplan', exact: true }).click();

    const form = page.getByRole('region', { name: 'Werkstattplan exportieren' });
    const resolution = 'Beschlussvorschlag am Ende (für die Vorlage an den Rat)';
    await form.getByRole('checkbox', { name: resolution }).check();
    // Ticked, it offers a text to start from, naming the Kommune.
    const text = form.getByRole('textbox', { name: resolution });
    expect(await text.inputValue()).toContain('Der Rat der Kommune Musterstadt beschließt');
    await text.fill('Der Stadtrat beschließt den Werkstattplan.');
    await form.getByLabel('gekennzeichnet „Steckbrief unvollständig“').check();
    await screenshot(page, 'plan-own-texts');
    await form.getByRole('button', { name: 'Werkstattplan exportieren' }).click();
    await form.getByRole('link', { name: 'Herunterladen' }).waitFor({ timeout: 30_000 });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      form.getByRole('link', { name: 'Herunterladen' }).click(),
    ]);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'kw-plan-texts-')), 'plan.docx');
    await download.saveAs(file);
    const printed = wordText(docxParts(readFileSync(file))['word/document.xml'] as string);
    expect(printed).toMatch(/\nBeschlussvorschlag\nDer Stadtrat beschließt den Werkstattplan\.\n/);

    // Remembered with the workspace, and the Vorwort still off.
    await page.reload();
    await page.getByRole('button', { name: 'Werkstattplan', exact: true }).click();
    expect(await form.getByRole('textbox', { name: resolution }).inputValue()).toBe(
      'Der Stadtrat beschließt den Werkstattplan.',
    );
    expect(await form.getByLabel('gekennzeichnet „Steckbrief unvollständig“').isChecked()).toBe(
      true,
    );
    expect(
      await form.getByRole('checkbox', { name: 'Vorwort nach dem Inhaltsverzeichnis' }).isChecked(),
    ).toBe(false);
    expect(errors).toEqual([]);
  });

  it('offers only exported files for download', async () => {
    const app = await session.start(['--no-demo']);
    const { page } = await session.open(app);
    const statuses = await page.evaluate(async () => {
      const token = sessionStorage.getItem('kommunalwerkstatt.token') ?? '';
      const get = async (query: string, headers: Record<string, string> = {}) =>
        (await fetch(`/api/download?${query}`, { headers })).status;
      const bearer = { Authorization: `Bearer ${token}` };
      return [
        await get('path=/etc/passwd'),
        await get('path=/etc/passwd', bearer),
        await get('handle=erfunden', bearer),
      ];
    });
    // Without the token nothing; with it, neither a path nor an unknown handle yields a file.
    expect(statuses).toEqual([401, 404, 404]);
  });
});
