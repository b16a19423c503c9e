// The participants' listener is a server of its own on the chosen address: it answers the page
// and the phones' endpoints and nothing else (no facilitator method, no file, with or without the
// facilitator's token), checks Host, origin, type and size like the facilitator's host, and is
// gone when participation closes.
import { describe, expect, it } from 'vitest';
import { startWebHost } from '../../electron/web/server';
import { call, callFailing, closedAfterEach } from '../support/backend';
import { freshFolders } from '../support/folders';
import { rawRequest } from '../support/http';
import {
  fakePhonePage,
  joinPhone,
  openParticipation,
  phoneEvents,
  phoneRequest,
} from '../support/phones';

const freshDir = freshFolders('kw-phones-');
const backendIn = closedAfterEach();

async function withParticipation(address = '127.0.0.2') {
  const dir = freshDir();
  const backend = backendIn(dir, { phonePageDir: fakePhonePage(dir) });
  await call(backend, 'workspace:create', { name: 'Aue' });
  return { backend, status: await openParticipation(backend, address) };
}

describe('opening participation', () => {
  it('listens only on the chosen address, with a join link, a six-digit code and a QR code', async () => {
    const { status } = await withParticipation('127.0.0.2');
    expect(status.url).toBe(`http://127.0.0.2:${status.port}`);
    expect(status.joinUrl).toBe(`${status.url}/#code=${status.joinCode}`);
    expect(status.joinCode).toMatch(/^\d{6}$/);
    expect(status.qrSvg).toMatch(/^<svg[^>]*>/);
    // Not on the facilitator's loopback address, nor on any other.
    await expect(rawRequest({ host: '127.0.0.1', port: status.port, path: '/' })).rejects.toThrow(
      /ECONNREFUSED/,
    );
    const page = await phoneRequest(status, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<script>document.title = "Mitmachen";</script>');
    expect(page.headers['content-security-policy']).toMatch(/script-src 'sha256-[^']+'(;|$)/);
    expect(page.headers['set-cookie']).toBeUndefined();
    const packed = await phoneRequest(status, {
      path: '/',
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(packed.headers['content-encoding']).toBe('gzip');
  });

  it('opens on the machine’s network address (eth0) too', async () => {
    const addresses = await call(backendIn(freshDir()), 'participation:addresses', {});
    const network = addresses.find((entry) => !entry.address.startsWith('127.'));
    if (!network) return;
    const { status } = await withParticipation(network.address);
    expect((await phoneRequest(status, { path: '/' })).status).toBe(200);
  });

  it('refuses an address this machine does not have, in German', async () => {
    const dir = freshDir();
    const backend = backendIn(dir, { phonePageDir: fakePhonePage(dir) });
    await call(backend, 'workspace:create', { name: 'Aue' });
    const error = await callFailing(backend, 'participation:open', { address: '203.0.113.9' });
    expect(error).toMatchObject({ code: 'ADDRESS_UNAVAILABLE' });
    expect(await call(backend, 'participation:status', {})).toEqual({ open: false });
  });

  it('needs an open workspace', async () => {
    const backend = backendIn(freshDir());
    expect(
      await callFailing(backend, 'participation:open', { address: '127.0.0.2' }),
    ).toMatchObject({
      code: 'NO_WORKSPACE',
    });
  });

  it('gets a new join code each time it opens; the old one no longer lets anyone in', async () => {
    const { backend, status } = await withParticipation();
    await call(backend, 'participation:close', {});
    const again = await openParticipation(backend);
    expect(again.joinCode).not.toBe(status.joinCode);
    const old = await phoneRequest(again, { path: '/api/join', body: { code: status.joinCode } });
    if (again.joinCode !== status.joinCode) expect(old.status).toBe(403);
  });
});

describe('what the participants’ listener answers', () => {
  it('answers no facilitator method, with or without the facilitator’s token', async () => {
    const { backend, status } = await withParticipation();
    const dir = freshDir();
    const host = await startWebHost({ backend, rendererDir: dir, port: 0 });
    try {
      for (const method of ['board:load', 'workspace:current', 'participation:close', 'app:info']) {
        for (const token of [undefined, host.token]) {
          const response = await phoneRequest(status, {
            path: `/api/${method}`,
            body: {},
            token,
          });
          expect(response.status).toBe(404);
          expect(response.json.error?.code).toBe('NOT_FOUND');
        }
      }
      expect((await call(backend, 'participation:status', {})).open).toBe(true);
    } finally {
      await host.close();
    }
  });

  it.each([
    '/index.html',
    '/teilnahme.js',
    '/assets/index.js',
    '/../package.json',
    '/%2e%2e/package.json',
    '/..%2f..%2fpackage.json',
    '/api/../../etc/passwd',
    '/api/download?handle=x',
    '/api/events/../../index.html',
    '//etc/passwd',
  ])('serves no file at %s', async (path) => {
    const { status } = await withParticipation();
    const response = await phoneRequest(status, { path });
    expect(response.status).toBe(404);
    expect(response.body).not.toMatch(/<!doctype|"name"|root:/i);
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign origin', async () => {
    const { status } = await withParticipation();
    const phone = await joinPhone(status);
    for (const Host of ['evil.example', `127.0.0.1:${status.port}`, `localhost:${status.port}`]) {
      expect((await phoneRequest(status, { path: '/', headers: { Host } })).status).toBe(403);
    }
    for (const headers of <Record<string, string>[]>[
      { Origin: 'http://evil.example' },
      { Origin: 'null' },
      { 'Sec-Fetch-Site': 'cross-site' },
      { 'Sec-Fetch-Site': 'same-site' },
    ]) {
      const response = await phoneRequest(status, {
        path: '/api/karte',
        body: { key: 'abcdefgh1', text: 'Fremd' },
        token: phone.token,
        headers,
      });
      expect(response.status).toBe(403);
      expect(response.json.error.code).toBe('FOREIGN_ORIGIN');
    }
  });

  it('takes JSON only, small bodies only, and known devices only', async () => {
    const { status } = await withParticipation();
    const phone = await joinPhone(status);
    const form = await phoneRequest(status, {
      path: '/api/karte',
      body: 'text=Hallo',
      token: phone.token,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(form.status).toBe(415);
    const big = await phone.post('/api/karte', { key: 'abcdefgh1', text: 'x'.repeat(20_000) });
    expect(big.status).toBe(413);
    const stranger = await phoneRequest(status, {
      path: '/api/karte',
      body: { key: 'abcdefgh1', text: 'Hallo' },
      token: 'erfunden',
    });
    expect(stranger.status).toBe(401);
    expect(stranger.json.error.code).toBe('DEVICE_UNKNOWN');
    expect((await phoneRequest(status, { path: '/api/state' })).status).toBe(401);
  });

  it('lets a wrong join code try ten times a minute from one address', async () => {
    const { status } = await withParticipation();
    const wrong = String((Number(status.joinCode) + 1) % 1_000_000).padStart(6, '0');
    const answers: number[] = [];
    for (let i = 0; i < 11; i++) {
      answers.push(
        (await phoneRequest(status, { path: '/api/join', body: { code: wrong } })).status,
      );
    }
    expect(answers.slice(0, 10)).toEqual(Array(10).fill(403));
    const limited = await phoneRequest(status, {
      path: '/api/join',
      body: { code: status.joinCode },
    });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe('closing participation', () => {
  it('ends the phones’ streams and refuses new connections', async () => {
    const { backend, status } = await withParticipation();
    const phone = await joinPhone(status);
    const stream = phoneEvents(status, phone.token);
    await stream.next('room');
    await call(backend, 'participation:close', {});
    await stream.ended();
    await expect(
      rawRequest({ host: status.address, port: status.port, path: '/' }),
    ).rejects.toThrow(/ECONNREFUSED/);
  });

  it('closes when another workspace is opened, so no card lands in the wrong file', async () => {
    const { backend, status } = await withParticipation();
    await call(backend, 'workspace:create', { name: 'Zeitz' });
    await expect(
      rawRequest({ host: status.address, port: status.port, path: '/' }),
    ).rejects.toThrow(/ECONNREFUSED/);
    expect(await call(backend, 'participation:status', {})).toEqual({ open: false });
  });
});
