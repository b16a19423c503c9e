// Builds the renderer (Vite), the Node side (esbuild: Electron main and preload, web host, CLI) and
// the participants' phone page (esbuild: plain TypeScript, no framework, for old mobile browsers).
import { build as esbuild } from 'esbuild';
import { cpSync, existsSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const stamp = path.join(dist, '.build-stamp');
const sources = [
  'renderer',
  'shared',
  'electron',
  'participants',
  'assets',
  'package.json',
  'vite.config.ts',
];

/** Native modules: never bundled, loaded from node_modules (and unpacked from the asar). */
export const nativeModules = ['better-sqlite3', '@resvg/resvg-js'];

/** Entry points bundled for Node; the native modules and Electron itself stay outside. */
const nodeEntries = {
  main: 'electron/main.ts',
  preload: 'electron/preload.ts',
  web: 'electron/web/main.ts',
  cli: 'electron/cli/main.ts',
  'export-worker': 'electron/backend/export/worker.ts',
};

export async function build() {
  const { build: viteBuild } = await import('vite');
  await viteBuild({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
  await esbuild({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(
      Object.entries(nodeEntries).filter(([, file]) => existsSync(path.join(root, file))),
    ),
    outdir: path.join(dist, 'electron'),
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['electron', ...nativeModules],
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  await buildPhonePage();
  mkdirSync(dist, { recursive: true });
  // The chart font beside the bundles: resvg reads it from disk (electron-builder.yml unpacks it);
  // and beside the renderer, so charts on screen have the metrics of the exported ones.
  cpSync(path.join(root, 'assets', 'fonts'), path.join(dist, 'fonts'), { recursive: true });
  cpSync(path.join(root, 'assets', 'fonts'), path.join(dist, 'renderer', 'fonts'), {
    recursive: true,
  });
  writeFileSync(stamp, new Date().toISOString());
}

/**
 * dist/participants: the page's template, script and style; the participants' listener puts them
 * into one response. Served only there, never by the facilitator's host (dist/renderer).
 */
async function buildPhonePage() {
  const out = path.join(dist, 'participants');
  // Phones of the last five years: iOS 13, Android's Chrome 80.
  const common = {
    absWorkingDir: root,
    bundle: true,
    minify: true,
    target: ['es2020', 'safari14.1', 'chrome90', 'firefox90'],
    logLevel: 'warning',
  };
  await esbuild({
    ...common,
    entryPoints: ['participants/main.ts'],
    outfile: path.join(out, 'teilnahme.js'),
    format: 'iife',
    platform: 'browser',
  });
  await esbuild({
    ...common,
    entryPoints: ['participants/teilnahme.css'],
    outfile: path.join(out, 'teilnahme.css'),
  });
  cpSync(path.join(root, 'participants', 'index.html'), path.join(out, 'index.html'));
}

/** Builds only when a source is newer than the last build (or there is none). */
export async function ensureBuilt({ quiet = false } = {}) {
  if (existsSync(stamp) && newestSourceTime() <= statSync(stamp).mtimeMs) return false;
  if (!quiet) console.log('Baue Kommunalwerkstatt …');
  await build();
  return true;
}

function newestSourceTime() {
  let newest = 0;
  const visit = (entry) => {
    const stats = statSync(entry);
    if (stats.isDirectory()) for (const child of readdirSync(entry)) visit(path.join(entry, child));
    else newest = Math.max(newest, stats.mtimeMs);
  };
  for (const source of sources) {
    const full = path.join(root, source);
    if (existsSync(full)) visit(full);
  }
  return newest;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await build();
  console.log('Build fertig: dist/renderer und dist/electron.');
}
