// One export, start to end: render the document, clear orphans of killed exports, write atomically.
// Runs inside the export worker (and in-process in tests and benchmarks).
import type { DocumentFormat, WrittenDocument } from '../../../shared/contract';
import { AppFailure } from '../../../shared/errors';
import { finishDocument } from '../office/officePass';
import type { ExportOptions, PlanData } from '../../../shared/plan';
import { renderWerkstattplan } from './document';
import type { DocumentFacts } from './document';
import { printableJob } from './printable';
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
  format: DocumentFormat;
  /** Where LibreOffice may work; absent: the document is written as docx renders it. */
  officeFolder?: string;
}

/** The Werkstattplan with its options, or one Zwischenbilanz of the plan's data. */
export type ExportJob =
  | (JobBase & { kind: 'plan'; options: ExportOptions })
  | (JobBase & { kind: 'review'; reviewId: number });

/** The document in a sentence: "Der Werkstattplan konnte nicht …". */
export const documentName = (job: ExportJob): string =>
  job.kind === 'plan' ? 'Der Werkstattplan' : 'Die Zwischenbilanz';

export async function performExport(
  job: ExportJob,
  log?: (message: string, detail: unknown) => void,
): Promise<WrittenDocument> {
  if (job.format === 'pdf' && !job.officeFolder) throw new AppFailure('OFFICE_MISSING');
  // A PDF shows what this machine's fonts draw: emoji and the like written as words before.
  const source = job.format === 'pdf' ? await printableJob(job) : job;
  const docx =
    source.kind === 'plan'
      ? await renderWerkstattplan(source.plan, source.options, source.facts)
      : await renderZwischenbilanz(source.plan, source.reviewId, source.facts);
  const finished = job.officeFolder
    ? await finishDocument(docx, job.format, job.officeFolder, log)
    : { bytes: docx, pageNumbers: 'word' as const };
  const { target } = job;
  const file = await writeUserFile(
    finished.bytes,
    target.kind === 'exact' ? target : { ...target, extension: `.${job.format}` },
    documentName(job),
  );
  return {
    path: file,
    bytes: finished.bytes.length,
    format: job.format,
    pageNumbers: finished.pageNumbers,
  };
}
