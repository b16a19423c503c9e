// Phones against a real participants' listener: open participation on a backend (with a page of
// its own in a temp folder), join by the code, call the phone endpoints, read the event stream.
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import type { Backend } from '../../electron/backend/backend';
import type {
  JoinAnswer,
  OpenParticipation,
  ParticipationSettings,
} from '../../shared/participation';
import { call } from './backend';
import { rawRequest } from './http';
import type { RawResponse } from './http';

/** A stand-in for dist/participants: the listener inlines what it finds. */
export function fakePhonePage(dir: string): string {
  const page = path.join(dir, 'teilnahme-seite');
  mkdirSync(page, { recursive: true });
  writeFileSync(
    path.join(page, 'index.html'),
    '<!doctype html><title>Mitmachen</title><!--style--><!--script-->',
  );
  writeFileSync(path.join(page, 'teilnahme.js'), 'document.title = "Mitmachen";');
  writeFileSync(path.join(page, 'teilnahme.css'), 'body { margin: 0 }');
  return page;
}

export async function openParticipation(
  backend: Backend,
  address = '127.0.0.2',
  settings: Partial<ParticipationSettings> = {},
): Promise<OpenParticipation> {
  const status = await call(backend, 'participation:open', { address, port: 0, settings });
  if (!status.open) throw new Error('Teilnahme nicht geöffnet');
  return status;
}

/** An answer's JSON as tests read it: any property may be asked for, the assertions check it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- read freely, checked by expect()
export type Json = any;

export type PhoneResponse = RawResponse & { json: { ok: boolean; value?: Json; error?: Json } };

/** A request to the listener as a phone's browser sends it: own Host, own Origin. */
export async function phoneRequest(
  status: OpenParticipation,
  options: {
    path: string;
    method?: string;
    token?: string;
    body?: unknown;
    headers?: Record<string, string>;
  },
): Promise<PhoneResponse> {
  const raw = Buffer.isBuffer(options.body);
  const response = await rawRequest({
    host: status.address,
    port: status.port,
    path: options.path,
    method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
    headers: {
      Host: `${status.address}:${status.port}`,
      Origin: `http://${status.address}:${status.port}`,
      ...(options.body !== undefined && !raw ? { 'Content-Type': 'application/json' } : {}),
      ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: raw
      ? (options.body as Buffer)
      : options.body === undefined
        ? undefined
        : JSON.stringify(options.body),
  });
  let json: PhoneResponse['json'] = { ok: false };
  try {
    json = JSON.parse(response.body);
  } catch {
    // The page itself is HTML.
  }
  return { ...response, json };
}

export interface Phone {
  token: string;
  device: number;
  post(path: string, body: unknown): Promise<PhoneResponse>;
}

export async function joinPhone(status: OpenParticipation): Promise<Phone> {
  const joined = await phoneRequest(status, {
    path: '/api/join',
    body: { code: status.joinCode },
  });
  if (!joined.json.ok) throw new Error(`Beitritt scheiterte: ${joined.body}`);
  const answer = joined.json.value as JoinAnswer;
  return {
    token: answer.token,
    device: answer.state.own.device,
    post: (route, body) => phoneRequest(status, { path: route, body, token: answer.token }),
  };
}

/** The phone's event stream: every event as it arrives, and a wait for one that matches. */
export function phoneEvents(status: OpenParticipation, token: string) {
  const events: { event: string; data: Json }[] = [];
  const waiters: { test(e: { event: string; data: Json }): boolean; resolve(): void }[] = [];
  let ended = false;
  let onEnd = () => {};
  const req = request(
    {
      host: status.address,
      port: status.port,
      path: `/api/events?token=${encodeURIComponent(token)}`,
      headers: { Host: `${status.address}:${status.port}` },
    },
    (response) => {
      let buffer = '';
      response.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (!event || data === undefined) continue;
          const entry = { event, data: JSON.parse(data) };
          events.push(entry);
          for (const waiter of [...waiters]) {
            if (waiter.test(entry)) {
              waiters.splice(waiters.indexOf(waiter), 1);
              waiter.resolve();
            }
          }
        }
      });
      response.on('end', () => {
        ended = true;
        onEnd();
      });
    },
  );
  req.on('error', () => {
    ended = true;
    onEnd();
  });
  req.end();
  return {
    events,
    /** Resolves with the first event (seen or to come) that matches. */
    next(event: string, test: (data: Json) => boolean = () => true): Promise<Json> {
      const seen = events.find((entry) => entry.event === event && test(entry.data));
      if (seen) return Promise.resolve(seen.data);
      return new Promise((resolve) => {
        const waiter = {
          test: (entry: { event: string; data: Json }) => entry.event === event && test(entry.data),
          resolve: () => resolve(events.filter(waiter.test).at(-1)?.data),
        };
        waiters.push(waiter);
      });
    },
    ended: () =>
      new Promise<void>((resolve) => {
        if (ended) resolve();
        else onEnd = resolve;
      }),
    close: () => req.destroy(),
  };
}
