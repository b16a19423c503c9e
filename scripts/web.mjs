// `npm run web -- [FILE] [--port N] [--dir DIR] [--data-dir DIR] [--no-demo] [--participants ADDRESS
// [--participants-port N]]`: builds what is missing, then starts the browser mode.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ensureBuilt, root } from './build.mjs';

await ensureBuilt();
const child = spawn(
  process.execPath,
  [path.join(root, 'dist/electron/web.cjs'), ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    // npm runs scripts in the package folder; relative paths mean the caller's folder.
    cwd: process.env.INIT_CWD ?? process.cwd(),
  },
);
// Ctrl+C reaches the child through the terminal's process group; we only pass its exit on.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => child.kill('SIGTERM'));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
