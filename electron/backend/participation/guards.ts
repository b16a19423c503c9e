// The participants' listener's gatekeeping, like the facilitator's host but for a network
// address: only its own Host (DNS rebinding), only same-origin calls, fixed response headers.
import type { IncomingHttpHeaders } from 'node:http';

/** The Host header phones send for this listener: "address:port" (":80" is left out). */
export function isOwnHost(host: string | undefined, address: string, port: number): boolean {
  return host === `${address}:${port}` || (port === 80 && host === address);
}

/** Calls come from the page itself: another site (or another local server) cannot call in. */
export function isSameOrigin(headers: IncomingHttpHeaders): boolean {
  const origin = headers.origin;
  if (origin !== undefined && origin !== `http://${headers.host}`) return false;
  const site = headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin';
}

export function mediaType(headers: IncomingHttpHeaders): string | undefined {
  return headers['content-type']?.split(';')[0]?.trim().toLowerCase();
}

/** The device token: `Authorization: Bearer …`, or `?token=` for the event stream. */
export function bearerToken(headers: IncomingHttpHeaders): string | undefined {
  const authorization = headers.authorization;
  return authorization?.startsWith('Bearer ') ? authorization.slice(7).trim() : undefined;
}

export const phoneHeaders: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'geolocation=(), microphone=(), camera=()',
  'Cache-Control': 'no-store',
};
