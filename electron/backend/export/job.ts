// One export, start to end: render the document, clear orphans of killed exports, write atomically.
// Runs inside the export worker (and in-process in tests and benchmarks).
import type { WrittenDocument } from '../../../shared/contract';
import type { ExportOptions, PlanData } from '../../../shared/plan';
import { renderWerkstattplan } from './document';
import type { DocumentFacts } from './document';
import { writeUserFile } from './userFile';

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

export async function performExport(job: ExportJob): Promise<WrittenDocument> {
  const bytes = await renderWerkstattplan(job.plan, job.options, job.facts);
  const { target } = job;
  const file = await writeUserFile(
    bytes,
    target.kind === 'exact' ? target : { ...target, extension: '.docx' },
    'Der Werkstattplan',
  );
  return { path: file, bytes: bytes.length };
}
