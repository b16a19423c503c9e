// Turns "export this plan (or this frozen version) there" into a job: title-page facts, file name.
import path from 'node:path';
import type { PlanVersion } from '../../../shared/contract';
import type { ExportOptions, PlanData } from '../../../shared/plan';
import { fileStamp, localDay } from '../fileStamps';
import { safeFileName } from '../workspace/service';
import type { ExportJob } from './job';

export interface PlanJobInput {
  plan: PlanData;
  options: ExportOptions;
  /** A frozen version: its label and date go on the title page instead of the options' label. */
  version?: PlanVersion;
  /** A chosen file; absent: a fresh name in `defaultFolder`. */
  path?: string;
  defaultFolder: string;
  now?: Date;
}

export function planJob(input: PlanJobInput): ExportJob {
  const { plan, options, version } = input;
  const now = input.now ?? new Date();
  const today = localDay(now);
  return {
    plan,
    options,
    facts: {
      title: options.title,
      versionLabel: version?.label ?? options.versionLabel,
      date: version ? localDay(new Date(version.createdAt)) : today,
      creator: plan.kommune.consultant.trim() || 'Kommunalwerkstatt',
    },
    target: input.path
      ? { kind: 'exact', path: path.resolve(input.path) }
      : {
          kind: 'fresh',
          folder: input.defaultFolder,
          baseName: `${safeFileName(plan.kommune.name)} – Werkstattplan ${fileStamp(now)}`,
        },
  };
}
