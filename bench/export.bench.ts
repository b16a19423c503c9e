// Word export benchmark: 200 and 500 measures → .docx through the export worker (as the app runs
// it), in-process build times, peak heap (from V8's GC trace, and a worker capped at 300 MB), and
// how long the main event loop stalls while a 500-measure export runs in the worker. First, in
// the same run, our build against a reference built with docx alone (exportReference.ts); last,
// the demo exported with LibreOffice's page numbers and as PDF.
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { renderWerkstattplan } from '../electron/backend/export/document';
import { planJob } from '../electron/backend/export/planJob';
import { ExportRunner } from '../electron/backend/export/runner';
import { locateOffice } from '../electron/backend/office/locate';
import { readPlanData } from '../electron/backend/repositories/plan';
import { defaultExportOptions } from '../shared/plan';
import type { PlanData } from '../shared/plan';
import { demoPlan, seedPlanWorkspace } from '../test/support/planSeed';
import { renderReference } from './exportReference';
import { percentile, report } from './stats';

const root = path.resolve(__dirname, '..', '..');
const targets = { 200: 600, 500: 1500 } as const;
/** Our 200-measure build may take at most this many times the reference's (p95 against p95). */
const referenceRatio = 1.5;
const heapTargetMb = 300;
/** The demo's export with LibreOffice's page numbers, and as PDF. */
const officeTargetMs = 5000;

function readPlan(file: string): PlanData {
  const db = new Database(file, { readonly: true });
  try {
    return readPlanData(db);
  } finally {
    db.close();
  }
}

const facts = {
  title: 'Werkstattplan',
  versionLabel: 'Entwurf',
  date: '2026-07-01',
  creator: 'Bench',
};

const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

/**
 * Our in-process build of 200 measures against the reference of 200 projects, taken in turns so
 * that a loaded machine weighs on both alike; both include Packer's zipping into bytes.
 */
async function compareWithReference(plan: PlanData, runs = 12) {
  const ours: number[] = [];
  const reference: number[] = [];
  const time = async (build: () => Promise<unknown>) => {
    const started = performance.now();
    await build();
    return performance.now() - started;
  };
  const oursOnce = () => renderWerkstattplan(plan, defaultExportOptions, facts);
  const referenceOnce = () => renderReference(200);
  await oursOnce(); // warm-up: compiled code paths, as in the worker after its warm-up
  await referenceOnce();
  for (let i = 0; i < runs; i++) {
    reference.push(await time(referenceOnce));
    ours.push(await time(oursOnce));
  }
  console.log(`Last (loadavg 1/5/15 min): ${load()}`);
  report('Referenz: docx allein, 200 Projekte (Aufbau + Packer)', reference);
  report('Unser Werkstattplan: 200 Maßnahmen (Aufbau + Packer, im Hauptprozess)', ours);
  const ratio = percentile(ours, 95) / percentile(reference, 95);
  const medianRatio = percentile(ours, 50) / percentile(reference, 50);
  console.log(
    `Verhältnis unser Export / Referenz: p95 ${ratio.toFixed(2)}×, Median ${medianRatio.toFixed(2)}× — Ziel ≤ ${referenceRatio}×: ${ratio <= referenceRatio ? 'erfüllt' : 'VERFEHLT'}`,
  );
  return ratio;
}

/** Child mode: one in-process build of FILE, under --trace-gc; the parent reads the heap peak. */
async function renderOnce(file: string) {
  const bytes = await renderWerkstattplan(readPlan(file), defaultExportOptions, facts);
  console.log(`bytes=${bytes.length}`);
}

/** The largest heap V8 had in use when it started a collection: the peak, to within a young generation. */
function tracedPeakMb(file: string): number {
  const output = execFileSync(process.execPath, ['--trace-gc', __filename, 'render', file], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const before = [
    ...output.matchAll(/(?:Scavenge|Mark-Compact|Mark-sweep)[^\n]*?\s([\d.]+) \([\d.]+\) ->/g),
  ];
  return Math.max(0, ...before.map((match) => Number(match[1])));
}

/** Runs a job in a worker whose old generation is capped; true when it finishes within the cap. */
function fitsHeapCap(workerFile: string, plan: PlanData, folder: string, capMb: number) {
  return new Promise<boolean>((resolve) => {
    const job = planJob({
      plan,
      options: defaultExportOptions,
      defaultFolder: folder,
      path: path.join(folder, 'cap.docx'),
    });
    const worker = new Worker(workerFile, { resourceLimits: { maxOldGenerationSizeMb: capMb } });
    worker.once('message', (reply: { kind: string }) => {
      resolve(reply.kind === 'done');
      void worker.terminate();
    });
    worker.once('error', () => resolve(false));
    worker.postMessage({ kind: 'export', job });
  });
}

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'kw-export-bench-'));
  try {
    // The worker as the app ships it (esbuild's API cannot be bundled into this benchmark).
    execFileSync(
      process.execPath,
      ['--input-type=module', '-e', "await (await import('./scripts/build.mjs')).ensureBuilt()"],
      { cwd: root, stdio: 'inherit' },
    );
    const workerFile = path.join(root, 'dist', 'electron', 'export-worker.cjs');
    for (const count of [200, 500] as const) {
      const file = path.join(dir, `Bench ${count}.werkstatt`);
      await seedPlanWorkspace(file, count);
      const readTimes: number[] = [];
      let plan = readPlan(file);
      for (let i = 0; i < 5; i++) {
        const started = performance.now();
        plan = readPlan(file);
        readTimes.push(performance.now() - started);
      }
      report(`${count} Maßnahmen: Daten lesen (readPlanData)`, readTimes);
      if (count === 200 && (await compareWithReference(plan)) > referenceRatio)
        process.exitCode = 1;

      // As the app does it: in the export worker, the file written atomically. The first export
      // of a session starts the worker cold; the dialog's warm-up and later exports find it warm.
      const exportTo = (runner: ExportRunner) => {
        const job = planJob({
          plan,
          options: defaultExportOptions,
          defaultFolder: dir,
          path: path.join(dir, `out-${count}.docx`),
        });
        const started = performance.now();
        return runner
          .run(job)
          .then((result) => ({ ms: performance.now() - started, bytes: result.bytes }));
      };
      const coldTimes: number[] = [];
      let bytes = 0;
      for (let i = 0; i < 3; i++) {
        const runner = new ExportRunner(workerFile);
        const cold = await exportTo(runner);
        coldTimes.push(cold.ms);
        bytes = cold.bytes;
        await runner.close();
      }
      report(`${count} Maßnahmen → .docx, erster Export (Worker kalt)`, coldTimes);
      const runner = new ExportRunner(workerFile);
      // The export dialog warms the worker up while the user chooses options.
      await runner.warmUp({ ...plan, projects: plan.projects.slice(0, 8) });
      const exportTimes: number[] = [];
      for (let i = 0; i < 5; i++) exportTimes.push((await exportTo(runner)).ms);
      await runner.close();
      report(`${count} Maßnahmen → .docx im Worker (nach Aufwärmen, geschrieben)`, exportTimes, {
        target: targets[count],
        targetLabel: `p95 < ${targets[count]} ms`,
      });
      console.log(`${count} Maßnahmen: Dokument ${Math.round(bytes / 1024)} KB`);

      const warm: number[] = [];
      for (let i = 0; i < 6; i++) {
        const started = performance.now();
        await renderWerkstattplan(plan, defaultExportOptions, facts);
        warm.push(performance.now() - started);
      }
      report(
        `${count} Maßnahmen: nur Aufbau im Hauptprozess (aufgewärmt, ohne Schreiben)`,
        warm.slice(1),
      );

      const peak = tracedPeakMb(file);
      const capped = await fitsHeapCap(workerFile, plan, dir, heapTargetMb);
      // The issue sets the heap target for 200 measures; for 500 the figure is for information.
      const verdict =
        count === 200
          ? `, Ziel < ${heapTargetMb} MB: ${peak < heapTargetMb ? 'erfüllt' : 'VERFEHLT'}`
          : '';
      console.log(
        `${count} Maßnahmen: Heap-Spitze ${peak.toFixed(0)} MB (GC-Protokoll${verdict}); Worker mit ${heapTargetMb}-MB-Grenze für den alten Heap: ${capped ? 'fertig' : 'ABGEBROCHEN'}`,
      );
      if (exportTimes.length && percentile(exportTimes, 95) >= targets[count]) process.exitCode = 1;
    }

    // Responsiveness: the main loop's worst delay while 500 measures export in the worker.
    const plan = readPlan(path.join(dir, 'Bench 500.werkstatt'));
    const histogram = monitorEventLoopDelay({ resolution: 5 });
    const ticks: number[] = [];
    let last = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      ticks.push(now - last);
      last = now;
    }, 10);
    histogram.enable();
    const job = planJob({
      plan,
      options: defaultExportOptions,
      defaultFolder: dir,
      path: path.join(dir, 'loop.docx'),
    });
    // A cold worker: the first export of a session, the heaviest case for the main loop too.
    const loopRunner = new ExportRunner(workerFile);
    const started = performance.now();
    await loopRunner.run(job);
    await loopRunner.close();
    const took = performance.now() - started;
    histogram.disable();
    clearInterval(ticker);
    const maxDelay = histogram.max / 1e6;
    const longestGap = Math.max(...ticks);
    console.log(`Last am Ende (loadavg 1/5/15 min): ${load()}`);
    console.log(
      `Ereignisschleife während eines 500er-Exports im Worker (${took.toFixed(0)} ms): größte Verzögerung ${maxDelay.toFixed(1)} ms, längster Abstand eines 10-ms-Takts ${longestGap.toFixed(1)} ms (Ziel: kein Stillstand ≥ 50 ms: ${maxDelay < 50 ? 'erfüllt' : 'VERFEHLT'})`,
    );
    if (maxDelay >= 50) process.exitCode = 1;

    await officeFigures(workerFile, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The demo exported as the app does it with LibreOffice installed, in the worker: the .docx with the
 * contents' page numbers, and the PDF. First with a data folder LibreOffice has not worked in yet
 * (the first export on a machine), then with its profile kept from that one.
 */
async function officeFigures(workerFile: string, dir: string) {
  if (!(await locateOffice())) {
    console.log('LibreOffice nicht gefunden: keine Zahlen für Seitenzahlen und PDF.');
    return;
  }
  const plan = await demoPlan();
  const officeFolder = path.join(dir, 'Daten', 'LibreOffice');
  const runner = new ExportRunner(workerFile);
  await runner.warmUp(plan);
  const exportAs = async (format: 'docx' | 'pdf') => {
    const job = planJob({
      plan,
      options: defaultExportOptions,
      defaultFolder: dir,
      path: path.join(dir, `Musterstadt.${format}`),
      format,
      officeFolder,
    });
    const started = performance.now();
    const result = await runner.run(job);
    if (result.pageNumbers !== 'libreoffice') console.log('LibreOffice-Durchgang FEHLGESCHLAGEN');
    return performance.now() - started;
  };
  try {
    console.log(
      `Musterstadt mit LibreOffice, erster Durchgang (neues Profil): .docx ${(await exportAs('docx')).toFixed(0)} ms`,
    );
    for (const format of ['docx', 'pdf'] as const) {
      const times: number[] = [];
      for (let i = 0; i < 5; i++) times.push(await exportAs(format));
      report(
        `Musterstadt → ${format === 'pdf' ? 'PDF' : '.docx mit Seitenzahlen'} (Worker warm, LibreOffice-Profil behalten)`,
        times,
        { target: officeTargetMs, targetLabel: `p95 < ${officeTargetMs} ms` },
      );
      if (percentile(times, 95) >= officeTargetMs) process.exitCode = 1;
    }
    console.log(`Last (loadavg 1/5/15 min): ${load()}`);
  } finally {
    await runner.close();
  }
}

/** `node dist/bench/export.bench.cjs compare`: only the comparison, for profiling rounds. */
async function compareOnly() {
  const dir = mkdtempSync(path.join(tmpdir(), 'kw-export-compare-'));
  try {
    const file = path.join(dir, 'Bench 200.werkstatt');
    await seedPlanWorkspace(file, 200);
    await compareWithReference(readPlan(file));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `node dist/bench/export.bench.cjs office`: only LibreOffice's figures (needs a built worker). */
async function officeOnly() {
  const dir = mkdtempSync(path.join(tmpdir(), 'kw-export-office-'));
  try {
    await officeFigures(path.join(root, 'dist', 'electron', 'export-worker.cjs'), dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === 'render') void renderOnce(process.argv[3] as string);
else if (process.argv[2] === 'compare') void compareOnly();
else if (process.argv[2] === 'office') void officeOnly();
else void main();
