// Talks to the participants' listener: JSON with the device token, the event stream, the photo
// upload. Only plain HTTP features of the last years' mobile browsers (no secure context needed).
import { phonePaths } from '../shared/participation';
import type { Result } from '../shared/result';

const tokenKey = 'kommunalwerkstatt.teilnahme';

/** The device token the laptop issued; the only thing this page keeps on the phone. */
export const deviceToken = {
  get(): string | null {
    try {
      return localStorage.getItem(tokenKey);
    } catch {
      return null;
    }
  },
  set(token: string): void {
    try {
      localStorage.setItem(tokenKey, token);
    } catch {
      // Private modes may refuse storage: the token then lives until the page is closed.
    }
  },
  clear(): void {
    try {
      localStorage.removeItem(tokenKey);
    } catch {
      // Nothing stored, nothing to remove.
    }
  },
};

let memoryToken: string | null = null;
const currentToken = () => deviceToken.get() ?? memoryToken;
export const rememberToken = (token: string) => {
  memoryToken = token;
  deviceToken.set(token);
};

export interface Answer<T> {
  /** 0 when the laptop could not be reached at all. */
  status: number;
  result: Result<T>;
  /** Seconds to wait before trying again (429). */
  retryAfter: number;
}

const unreachable = <T>(): Answer<T> => ({
  status: 0,
  result: {
    ok: false,
    error: { code: 'TRANSPORT', message: 'Keine Verbindung zum Laptop der Moderation.' },
  },
  retryAfter: 0,
});

async function answerOf<T>(response: Response): Promise<Answer<T>> {
  return {
    status: response.status,
    result: (await response.json()) as Result<T>,
    retryAfter: Number(response.headers.get('Retry-After') ?? 0),
  };
}

function headers(json: boolean): Record<string, string> {
  const token = currentToken();
  return {
    ...(json ? { 'Content-Type': 'application/json' } : {}),
    ...(token ? { Authorization: `Bearer ${token}` } : {}),
  };
}

export async function post<T>(path: string, body: unknown): Promise<Answer<T>> {
  try {
    const response = await fetch(path, {
      method: 'POST',
      headers: headers(true),
      body: JSON.stringify(body),
      credentials: 'omit',
      cache: 'no-store',
    });
    return await answerOf<T>(response);
  } catch {
    return unreachable<T>();
  }
}

export async function get<T>(path: string): Promise<Answer<T>> {
  try {
    return await answerOf<T>(await fetch(path, { headers: headers(false), cache: 'no-store' }));
  } catch {
    return unreachable<T>();
  }
}

/** A photo as raw bytes; XMLHttpRequest, because fetch cannot report upload progress. */
export function uploadPhoto<T>(
  blob: Blob,
  onProgress: (share: number) => void,
): Promise<Answer<T>> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', phonePaths.photo);
    for (const [name, value] of Object.entries(headers(false)))
      request.setRequestHeader(name, value);
    request.setRequestHeader('Content-Type', blob.type);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      try {
        resolve({
          status: request.status,
          result: JSON.parse(request.responseText) as Result<T>,
          retryAfter: Number(request.getResponseHeader('Retry-After') ?? 0),
        });
      } catch {
        resolve(unreachable<T>());
      }
    };
    request.onerror = () => resolve(unreachable<T>());
    request.send(blob);
  });
}

/**
 * The event stream with the device token (EventSource sends no headers, so it travels in the
 * query). EventSource reconnects by itself; a stream the laptop refuses is reopened after a pause.
 */
export function openEvents(
  deliver: (event: 'room' | 'own', data: string) => void,
  connected: (yes: boolean) => void,
): () => void {
  let source: EventSource | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const open = () => {
    source = new EventSource(
      `${phonePaths.events}?token=${encodeURIComponent(currentToken() ?? '')}`,
    );
    source.onopen = () => connected(true);
    for (const event of ['room', 'own'] as const) {
      source.addEventListener(event, (message) => deliver(event, (message as MessageEvent).data));
    }
    source.onerror = () => {
      connected(false);
      if (source?.readyState === EventSource.CLOSED) {
        source = undefined;
        retry = setTimeout(open, 5000);
      }
    };
  };
  open();
  return () => {
    clearTimeout(retry);
    source?.close();
  };
}
