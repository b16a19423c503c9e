// The export worker (and the kill test's child) bundled with esbuild, as the build bundles it for
// the app: a worker thread runs JavaScript files, not the TypeScript sources vitest runs.
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..', '..');

export interface ExportBundles {
  worker: string;
  /** test/support/exportChild.ts, when asked for. */
  child: string;
  remove(): void;
}

export async function buildExportBundles({ child = false } = {}): Promise<ExportBundles> {
  const folder = path.join(root, 'test-results', 'children', randomUUID());
  mkdirSync(folder, { recursive: true });
  const entries: Record<string, string> = {
    'export-worker': path.join(root, 'electron', 'backend', 'export', 'worker.ts'),
    ...(child && { exportChild: path.join(root, 'test', 'support', 'exportChild.ts') }),
  };
  await build({
    entryPoints: entries,
    outdir: folder,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // Native modules load from node_modules, as in the app's own bundles (scripts/build.mjs).
    external: ['better-sqlite3', '@resvg/resvg-js'],
    logLevel: 'warning',
  });
  return {
    worker: path.join(folder, 'export-worker.cjs'),
    child: path.join(folder, 'exportChild.cjs'),
    remove: () => rmSync(folder, { recursive: true, force: true }),
  };
}
