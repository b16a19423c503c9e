// `npm start -- [FILE]`: builds, then launches Electron — or, where its binary is missing, the browser mode.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ensureBuilt, root } from './build.mjs';

/** Electron's own require() downloads a missing binary; we only look, so an offline machine answers at once. */
function electronBinary() {
  const packageDir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

await ensureBuilt();
const args = process.argv.slice(2);
const binary = electronBinary();
const command = binary
  ? [binary, [root, ...args]]
  : [process.execPath, [path.join(root, 'dist/electron/web.cjs'), ...args]];
if (!binary) {
  console.log(
    'Electron ist auf diesem Rechner nicht installiert (kein Download möglich) – Kommunalwerkstatt startet im Browser-Modus.',
  );
}
// npm runs scripts in the package folder; relative paths mean the caller's folder.
const child = spawn(command[0], command[1], {
  stdio: 'inherit',
  cwd: process.env.INIT_CWD ?? process.cwd(),
});
process.on('SIGINT', () => {});
process.on('SIGTERM', () => child.kill('SIGTERM'));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
