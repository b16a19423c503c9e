// The browser mode's host: the contract over HTTP on 127.0.0.1, plus the built renderer.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { errorMessages } from '../../shared/errors';
import { exchangeUploadMaxBytes } from '../../shared/library';
import { statisticsUploadMaxBytes } from '../../shared/statistics';
import type { ErrorCode } from '../../shared/errors';
import { fail } from '../../shared/result';
import type { Result } from '../../shared/result';
import type { Backend } from '../backend/backend';
import { isMethodName } from '../../shared/contract';
import {
  callerOf,
  createToken,
  isAllowedHost,
  isJsonRequest,
  isOwnOrigin,
  presentedToken,
  securityHeaders,
  tokenMatches,
} from './security';
import { resolveStaticFile, sendFile } from './static';
import { readBody, BodyTooLarge } from '../backend/http/body';

export interface WebHostOptions {
  backend: Backend;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Largest accepted request body in bytes. */
  maxBodyBytes?: number;
}

export interface WebHost {
  port: number;
  token: string;
  /** The address to open, token included. */
  url: string;
  close(): Promise<void>;
}

const defaultMaxBodyBytes = 1024 * 1024;

/** Methods that carry a whole file as uploaded by the browser (projects, logo, statistics) get a larger limit. */
const fileContentMethods: ReadonlyMap<string, number> = new Map([
  ['exchange:preview', exchangeUploadMaxBytes],
  ['exchange:import', exchangeUploadMaxBytes],
  ['kommune:setLogo', exchangeUploadMaxBytes],
  ['statistics:preview', statisticsUploadMaxBytes],
  ['statistics:import', statisticsUploadMaxBytes],
]);

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = createToken();
  const maxBodyBytes = options.maxBodyBytes ?? defaultMaxBodyBytes;
  let port = 0;

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error('[kommunalwerkstatt] Web-Anfrage fehlgeschlagen', error);
      if (!response.headersSent)
        sendEnvelope(response, 500, fail('INTERNAL', errorMessages.INTERNAL));
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse) {
    if (!isAllowedHost(request.headers.host, port)) {
      return sendEnvelope(response, 403, failWith('FORBIDDEN'));
    }
    const url = new URL(request.url ?? '/', `http://${request.headers.host}`);
    if (url.pathname.startsWith('/api/')) {
      // Before the token: another local page learns nothing, not even whether its guess was right.
      if (!isOwnOrigin(request.headers)) {
        return sendEnvelope(response, 403, failWith('FOREIGN_ORIGIN'));
      }
      if (!tokenMatches(presentedToken(request.headers), token)) {
        return sendEnvelope(response, 401, failWith('UNAUTHORIZED'));
      }
      if (url.pathname === '/api/events' && request.method === 'GET') {
        return streamEvents(response, options.backend);
      }
      if (url.pathname === '/api/download' && request.method === 'GET') {
        return sendDownload(response, url.searchParams.get('handle') ?? '', options.backend);
      }
      return handleCall(request, response, url.pathname.slice('/api/'.length));
    }
    return handleStatic(request, response, url);
  }

  async function handleCall(request: IncomingMessage, response: ServerResponse, name: string) {
    if (request.method !== 'POST') {
      response.setHeader('Allow', 'POST');
      return sendEnvelope(response, 405, failWith('FORBIDDEN', 'Nur POST ist erlaubt.'));
    }
    if (!isJsonRequest(request.headers)) {
      return sendEnvelope(response, 415, failWith('UNSUPPORTED_MEDIA_TYPE'));
    }
    const method = safeDecode(name);
    if (method === undefined || !isMethodName(method)) {
      return sendEnvelope(response, 404, failWith('UNKNOWN_METHOD'));
    }
    let text: string;
    try {
      const limit = Math.max(maxBodyBytes, fileContentMethods.get(method) ?? 0);
      text = await readBody(request, limit);
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        response.setHeader('Connection', 'close');
        return sendEnvelope(response, 413, failWith('PAYLOAD_TOO_LARGE'));
      }
      throw error;
    }
    let input: unknown;
    try {
      input = text.trim() === '' ? {} : JSON.parse(text);
    } catch {
      return sendEnvelope(response, 400, failWith('INVALID_JSON'));
    }
    const result = await options.backend.dispatch(method, input, callerOf(request.headers));
    sendEnvelope(response, statusOf(result), result);
  }

  async function handleStatic(request: IncomingMessage, response: ServerResponse, url: URL) {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return sendEnvelope(response, 405, failWith('FORBIDDEN', 'Nur GET ist erlaubt.'));
    }
    // The page is public code; the token in its address is read and hidden by the page itself.
    const file = await resolveStaticFile(options.rendererDir, url.pathname);
    if (!file) return sendEnvelope(response, 404, failWith('NOT_FOUND'));
    sendFile(response, file, securityHeaders);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function streamEvents(response: ServerResponse, backend: Backend) {
  response.writeHead(200, {
    ...securityHeaders,
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  response.write(': verbunden\n\n');
  const unsubscribe = backend.events.subscribe((event, payload) => {
    response.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
  });
  // Keeps proxies and the browser from timing the stream out while nothing happens.
  const keepAlive = setInterval(() => response.write(': \n\n'), 25_000);
  response.on('close', () => {
    clearInterval(keepAlive);
    unsubscribe();
  });
}

const downloadTypes: Record<string, string> = {
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.pdf': 'application/pdf',
  '.csv': 'text/csv; charset=utf-8',
  '.werkstatt-projekte': 'application/json; charset=utf-8',
};

/** Only a file the backend offered (an export of this session), by its handle, leaves as a download. */
async function sendDownload(response: ServerResponse, handle: string, backend: Backend) {
  const file = backend.offeredFiles.fileOf(handle);
  if (!file) {
    return sendEnvelope(
      response,
      404,
      fail('NOT_FOUND', 'Diese Datei steht nicht zum Herunterladen bereit.'),
    );
  }
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch {
    return sendEnvelope(response, 404, fail('NOT_FOUND', 'Die Datei gibt es nicht mehr.'));
  }
  const name = path.basename(file);
  response.writeHead(200, {
    ...securityHeaders,
    'Content-Type': downloadTypes[path.extname(name).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': size,
    // RFC 6266: an ASCII fallback plus the exact UTF-8 name (umlauts, dashes).
    'Content-Disposition': `attachment; filename="${name.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    'Cache-Control': 'no-store',
  });
  createReadStream(file).pipe(response);
}

function statusOf(result: Result<unknown>): number {
  if (result.ok) return 200;
  switch (result.error.code) {
    case 'INVALID_INPUT':
      return 400;
    case 'PATH_NOT_ALLOWED':
      return 403;
    case 'INTERNAL':
      return 500;
    default:
      return 422;
  }
}

function failWith(code: ErrorCode, message: string = errorMessages[code]) {
  return fail(code, message);
}

function sendEnvelope(response: ServerResponse, status: number, body: Result<unknown>) {
  const json = JSON.stringify(body);
  response.writeHead(status, {
    ...securityHeaders,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(json),
    'Cache-Control': 'no-store',
  });
  response.end(json);
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
