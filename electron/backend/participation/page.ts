// The participants' page as the listener serves it: one HTML response with its script and style
// inline, allowed by their hashes in the Content-Security-Policy (and nothing else may run).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PhonePage {
  html: Buffer;
  /** The same, compressed once: on a slow phone network every kilobyte counts. */
  gzipped: Buffer;
  contentSecurityPolicy: string;
}

/** Where the build puts the page (dist/participants), seen from the bundles in dist/electron. */
export function defaultPhonePageDir(): string {
  return path.join(typeof __dirname === 'string' ? __dirname : process.cwd(), '..', 'participants');
}

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

export function loadPhonePage(dir: string): PhonePage {
  const template = readFileSync(path.join(dir, 'index.html'), 'utf8');
  const script = readFileSync(path.join(dir, 'teilnahme.js'), 'utf8');
  const style = readFileSync(path.join(dir, 'teilnahme.css'), 'utf8');
  if (/<\/(script|style)/i.test(script + style)) {
    throw new Error('Die Teilnahmeseite enthält ein schließendes Tag in Skript oder Stil.');
  }
  const html = template
    .replace('<!--style-->', () => `<style>${style}</style>`)
    .replace('<!--script-->', () => `<script>${script}</script>`);
  const contentSecurityPolicy = [
    "default-src 'none'",
    `script-src ${hash(script)}`,
    `style-src ${hash(style)}`,
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
  return { html: Buffer.from(html), gzipped: gzipSync(html, { level: 9 }), contentSecurityPolicy };
}
