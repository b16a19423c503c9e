// `npm run web -- [FILE] [--port N] [--dir DIR]`: builds what is missing, then starts the browser mode.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ensureBuilt, root } from './build.mjs';

await ensureBuilt();
const child = spawn(
  process.execPath,
  [path.join(root, 'dist/electron/web.cjs'), ...process.argv.slice(2)],
  {
    stdio: 'inherit',
  },
);
// Ctrl+C reaches the child through the terminal's process group; we only pass its exit on.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => child.kill('SIGTERM'));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
