// Another local web server cannot act for the user: a page on another port of 127.0.0.1 (same
// site, so SameSite cookies would not help) tries fetch, a form POST and `no-cors` requests
// against the running app after the user opened it in the same browser. Nothing changes.
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultExportOptions } from '../../shared/plan';
import { browserSession, callFromPage } from '../support/app';
import { createWorkspace } from '../support/board';

const session = browserSession({ width: 1280, height: 720 });
const servers: Server[] = [];

afterAll(async () => {
  for (const server of servers) await new Promise((done) => server.close(done));
});

/** A plain local web server on another port that serves one attacking page. */
async function attackerServing(page: string): Promise<string> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(page);
  });
  servers.push(server);
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

/** What the attacking page does against the app at `target`, reporting into `window.outcomes`. */
function attackPage(target: string, victimFile: string): string {
  const idea = JSON.stringify({ text: 'Untergeschoben', phase: 'kritik' });
  const exportCall = JSON.stringify({ options: defaultExportOptions, path: victimFile });
  return `<!doctype html><html><body>
<form id="f" method="POST" action="${target}api/ideas:create" enctype="text/plain" target="sink">
  <input name='${idea.slice(0, -1)}, "x": "' value='"}'>
</form>
<iframe name="sink"></iframe>
<script>
window.outcomes = [];
const note = (label, value) => window.outcomes.push(label + ': ' + value);
(async () => {
  const attempts = [
    ['fetch json', () => fetch('${target}api/ideas:create', { method: 'POST',
      headers: { 'Content-Type': 'application/json' }, body: ${JSON.stringify(idea)} })],
    ['fetch json with credentials', () => fetch('${target}api/ideas:create', { method: 'POST',
      credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: ${JSON.stringify(idea)} })],
    ['no-cors text', () => fetch('${target}api/ideas:create', { method: 'POST', mode: 'no-cors',
      credentials: 'include', body: ${JSON.stringify(idea)} })],
    ['no-cors export', () => fetch('${target}api/plan:export', { method: 'POST', mode: 'no-cors',
      credentials: 'include', body: ${JSON.stringify(exportCall)} })],
    ['no-cors form type', () => fetch('${target}api/ideas:create', { method: 'POST', mode: 'no-cors',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'text=Untergeschoben' })],
    ['read board', () => fetch('${target}api/board:load', { method: 'POST', credentials: 'include',
      headers: { 'Content-Type': 'application/json' }, body: '{}' })],
  ];
  for (const [label, attempt] of attempts) {
    try { const response = await attempt(); note(label, response.type + ' ' + response.status); }
    catch (error) { note(label, 'blocked'); }
  }
  document.getElementById('f').submit();
  document.querySelector('iframe').addEventListener('load', () => { window.done = true; });
})();
</script></body></html>`;
}

describe('requests from another local origin', () => {
  it('change nothing: no idea is created and no file replaced, while the app keeps working', async () => {
    const app = await session.start(['--no-demo']);
    const { page, errors } = await session.open(app);
    await createWorkspace(page, 'Aue');
    const folder = path.dirname(
      (await callFromPage<{ path: string }>(page, 'workspace:current')).body.value?.path ?? '',
    );
    // "Mein Bericht.docx" in the workspace folder: a place the app itself may write to.
    const victim = path.join(folder, 'Mein Bericht.docx');
    writeFileSync(victim, 'Mein eigener Bericht');

    const attacker = await session.newPage();
    await attacker.goto(await attackerServing(attackPage(`http://127.0.0.1:${app.port}/`, victim)));
    await attacker.waitForFunction(() => (window as unknown as { done?: boolean }).done === true);
    const outcomes = await attacker.evaluate(
      () => (window as unknown as { outcomes: string[] }).outcomes,
    );
    // CORS hides every answer from the other page; opaque no-cors answers carry nothing.
    expect(
      outcomes.every((line) => /blocked|opaque 0/.test(line)),
      outcomes.join('\n'),
    ).toBe(true);

    const board = await callFromPage<{ ideas: unknown[] }>(page, 'board:load');
    expect(board.body.value?.ideas).toEqual([]);
    expect(readFileSync(victim, 'utf8')).toBe('Mein eigener Bericht');
    // The user's own page still works, and keeps working after a reload (token kept in the page).
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Aue' }).waitFor();
    expect(
      (await callFromPage(page, 'ideas:create', { text: 'Echt', phase: 'kritik' })).body.ok,
    ).toBe(true);
    expect(await page.context().cookies()).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('opens no API to a page without the token, and says how to get in', async () => {
    const app = await session.start(['--no-demo']);
    const page = await session.newPage();
    await page.goto(`http://127.0.0.1:${app.port}/`);
    await page
      .getByText(/Zugangsschlüssel/)
      .first()
      .waitFor();
    expect((await callFromPage(page, 'app:info')).status).toBe(401);
  });
});
