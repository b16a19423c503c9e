// A second process for durability tests, bundled by children.ts. Modes (argv):
//   write   <dataDir> <workspaceFolder> <file> <round>  opens, then creates ideas until killed;
//                                                      prints each acknowledged idea as a JSON line
//   open    <dataDir> <workspaceFolder> <file>          tries to open (and write into) a workspace
//                                                      another process holds; prints what happened
//   migrate <dataDir> <workspaceFolder> <file> <rows>   opens with a slow extra migration
//   rescue  <dataDir> <workspaceFolder> <file> <delete|replace>  writes, loses its file behind its
//                                                      back, saves under a new name and writes on
import Database from 'better-sqlite3';
import { copyFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { createBackend } from '../../electron/backend/backend';
import { createdIdea } from './ideas';
import { slowMigration, withMigration } from './testMigrations';

const [mode, dataDir, workspaceFolder, file, extra] = process.argv.slice(2);

/** Synchronous, so a line is out before the next write starts and before any kill. */
function emit(value: unknown) {
  writeSync(1, JSON.stringify(value) + '\n');
}

function backend(options: Parameters<typeof createBackend>[0] = {}) {
  return createBackend({
    // Killed mid-export on purpose: no LibreOffice may be left behind.
    office: false,
    dataDir,
    workspaceFolder,
    // The test's folder holding the file stands for the user's folders.
    extraFolders: file ? [path.dirname(file)] : [],
    log: { error: (message, detail) => console.error(message, detail) },
    ...options,
  });
}

async function write(round: string) {
  const app = backend();
  const opened = await app.dispatch('workspace:open', { path: file });
  if (!opened.ok) {
    emit({ failed: 'workspace:open', result: opened });
    process.exit(2);
  }
  const deadline = Date.now() + 10_000;
  for (let n = 1; Date.now() < deadline; n++) {
    const text = `Karte ${round}.${n}`;
    const result = await app.dispatch('ideas:create', { text, phase: 'kritik' });
    if (!result.ok) {
      emit({ failed: 'ideas:create', result });
      process.exit(3);
    }
    emit(createdIdea(result.value));
    // Let the backup taken at open make progress between writes, as the app's event loop would.
    if (n % 4 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  await app.close();
}

async function open() {
  const app = backend();
  emit({ step: 'workspace:open', result: await app.dispatch('workspace:open', { path: file }) });
  emit({
    step: 'ideas:create',
    result: await app.dispatch('ideas:create', { text: 'Vom zweiten Prozess', phase: 'kritik' }),
  });
  // Bypassing the app: plain SQLite must not get in either.
  let code = 'none';
  try {
    const db = new Database(file, { fileMustExist: true, timeout: 100 });
    try {
      db.prepare(
        `INSERT INTO ideas (text, phase, position, created_at) VALUES ('Direkt geschrieben', 'kritik', 0, '')`,
      ).run();
    } finally {
      db.close();
    }
  } catch (error) {
    code = String((error as { code?: unknown }).code);
  }
  emit({ step: 'sqlite', code });
  await app.close();
}

async function migrate(rows: string) {
  const app = backend({ migrations: withMigration(slowMigration(Number(rows))) });
  emit({ step: 'start' });
  const result = await app.dispatch('workspace:open', { path: file });
  emit({ step: 'workspace:open', ok: result.ok });
  await app.close();
}

/** Every acknowledged idea is printed as `{ acked }`; each step as `{ step, … }`. */
async function rescue(how: string) {
  const target = file ?? '';
  const app = backend();
  const opened = await app.dispatch('workspace:open', { path: file });
  if (!opened.ok) {
    emit({ failed: 'workspace:open', result: opened });
    process.exit(2);
  }
  const createAcked = async (text: string) => {
    const result = await app.dispatch('ideas:create', { text, phase: 'kritik' });
    if (result.ok) emit({ acked: createdIdea(result.value) });
    return result;
  };
  for (let n = 1; n <= 5; n++) await createAcked(`Vorher ${n}`);
  if (how === 'delete') {
    unlinkSync(target);
  } else {
    // A sync client puts its own (older) copy in place by rename.
    copyFileSync(target, `${target}.sync`);
    renameSync(`${target}.sync`, target);
  }
  const refused = await createAcked('Nach dem Verlust');
  emit({ step: 'refused', result: refused });
  emit({ step: 'checkFile', result: await app.dispatch('workspace:checkFile', {}) });
  const saved = await app.dispatch('workspace:saveAs', {});
  emit({ step: 'saved', result: saved });
  if (!saved.ok) process.exit(4);
  const deadline = Date.now() + 10_000;
  for (let n = 1; Date.now() < deadline; n++) {
    const result = await createAcked(`Gerettet ${n}`);
    if (!result.ok) {
      emit({ failed: 'ideas:create', result });
      process.exit(3);
    }
    if (n % 4 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  await app.close();
}

const modes: Record<string, (argument: string) => Promise<void>> = {
  write,
  open,
  migrate,
  rescue,
};
const run = modes[mode ?? ''];
if (!run || !dataDir || !workspaceFolder || !file) {
  console.error(
    'Aufruf: workspaceChild <write|open|migrate|rescue> <dataDir> <workspaceFolder> <file> …',
  );
  process.exit(64);
}
run(extra ?? '').catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
