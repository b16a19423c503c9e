// What the export worker loads at its cold start: docx and the export, not zod — the contract's
// schemas took some 80 ms of a first export to load and were never used there (shared/cleanText.ts).
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');

describe('the export worker bundle', () => {
  it('holds no zod', async () => {
    const { metafile } = await build({
      entryPoints: [path.join(root, 'electron', 'backend', 'export', 'worker.ts')],
      bundle: true,
      write: false,
      metafile: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['better-sqlite3', '@resvg/resvg-js'],
      logLevel: 'warning',
    });
    const inputs = Object.keys(metafile.inputs);
    expect(inputs.some((input) => input.includes('node_modules/docx/'))).toBe(true);
    expect(inputs.filter((input) => input.includes('node_modules/zod/'))).toEqual([]);
  });
});
