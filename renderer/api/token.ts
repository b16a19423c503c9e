// The browser mode's access token, held by the page and never by a cookie: taken from the printed
// address (`?token=`) or a new tab's fragment (`#token=`), kept in sessionStorage so a reload keeps
// working, and removed from the address bar so it lingers in neither history nor screenshots.
const storageKey = 'kommunalwerkstatt.token';

let token: string | undefined;

/** The token to send as `Authorization: Bearer`, or undefined when the page was opened without one. */
export function accessToken(): string | undefined {
  token ??= adoptToken();
  return token;
}

/** This tab's name for the live updates (`app:client`), new with every page load. */
const clientId = [...crypto.getRandomValues(new Uint8Array(12))]
  .map((byte) => byte.toString(16).padStart(2, '0'))
  .join('');

/** Headers every API request carries. */
export function authHeaders(): Record<string, string> {
  const current = accessToken();
  return {
    'X-Kw-Client': clientId,
    ...(current ? { Authorization: `Bearer ${current}` } : {}),
  };
}

/**
 * The address of a new tab of the app. A tab opened without an opener gets no copy of this
 * tab's sessionStorage, so the token travels in the fragment, which no server and no log sees.
 */
export function newTabUrl(pathname = '/'): string {
  return `${window.location.origin}${pathname}#token=${encodeURIComponent(accessToken() ?? '')}`;
}

function adoptToken(): string | undefined {
  const url = new URL(window.location.href);
  const fragment = new URLSearchParams(url.hash.slice(1));
  const offered = url.searchParams.get('token') ?? fragment.get('token');
  if (offered === null) return readStored();
  try {
    sessionStorage.setItem(storageKey, offered);
  } catch {
    // Storage may be switched off; the token then lives in memory until the page reloads.
  }
  url.searchParams.delete('token');
  fragment.delete('token');
  url.hash = fragment.size > 0 ? `#${fragment.toString()}` : '';
  window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
  return offered;
}

function readStored(): string | undefined {
  try {
    return sessionStorage.getItem(storageKey) ?? undefined;
  } catch {
    return undefined;
  }
}
