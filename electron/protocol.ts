// The app:// protocol serving the built renderer, so the app never runs from file:// or a dev server.
import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { securityHeaders } from './csp';
import { resolveStaticFile } from './web/static';

export const appScheme = 'app';
export const appOrigin = `${appScheme}://kommunalwerkstatt`;
export const appStartUrl = `${appOrigin}/index.html`;

/** Must run before the app is ready: the scheme behaves like https (secure, standard origin). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url);
    const file =
      url.host === 'kommunalwerkstatt' && (await resolveStaticFile(rendererDir, url.pathname));
    if (!file) return new Response('Nicht gefunden', { status: 404, headers: securityHeaders });
    return new Response(await readFile(file), {
      headers: { ...securityHeaders, 'Content-Type': contentTypeOf(file) },
    });
  });
}

function contentTypeOf(file: string): string {
  switch (path.extname(file)) {
    case '.html':
      return 'text/html; charset=utf-8';
    case '.js':
      return 'text/javascript; charset=utf-8';
    case '.css':
      return 'text/css; charset=utf-8';
    case '.svg':
      return 'image/svg+xml';
    case '.png':
      return 'image/png';
    case '.ttf':
      return 'font/ttf';
    default:
      return 'application/octet-stream';
  }
}
