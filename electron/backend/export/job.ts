// One export, start to end: render the document, clear orphans of killed exports, write atomically.
// Runs inside the export worker (and in-process in tests and benchmarks).
import type { WrittenDocument } from '../../../shared/contract';
import type { ExportOptions, PlanData } from '../../../shared/plan';
import { renderWerkstattplan } from './document';
import type { DocumentFacts } from './document';
import { renderZwischenbilanz } from './reviewDocument';
import { writeUserFile } from './userFile';

export type ExportTarget =
  /** Exactly this file, replaced if it exists (the user chose it). */
  | { kind: 'exact'; path: string }
  /** `<baseName>.docx` in `folder`, numbered " (2)", " (3)" … when taken. */
  | { kind: 'fresh'; folder: string; baseName: string };

interface JobBase {
  plan: PlanData;
  facts: DocumentFacts;
  target: ExportTarget;
}

/** The Werkstattplan with its options, or one Zwischenbilanz of the plan's data. */
export type ExportJob =
  | (JobBase & { kind: 'plan'; options: ExportOptions })
  | (JobBase & { kind: 'review'; reviewId: number });

/** The document in a sentence: "Der Werkstattplan konnte nicht …". */
export const documentName = (job: ExportJob): string =>
  job.kind === 'plan' ? 'Der Werkstattplan' : 'Die Zwischenbilanz';

export async function performExport(job: ExportJob): Promise<WrittenDocument> {
  const bytes =
    job.kind === 'plan'
      ? await renderWerkstattplan(job.plan, job.options, job.facts)
      : await renderZwischenbilanz(job.plan, job.reviewId, job.facts);
  const { target } = job;
  const file = await writeUserFile(
    bytes,
    target.kind === 'exact' ? target : { ...target, extension: '.docx' },
    documentName(job),
  );
  return { path: file, bytes: bytes.length };
}
