// `npm run bench [-- NAME]`: bundles bench/<NAME>.bench.ts and bench/<NAME>-*.bench.ts (all by default)
// and runs each, printing figures.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { nativeModules, root } from './build.mjs';

const wanted = process.argv[2];
const benches = readdirSync(path.join(root, 'bench'))
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => !wanted || name === `${wanted}.bench.ts` || name.startsWith(`${wanted}-`));
if (benches.length === 0) {
  console.error(`Keinen Benchmark „${wanted}“ gefunden.`);
  process.exit(2);
}

let failed = false;
for (const name of benches) {
  const outfile = path.join(root, 'dist', 'bench', name.replace(/\.ts$/, '.cjs'));
  await build({
    absWorkingDir: root,
    entryPoints: [path.join(root, 'bench', name)],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: [...nativeModules, 'playwright-core'],
    logLevel: 'warning',
  });
  console.log(`\n▶ ${name}`);
  const result = spawnSync(process.execPath, ['--expose-gc', outfile], {
    cwd: root,
    stdio: 'inherit',
  });
  failed ||= result.status !== 0;
}
process.exit(failed ? 1 : 0);
