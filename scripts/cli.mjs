// `npm run cli -- …`: builds what is missing, then runs the command-line tool.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ensureBuilt, root } from './build.mjs';

await ensureBuilt({ quiet: true });
const result = spawnSync(
  process.execPath,
  [path.join(root, 'dist/electron/cli.cjs'), ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    // npm runs scripts in the package folder; relative paths mean the caller's folder.
    cwd: process.env.INIT_CWD ?? process.cwd(),
  },
);
process.exit(result.status ?? 1);
