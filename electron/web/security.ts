// The web host's gatekeeping: the per-start token, the Host and origin guards, the response headers.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export { securityHeaders } from '../csp';

export const createToken = (): string => randomBytes(24).toString('base64url');

/** A DNS-rebinding guard: only our own loopback names at our own port are answered. */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/**
 * True unless the browser says the request comes from another page: `Origin` must be the very
 * origin the page was opened with, `Sec-Fetch-Site` must say same-origin. Other ports of 127.0.0.1
 * are same-site, so SameSite alone would not do. Clients without these headers (curl, Node) still
 * need the token.
 */
export function isOwnOrigin(headers: IncomingHttpHeaders): boolean {
  const origin = headers.origin;
  if (origin !== undefined && origin !== `http://${headers.host}`) return false;
  const site = headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin';
}

/** Only JSON bodies: a form or a `no-cors` fetch cannot send this type without a preflight. */
export function isJsonRequest(headers: IncomingHttpHeaders): boolean {
  const type = headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  return type === 'application/json';
}

/** The calling tab's id (`X-Kw-Client`), prefixed so it can never pass for a window of Electron. */
export function callerOf(headers: IncomingHttpHeaders): string | undefined {
  const client = headers['x-kw-client'];
  return typeof client === 'string' && /^[\w-]{8,64}$/.test(client) ? `tab-${client}` : undefined;
}

/** The token from `Authorization: Bearer …`; no cookie authorises anything. */
export function presentedToken(headers: IncomingHttpHeaders): string | undefined {
  const authorization = headers.authorization;
  if (authorization?.startsWith('Bearer ')) return authorization.slice('Bearer '.length).trim();
  return undefined;
}

export function tokenMatches(presented: string | undefined, token: string): boolean {
  if (presented === undefined) return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
