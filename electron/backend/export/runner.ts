// Runs exports in a worker thread: the web host's and Electron main's event loop stays free while
// docx builds the document, and a worker that runs out of memory takes only itself down. The
// worker is kept between exports (warm code is about a third faster) and ends after a long idle.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { WrittenDocument } from '../../../shared/contract';
import { AppFailure } from '../../../shared/errors';
import type { ErrorCode } from '../../../shared/errors';
import type { PlanData } from '../../../shared/plan';
import type { ExportJob } from './job';

export type WorkerRequest = { kind: 'export'; job: ExportJob } | { kind: 'warmUp'; plan: PlanData };

export type WorkerReply =
  | { kind: 'done'; result: WrittenDocument }
  | { kind: 'warm' }
  | { kind: 'failed'; code: ErrorCode; message: string }
  /** A bug, not the disk: logged, and the user told the export failed. */
  | { kind: 'crashed'; detail: string };

/** Far above what 500 measures need (see bench/export.bench.ts), far below a laptop's memory. */
const heapLimitMb = 1024;
const idleLifetimeMs = 10 * 60 * 1000;

/** Where the build puts the worker: beside the bundle that is running (dist/electron/). */
export function defaultWorkerFile(): string {
  const file = path.join(
    typeof __dirname === 'string' ? __dirname : process.cwd(),
    'export-worker.cjs',
  );
  // A packaged app keeps the worker outside its asar archive (electron-builder.yml, asarUnpack).
  const unpacked = file.replace(
    `${path.sep}app.asar${path.sep}`,
    `${path.sep}app.asar.unpacked${path.sep}`,
  );
  return unpacked !== file && existsSync(unpacked) ? unpacked : file;
}

const failed = (detail: unknown): AppFailure => {
  console.error('[kommunalwerkstatt] Export fehlgeschlagen', detail);
  return new AppFailure('EXPORT_FAILED');
};

export class ExportRunner {
  private worker: Worker | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(private readonly workerFile: string) {}

  /** Writes one document; exports run one after another. */
  run(job: ExportJob): Promise<WrittenDocument> {
    const result = this.queue.then(() => this.request({ kind: 'export', job }));
    this.queue = result.catch(() => {});
    return result.then((reply) => {
      if (reply.kind !== 'done') throw failed(`Unerwartete Antwort: ${reply.kind}`);
      return reply.result;
    });
  }

  /**
   * Starts the worker and lets it build a document from `plan` (unwritten), so the export that
   * follows runs on warm code. Nothing happens when a worker is already there. Never fails: a
   * warm-up that goes wrong only means the export starts cold.
   */
  warmUp(plan: PlanData): Promise<void> {
    if (this.worker) return Promise.resolve();
    const warm = this.queue
      .then(() => this.request({ kind: 'warmUp', plan }))
      .then(
        () => {},
        () => {},
      );
    this.queue = warm;
    return warm;
  }

  async close(): Promise<void> {
    clearTimeout(this.idleTimer);
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private request(message: WorkerRequest): Promise<WorkerReply> {
    if (!existsSync(this.workerFile)) {
      return Promise.reject(failed(`Export-Worker fehlt: ${this.workerFile}`));
    }
    clearTimeout(this.idleTimer);
    const worker = (this.worker ??= this.spawn());
    // While working, the worker keeps the process alive; idle, it must not (CLI, tests).
    worker.ref();
    return new Promise<WorkerReply>((resolve, reject) => {
      const settle = () => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      const onMessage = (reply: WorkerReply) => {
        settle();
        this.idle(worker);
        if (reply.kind === 'failed') reject(new AppFailure(reply.code, reply.message));
        else if (reply.kind === 'crashed') reject(failed(reply.detail));
        else resolve(reply);
      };
      const lost = (detail: unknown) => {
        settle();
        if (this.worker === worker) this.worker = undefined;
        reject(failed(detail));
      };
      const onError = (error: Error) => {
        lost(error);
        void worker.terminate();
      };
      const onExit = (code: number) => {
        // Ended by close() (the app is shutting down): an abort, not a fault worth logging.
        if (this.worker !== worker) {
          settle();
          reject(
            new AppFailure(
              'EXPORT_FAILED',
              'Der Export wurde abgebrochen, weil die Anwendung schließt.',
            ),
          );
          return;
        }
        lost(`Export-Worker endete ohne Antwort (Exit-Code ${code})`);
      };
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      worker.postMessage(message);
    });
  }

  private spawn(): Worker {
    const worker = new Worker(this.workerFile, {
      resourceLimits: { maxOldGenerationSizeMb: heapLimitMb },
    });
    // Between requests too: a worker that is gone is replaced by the next request.
    const forget = () => {
      if (this.worker === worker) this.worker = undefined;
    };
    worker.on('error', forget);
    worker.on('exit', forget);
    return worker;
  }

  private idle(worker: Worker) {
    worker.unref();
    this.idleTimer = setTimeout(() => {
      if (this.worker === worker) void this.close();
    }, idleLifetimeMs);
    this.idleTimer.unref();
  }
}
