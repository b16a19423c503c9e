// The web host against a real server on loopback: token, Host guard, traversal, limits, envelope.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createBackend } from '../../electron/backend/backend';
import type { Backend } from '../../electron/backend/backend';
import { startWebHost } from '../../electron/web/server';
import type { WebHost } from '../../electron/web/server';
import { rawRequest } from '../support/http';

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

  it('trades the token in the URL for an HttpOnly SameSite=Strict cookie that opens the API', async () => {
    const opened = await rawRequest({
      port: host.port,
      path: `/?token=${host.token}`,
      headers: { Host: hostHeader() },
    });
    expect(opened.status).toBe(303);
    expect(opened.headers.location).toBe('/');
    const cookie = String(opened.headers['set-cookie']);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    const response = await rawRequest({
      port: host.port,
      path: '/api/app:info',
      method: 'POST',
      headers: { Host: hostHeader(), Cookie: cookie.split(';')[0] as string },
      body: '{}',
    });
    expect(response.status).toBe(200);
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
