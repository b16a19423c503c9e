// One export, start to end: render the document, clear orphans of killed exports, write atomically.
// Runs inside the export worker (and in-process in tests and benchmarks).
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { ExportResult } from '../../../shared/contract';
import type { ExportOptions, PlanData } from '../../../shared/plan';
import { removeOrphans, TargetTaken, writeAtomically } from './atomicWrite';
import { renderWerkstattplan } from './document';
import type { DocumentFacts } from './document';
import { exportFailure } from './failures';

export type ExportTarget =
  /** Exactly this file, replaced if it exists (the user chose it). */
  | { kind: 'exact'; path: string }
  /** `<baseName>.docx` in `folder`, numbered " (2)", " (3)" … when taken. */
  | { kind: 'fresh'; folder: string; baseName: string };

export interface ExportJob {
  plan: PlanData;
  options: ExportOptions;
  facts: DocumentFacts;
  target: ExportTarget;
}

/** Tries this many numbered names before giving up on a crowded folder. */
const maxNumberedNames = 999;

export async function performExport(job: ExportJob): Promise<ExportResult> {
  const bytes = await renderWerkstattplan(job.plan, job.options, job.facts);
  const { target } = job;
  const folder = target.kind === 'exact' ? path.dirname(target.path) : target.folder;
  await removeOrphans(folder);
  if (target.kind === 'exact') {
    try {
      await writeAtomically(target.path, bytes, { replace: true });
    } catch (error) {
      throw exportFailure(error, target.path);
    }
    return { path: target.path, bytes: bytes.length };
  }
  // The default folder is the app's own; it may simply not exist yet.
  await mkdir(folder, { recursive: true }).catch((error: unknown) => {
    throw exportFailure(error, path.join(folder, target.baseName));
  });
  for (let n = 1; n <= maxNumberedNames; n++) {
    const file = path.join(folder, `${target.baseName}${n === 1 ? '' : ` (${n})`}.docx`);
    try {
      await writeAtomically(file, bytes, { replace: false });
      return { path: file, bytes: bytes.length };
    } catch (error) {
      if (!(error instanceof TargetTaken)) throw exportFailure(error, file);
    }
  }
  throw exportFailure(new Error('Kein freier Dateiname'), path.join(folder, target.baseName));
}
