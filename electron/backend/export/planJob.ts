// Turns "export this plan (or this frozen version, or this Zwischenbilanz) there" into a job:
// title-page facts and file name.
import path from 'node:path';
import type { DocumentFormat, PlanVersion } from '../../../shared/contract';
import type { ExportOptions, PlanData } from '../../../shared/plan';
import { fileStamp, localDay } from '../fileStamps';
import { safeFileName } from '../workspace/service';
import type { ExportJob, ExportTarget } from './job';

interface JobInput {
  plan: PlanData;
  /** A chosen file; absent: a fresh name in `defaultFolder`. */
  path?: string;
  defaultFolder: string;
  now?: Date;
  /** Default: a Word document. */
  format?: DocumentFormat;
  /** Where LibreOffice may work (in the app's data folder); absent: no LibreOffice pass. */
  officeFolder?: string;
}

/** What every job takes over from its input as it is. */
const common = (input: JobInput) => ({
  format: input.format ?? 'docx',
  ...(input.officeFolder ? { officeFolder: input.officeFolder } : {}),
});

export interface PlanJobInput extends JobInput {
  options: ExportOptions;
  /** A frozen version: its label and date go on the title page instead of the options' label. */
  version?: PlanVersion;
}

const creatorOf = (plan: PlanData) => plan.kommune.consultant.trim() || 'Kommunalwerkstatt';

/** The chosen file, or "<Kommune> – <what>" in the default folder. */
function targetOf(input: JobInput, what: string): ExportTarget {
  return input.path
    ? { kind: 'exact', path: path.resolve(input.path) }
    : {
        kind: 'fresh',
        folder: input.defaultFolder,
        baseName: `${safeFileName(input.plan.kommune.name)} – ${what}`,
      };
}

export function planJob(input: PlanJobInput): ExportJob {
  const { plan, options, version } = input;
  const now = input.now ?? new Date();
  const today = localDay(now);
  return {
    kind: 'plan',
    ...common(input),
    plan,
    options,
    facts: {
      title: options.title,
      versionLabel: version?.label ?? options.versionLabel,
      date: version ? localDay(new Date(version.createdAt)) : today,
      creator: creatorOf(plan),
    },
    target: targetOf(input, `Werkstattplan ${fileStamp(now)}`),
  };
}

/** The Zwischenbilanz `reviewId` of `plan`, named after its date. */
export function reviewJob(input: JobInput & { reviewId: number }): ExportJob {
  const { plan, reviewId } = input;
  const review = plan.reviews.find((candidate) => candidate.id === reviewId);
  const date = review?.date ?? localDay(input.now ?? new Date());
  return {
    kind: 'review',
    ...common(input),
    plan,
    reviewId,
    facts: {
      title: 'Zwischenbilanz',
      versionLabel: review?.versionLabel ?? '',
      date,
      creator: creatorOf(plan),
    },
    target: targetOf(input, `Zwischenbilanz ${date}`),
  };
}
