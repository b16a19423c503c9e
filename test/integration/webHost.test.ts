// The web host against a real server on loopback: token, Host and origin guards, JSON only,
// traversal, downloads by handle, limits, envelope.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createBackend } from '../../electron/backend/backend';
import type { Backend } from '../../electron/backend/backend';
import { startWebHost } from '../../electron/web/server';
import type { WebHost } from '../../electron/web/server';
import { rawRequest } from '../support/http';
import { fixtures, readFixture } from '../support/statistics';

let host: WebHost;
let backend: Backend;
let secretOutsideRoot: string;

beforeAll(async () => {
  const base = mkdtempSync(path.join(tmpdir(), 'kw-web-'));
  const rendererDir = path.join(base, 'renderer');
  mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>KW</title>');
  writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  secretOutsideRoot = path.join(base, 'secret.txt');
  writeFileSync(secretOutsideRoot, 'GEHEIM');
  backend = createBackend({ log: { error: vi.fn() } });
  host = await startWebHost({ backend, rendererDir, port: 0, maxBodyBytes: 4096 });
});

afterAll(() => host.close());

const hostHeader = () => `127.0.0.1:${host.port}`;
const call = (method: string, body: string, headers: Record<string, string> = {}) =>
  rawRequest({
    port: host.port,
    path: `/api/${method}`,
    method: 'POST',
    headers: {
      Host: hostHeader(),
      Authorization: `Bearer ${host.token}`,
      'Content-Type': 'application/json',
      ...headers,
    },
    body,
  });

describe('web host', () => {
  it('prints a URL on 127.0.0.1 that carries the token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
  });

  it('answers a contract call with the ok envelope', async () => {
    const response = await call('app:info', '{}');
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({
      ok: true,
      value: { name: 'Kommunalwerkstatt' },
    });
  });

  it('refuses an API call without the token with 401 and the envelope', async () => {
    const response = await rawRequest({
      port: host.port,
      path: '/api/app:info',
      method: 'POST',
      headers: { Host: hostHeader() },
      body: '{}',
    });
    expect(response.status).toBe(401);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
  });

  it('refuses a wrong token of the same length', async () => {
    const wrong = host.token.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'));
    const response = await call('app:info', '{}', { Authorization: `Bearer ${wrong}` });
    expect(response.status).toBe(401);
  });

  it('serves the page at the printed address without setting any cookie', async () => {
    const opened = await rawRequest({
      port: host.port,
      path: `/?token=${host.token}`,
      headers: { Host: hostHeader() },
    });
    expect(opened.status).toBe(200);
    expect(opened.body).toContain('<title>KW</title>');
    expect(opened.headers['set-cookie']).toBeUndefined();
  });

  it('lets no cookie authorise anything, not even one holding the token', async () => {
    const response = await rawRequest({
      port: host.port,
      path: '/api/app:info',
      method: 'POST',
      headers: {
        Host: hostHeader(),
        'Content-Type': 'application/json',
        Cookie: `kw_token=${host.token}`,
      },
      body: '{}',
    });
    expect(response.status).toBe(401);
  });

  it.each([
    ['another port of 127.0.0.1', { Origin: 'http://127.0.0.1:1' }],
    ['localhost at the same port', { Origin: 'http://localhost:PORT' }],
    ['a foreign site', { Origin: 'https://evil.example' }],
    ['an opaque origin', { Origin: 'null' }],
    ['a same-site page', { 'Sec-Fetch-Site': 'same-site' }],
    ['a cross-site page', { 'Sec-Fetch-Site': 'cross-site' }],
  ])('refuses a call from %s with 403, even with the token', async (_label, headers) => {
    const forged = Object.fromEntries(
      Object.entries(headers).map(([key, value]) => [
        key,
        value.replace('PORT', String(host.port)),
      ]),
    );
    const response = await call('app:info', '{}', forged);
    expect(response.status).toBe(403);
    const body = JSON.parse(response.body);
    expect(body).toMatchObject({ ok: false, error: { code: 'FOREIGN_ORIGIN' } });
    expect(body.error.message).toMatch(/nicht von der Seite der Kommunalwerkstatt/);
  });

  it('accepts a call from its own origin, as the page sends it', async () => {
    const response = await call('app:info', '{}', {
      Origin: `http://127.0.0.1:${host.port}`,
      'Sec-Fetch-Site': 'same-origin',
    });
    expect(response.status).toBe(200);
  });

  it.each([
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/jsonp',
  ])('refuses a body of type %s with 415', async (type) => {
    const response = await call('app:info', '{}', { 'Content-Type': type });
    expect(response.status).toBe(415);
    expect(JSON.parse(response.body)).toMatchObject({
      ok: false,
      error: { code: 'UNSUPPORTED_MEDIA_TYPE' },
    });
  });

  it('refuses a call without a Content-Type with 415', async () => {
    const response = await rawRequest({
      port: host.port,
      path: '/api/app:info',
      method: 'POST',
      headers: { Host: hostHeader(), Authorization: `Bearer ${host.token}` },
      body: '{}',
    });
    expect(response.status).toBe(415);
  });

  it('hands out downloads only by the handle of an offered file, never by path', async () => {
    const download = (query: string) =>
      rawRequest({
        port: host.port,
        path: `/api/download?${query}`,
        headers: { Host: hostHeader(), Authorization: `Bearer ${host.token}` },
      });
    expect((await download(`path=${encodeURIComponent(secretOutsideRoot)}`)).status).toBe(404);
    expect((await download('handle=erfunden')).status).toBe(404);
    const handle = backend.offeredFiles.offer(secretOutsideRoot);
    const offered = await download(`handle=${handle}`);
    expect(offered.status).toBe(200);
    expect(offered.body).toBe('GEHEIM');
    expect(offered.headers['content-disposition']).toContain('filename="secret.txt"');
  });

  it.each(['evil.example:80', `attacker.test:${0}`, 'localhost', '127.0.0.1'])(
    'answers a foreign Host header (%s) with 403, even with the token',
    async (foreign) => {
      const response = await call('app:info', '{}', { Host: foreign });
      expect(response.status).toBe(403);
      expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    },
  );

  it('accepts localhost at its own port as Host', async () => {
    const response = await call('app:info', '{}', { Host: `localhost:${host.port}` });
    expect(response.status).toBe(200);
  });

  it('answers an unknown method with 404 and the envelope', async () => {
    const response = await call('workspace:formatDisk', '{}');
    expect(response.status).toBe(404);
    expect(JSON.parse(response.body)).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
  });

  it('answers malformed JSON with 400 INVALID_JSON', async () => {
    const response = await call('app:info', '{"a":');
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'INVALID_JSON' } });
  });

  it('answers input of the wrong shape with 400 INVALID_INPUT and a German message', async () => {
    const response = await call('app:info', '[1,2,3]');
    expect(response.status).toBe(400);
    const body = JSON.parse(response.body);
    expect(body.error.code).toBe('INVALID_INPUT');
    expect(body.error.message).toMatch(/^Die Eingabe ist ungültig/);
  });

  it('answers a body over the limit with 413 and keeps serving', async () => {
    const response = await call('app:info', JSON.stringify({ text: 'x'.repeat(10_000) }));
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body)).toMatchObject({
      ok: false,
      error: { code: 'PAYLOAD_TOO_LARGE' },
    });
    expect((await call('app:info', '{}')).status).toBe(200);
  });

  it('takes a statistics download far over the usual limit, as base64 in the JSON body', async () => {
    const download = readFixture(fixtures.flatOld2022);
    const body = JSON.stringify({
      contentBase64: Buffer.from(download).toString('base64'),
      fileName: fixtures.flatOld2022,
    });
    expect(body.length).toBeGreaterThan(90 * 4096);
    const response = await call('statistics:preview', body);
    // Read and parsed; only then does the backend notice that no workspace is open.
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'NO_WORKSPACE' } });
  });

  it('answers GET on a method with 405', async () => {
    const response = await rawRequest({
      port: host.port,
      path: '/api/app:info',
      headers: { Host: hostHeader(), Authorization: `Bearer ${host.token}` },
    });
    expect(response.status).toBe(405);
  });

  it('serves the renderer with a strict Content-Security-Policy', async () => {
    const response = await rawRequest({
      port: host.port,
      path: '/',
      headers: { Host: hostHeader() },
    });
    expect(response.status).toBe(200);
    expect(response.body).toContain('<title>KW</title>');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves files under the renderer folder', async () => {
    const response = await rawRequest({
      port: host.port,
      path: '/assets/app.js',
      headers: { Host: hostHeader() },
    });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('text/javascript');
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/%00index.html',
    '/%E0%A4%A',
    '/assets',
    '/nothing-here.js',
  ])('answers %s with 404 and never the file outside', async (requestPath) => {
    const response = await rawRequest({
      port: host.port,
      path: requestPath,
      headers: { Host: hostHeader() },
    });
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('GEHEIM');
  });

  it('keeps serving after a burst of bad requests', async () => {
    await Promise.all([
      call('app:info', '{'),
      call('nope', '{}'),
      call('app:info', 'x'.repeat(5000)),
      call('app:info', '{}', { Host: 'evil' }),
    ]);
    expect((await call('app:info', '{}')).status).toBe(200);
  });

  it('pushes backend events to an authorised event stream', async () => {
    const received = new Promise<string>((resolve, reject) => {
      void import('node:http').then(({ request }) => {
        const req = request(
          {
            host: '127.0.0.1',
            port: host.port,
            path: '/api/events',
            headers: { Host: hostHeader(), Authorization: `Bearer ${host.token}` },
          },
          (res) => {
            let text = '';
            res.on('data', (chunk: Buffer) => {
              text += chunk.toString();
              if (text.includes('verbunden'))
                backend.events.emit('menu:command', { command: 'about' });
              if (text.includes('event: menu:command')) {
                req.destroy();
                resolve(text);
              }
            });
          },
        );
        req.on('error', reject);
        req.end();
      });
    });
    expect(await received).toContain('data: {"command":"about"}');
  });
});
