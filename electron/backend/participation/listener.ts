// The participants' listener: a server of its own, bound only to the address the facilitator chose,
// answering the participants' page and its few endpoints and nothing else — no facilitator method,
// no file. Requests are refused before any work when Host, origin, type, size or pace are wrong.
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppFailure, errorMessages } from '../../../shared/errors';
import type { ErrorCode } from '../../../shared/errors';
import { maxDevices, phonePaths, photoMaxBytes, photoTypes } from '../../../shared/participation';
import { fail, ok } from '../../../shared/result';
import type { Result } from '../../../shared/result';
import { BodyTooLarge, readBodyBytes } from '../http/body';
import type { Device, Devices } from './devices';
import { TooFast } from './devices';
import { bearerToken, isOwnHost, isSameOrigin, mediaType, phoneHeaders } from './guards';
import type { PhonePage } from './page';
import type { PhoneApi } from './phoneApi';
import { BucketsByKey, paces, TokenBucket } from './rateLimit';
import type { PhoneStreams } from './streams';

export interface ListenerOptions {
  address: string;
  /** 0: a free port. */
  port: number;
  page: PhonePage;
  api: PhoneApi;
  devices: Devices;
  streams: PhoneStreams;
  /** The events a new stream starts with, so a reconnecting phone is up to date at once. */
  streamStart(device: Device): string;
}

export interface ParticipantsListener {
  port: number;
  /** Stops listening and ends every connection: phones get "connection refused" from then on. */
  close(): Promise<void>;
}

/** JSON bodies of phones are small: a card is at most 500 characters. */
const maxJsonBytes = 16 * 1024;
/** Photos read at once (each up to 15 MB in memory); more wait their turn (429). */
const maxUploadsAtOnce = 4;

const statusOf: Partial<Record<ErrorCode, number>> = {
  INVALID_INPUT: 400,
  INVALID_JSON: 400,
  DEVICE_UNKNOWN: 401,
  DEVICE_BLOCKED: 403,
  JOIN_CODE_WRONG: 403,
  FORBIDDEN: 403,
  FOREIGN_ORIGIN: 403,
  NOT_FOUND: 404,
  CARD_LOCKED: 409,
  VOTE_CLOSED: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PHOTO_INVALID: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  NO_WORKSPACE: 503,
  PARTICIPATION_CLOSED: 503,
  TOO_MANY_DEVICES: 503,
};

type Route = (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<unknown>;

export async function startParticipantsListener(
  options: ListenerOptions,
): Promise<ParticipantsListener> {
  const { address, page, api, devices, streams } = options;
  const everyRequest = new TokenBucket(paces.listener);
  const byAddress = new BucketsByKey(paces.address);
  let uploading = 0;
  let port = options.port;

  const json =
    (handler: (body: unknown, request: IncomingMessage) => unknown): Route =>
    async (request, response) => {
      if (mediaType(request.headers) !== 'application/json') {
        throw new AppFailure('UNSUPPORTED_MEDIA_TYPE', 'Bitte als JSON senden.');
      }
      const text = (await readBodyBytes(request, maxJsonBytes)).toString('utf8');
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        throw new AppFailure('INVALID_JSON');
      }
      send(response, 200, ok(await handler(body, request)));
    };
  const authenticated = (handler: (device: Device, body: unknown) => unknown) =>
    json((body, request) => handler(devices.authenticate(bearerToken(request.headers)), body));

  const routes: Record<string, Route> = {
    [`POST ${phonePaths.join}`]: json((body, request) =>
      api.join(body, request.socket.remoteAddress ?? ''),
    ),
    [`GET ${phonePaths.state}`]: async (request, response) =>
      send(response, 200, ok(api.state(devices.authenticate(bearerToken(request.headers))))),
    [`GET ${phonePaths.events}`]: async (_request, response, url) => {
      const device = devices.authenticate(url.searchParams.get('token') ?? undefined);
      response.writeHead(200, {
        ...phoneHeaders,
        'Content-Type': 'text/event-stream; charset=utf-8',
      });
      streams.add(device.number, response, options.streamStart(device));
    },
    [`POST ${phonePaths.sendCard}`]: authenticated((device, body) => api.sendCard(device, body)),
    [`POST ${phonePaths.sendCards}`]: authenticated((device, body) => api.sendCards(device, body)),
    [`POST ${phonePaths.editCard}`]: authenticated((device, body) => api.editCard(device, body)),
    [`POST ${phonePaths.deleteCard}`]: authenticated((device, body) =>
      api.deleteCard(device, body),
    ),
    [`POST ${phonePaths.vote}`]: authenticated((device, body) => api.vote(device, body)),
    [`POST ${phonePaths.photo}`]: async (request, response) => {
      const type = mediaType(request.headers) ?? '';
      if (!(photoTypes as readonly string[]).includes(type)) {
        throw new AppFailure('UNSUPPORTED_MEDIA_TYPE', errorMessages.PHOTO_INVALID);
      }
      // Who sends is known before a byte of the picture is read.
      const device = devices.authenticate(bearerToken(request.headers));
      if (uploading >= maxUploadsAtOnce) throw new TooFast(2000);
      uploading++;
      try {
        const bytes = await readBodyBytes(request, photoMaxBytes);
        send(response, 200, ok(api.photo(device, bytes, type)));
      } finally {
        uploading--;
      }
    },
  };

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const wait = Math.max(everyRequest.take(), byAddress.take(request.socket.remoteAddress ?? ''));
    if (wait > 0) throw new TooFast(wait);
    if (!isOwnHost(request.headers.host, address, port)) throw new AppFailure('FORBIDDEN');
    const url = new URL(request.url ?? '/', `http://${request.headers.host}`);
    if (
      url.pathname === phonePaths.page &&
      (request.method === 'GET' || request.method === 'HEAD')
    ) {
      const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
      const body = gzip ? page.gzipped : page.html;
      response.writeHead(200, {
        ...phoneHeaders,
        'Content-Security-Policy': page.contentSecurityPolicy,
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Length': body.length,
        Vary: 'Accept-Encoding',
        ...(gzip && { 'Content-Encoding': 'gzip' }),
      });
      return response.end(request.method === 'HEAD' ? undefined : body);
    }
    const route = routes[`${request.method} ${url.pathname}`];
    if (!route || !url.pathname.startsWith('/api/')) throw new AppFailure('NOT_FOUND');
    if (!isSameOrigin(request.headers)) throw new AppFailure('FOREIGN_ORIGIN');
    await route(request, response, url);
  }

  const server = createServer(
    { requestTimeout: 120_000, headersTimeout: 10_000, maxHeaderSize: 8 * 1024 },
    (request, response) => {
      handle(request, response).catch((error: unknown) => refuse(response, error));
    },
  );
  // A browser opens at most six connections to one server; each phone also holds its stream.
  server.maxConnections = maxDevices * 7;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, address, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        streams.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function refuse(response: ServerResponse, error: unknown): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  if (error instanceof BodyTooLarge) {
    response.setHeader('Connection', 'close');
    return send(response, 413, fail('PAYLOAD_TOO_LARGE', errorMessages.PAYLOAD_TOO_LARGE));
  }
  if (error instanceof TooFast) {
    response.setHeader('Retry-After', String(Math.ceil(error.waitMs / 1000)));
  }
  if (error instanceof AppFailure) {
    return send(response, statusOf[error.code] ?? 422, fail(error.code, error.message));
  }
  console.error('[kommunalwerkstatt] Anfrage eines Handys fehlgeschlagen', error);
  send(response, 500, fail('INTERNAL', errorMessages.INTERNAL));
}

function send(response: ServerResponse, status: number, body: Result<unknown>): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...phoneHeaders,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  response.end(text);
}
