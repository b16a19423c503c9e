// The demo after its Ratsbeschluss: the adopted Fassung frozen, what changed in the year after
// (facts revised, a measure merged away, one added) and the Zwischenbilanz against the Fassung.
import demo from '../../../assets/demo/musterstadt.json';
import type { MeasureChanges } from '../../../shared/contract/reviews';
import type { Writer } from '../store/changes';
import type { DemoIds } from './demoProjects';
import { insertDemoProject, lookup } from './demoProjects';
import { insertPlanVersion, readPlanData } from './plan';
import { mergeProjects } from './projectRemoval';
import { updateProject } from './projects';
import { saveMeasure, startReview, updateReview } from './reviews';

type ProjectChange = Partial<{
  title: string;
  lead: string;
  startMonth: string;
  endMonth: string;
  budgetEuro: number;
}>;

export function seedAfterAdoption(writer: Writer, ids: DemoIds): void {
  const { adoption, review } = demo;
  const plan = { ...readPlanData(writer.db), asOf: adoption.frozenAt };
  const version = insertPlanVersion(writer, adoption.label, plan);

  for (const [key, change] of Object.entries(adoption.changes) as [string, ProjectChange][]) {
    updateProject(writer, lookup(ids.projects, key), {
      ...(change.title !== undefined && { title: change.title }),
      ...(change.lead !== undefined && { lead: change.lead }),
      ...(change.startMonth !== undefined && { start_month: change.startMonth }),
      ...(change.endMonth !== undefined && { end_month: change.endMonth }),
      ...(change.budgetEuro !== undefined && { budget_cents: change.budgetEuro * 100 }),
    });
  }
  // Read before the merges: a merged project's id is gone afterwards but named in the Fassung.
  const adoptedIds = new Map(ids.projects);
  for (const [source, target] of adoption.merged) {
    mergeProjects(writer, lookup(ids.projects, source ?? ''), lookup(ids.projects, target ?? ''));
    ids.projects.delete(source ?? '');
  }
  for (const project of adoption.added) insertDemoProject(writer, project, ids);

  const reviewId = startReview(writer, review.date, version.id);
  updateReview(writer, reviewId, { notes: review.notes, adjustments: review.adjustments });
  for (const [key, measure] of Object.entries(review.measures)) {
    const projectId = ids.projects.get(key) ?? null;
    saveMeasure(
      writer,
      {
        reviewId,
        entryId: null,
        projectId,
        versionProjectId: projectId === null ? lookup(adoptedIds, key) : null,
      },
      measure as MeasureChanges,
    );
  }
}
