// A process for the kill -9 tests of the export (bundled by exportWorker.ts beside the worker):
//   export <dataDir> <workspaceFolder> <file> <out.docx>  exports the plan again and again
//   write <target> <megabytes>                            writes a large file atomically, again and again
// Each round prints a JSON line when it starts and one when it is done (after opening: `opened`), so
// the test kills at a moment the child reported, not on the clock; it runs until it is killed.
import { writeSync } from 'node:fs';
import path from 'node:path';
import { createBackend } from '../../electron/backend/backend';
import { removeOrphans, writeAtomically } from '../../electron/backend/export/atomicWrite';
import { defaultExportOptions } from '../../shared/plan';

const [mode, ...args] = process.argv.slice(2);

function emit(value: unknown) {
  writeSync(1, `${JSON.stringify(value)}\n`);
}

async function exportForever(dataDir: string, workspaceFolder: string, file: string, out: string) {
  const app = createBackend({
    // Killed mid-export on purpose: no LibreOffice may be left behind.
    office: false,
    dataDir,
    workspaceFolder,
    exportWorker: path.join(__dirname, 'export-worker.cjs'),
    // The test's folders holding the workspace and the target stand for the user's folders.
    extraFolders: [path.dirname(file), path.dirname(out)],
    log: { error: (message, detail) => console.error(message, detail) },
  });
  const opened = await app.dispatch('workspace:open', { path: file });
  if (!opened.ok) throw new Error(JSON.stringify(opened));
  emit({ opened: true });
  for (let round = 1; ; round++) {
    emit({ exporting: round });
    const result = await app.dispatch('plan:export', { options: defaultExportOptions, path: out });
    if (!result.ok) throw new Error(JSON.stringify(result));
    emit({ exported: (result.value as { bytes: number }).bytes });
  }
}

/** The bytes of round n: every byte the round's number, so a mix of two rounds shows. */
const roundBytes = (megabytes: number, round: number) =>
  Buffer.alloc(megabytes * 1024 * 1024, round % 256);

async function writeForever(target: string, megabytes: number) {
  for (let round = 1; ; round++) {
    // As every export does before it writes.
    await removeOrphans(path.dirname(target));
    emit({ writing: round });
    await writeAtomically(target, roundBytes(megabytes, round), { replace: true });
    emit({ written: round });
  }
}

const run =
  mode === 'export' && args.length === 4
    ? () => exportForever(args[0]!, args[1]!, args[2]!, args[3]!)
    : mode === 'write' && args.length === 2
      ? () => writeForever(args[0]!, Number(args[1]))
      : undefined;
if (!run) {
  console.error(
    'Aufruf: exportChild export <dataDir> <workspaceFolder> <file> <out.docx> | write <target> <MB>',
  );
  process.exit(64);
}
run().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
