// The export worker's entry (bundled as dist/electron/export-worker.cjs): answers each request
// with one message, so the main thread's event loop never waits on docx.
import { parentPort } from 'node:worker_threads';
import { AppFailure } from '../../../shared/errors';
import { defaultExportOptions } from '../../../shared/plan';
import { renderWerkstattplan } from './document';
import { performExport } from './job';
import type { WorkerReply, WorkerRequest } from './runner';

async function handle(request: WorkerRequest): Promise<WorkerReply> {
  if (request.kind === 'warmUp') {
    await renderWerkstattplan(request.plan, defaultExportOptions, {
      title: 'Werkstattplan',
      versionLabel: 'Entwurf',
      date: '2026-01-01',
      creator: 'Kommunalwerkstatt',
    });
    return { kind: 'warm' };
  }
  return {
    kind: 'done',
    result: await performExport(request.job, (message, detail) =>
      console.error(`[kommunalwerkstatt] ${message}`, detail),
    ),
  };
}

parentPort?.on('message', (request: WorkerRequest) => {
  handle(request).then(
    (reply) => parentPort?.postMessage(reply),
    (error: unknown) =>
      parentPort?.postMessage(
        error instanceof AppFailure
          ? { kind: 'failed', code: error.code, message: error.message }
          : {
              kind: 'crashed',
              detail: error instanceof Error ? (error.stack ?? error.message) : String(error),
            },
      ),
  );
});
