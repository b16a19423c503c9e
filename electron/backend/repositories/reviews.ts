// The Zwischenbilanz: reviews against a frozen Fassung and what was recorded per measure, read as
// the comparison of shared/review.ts and written through the Writer.
import type Database from 'better-sqlite3';
import type { ReviewDetail, ReviewSummary } from '../../../shared/contract';
import type { MeasureChanges, ReviewChanges } from '../../../shared/contract/reviews';
import { AppFailure } from '../../../shared/errors';
import type { PlanReview } from '../../../shared/plan';
import { upgradePlanData } from '../../../shared/planFormat';
import { reviewMeasures } from '../../../shared/review';
import type { MeasureFacts, ReviewEntry } from '../../../shared/review';
import type { Writer } from '../store/changes';
import { statement } from '../store/statements';
import type { Row } from '../store/tables';
import { updateProject } from './projects';
import { requireRow } from './references';

type Db = Database.Database;

interface ReviewRow extends ReviewSummary {
  notes: string;
  adjustments: string;
}

const reviewColumns = `r.id, r.date, r.plan_version_id AS planVersionId,
  r.version_label AS versionLabel, v.id IS NOT NULL AS versionAvailable,
  r.update_version_id AS updateVersionId, r.notes, r.adjustments`;

function readReviewRows(db: Db, where: string, order: string, ...params: unknown[]): ReviewRow[] {
  const rows = statement(
    db,
    `SELECT ${reviewColumns} FROM reviews r LEFT JOIN plan_versions v ON v.id = r.plan_version_id
     WHERE ${where} ORDER BY ${order}`,
  ).all(...params) as (Omit<ReviewRow, 'versionAvailable'> & { versionAvailable: number })[];
  return rows.map((row) => ({ ...row, versionAvailable: row.versionAvailable === 1 }));
}

/** All reviews, newest first. */
export function listReviews(db: Db): ReviewSummary[] {
  return readReviewRows(db, '1', 'r.date DESC, r.id DESC').map(
    ({ notes: _notes, adjustments: _adjustments, ...summary }) => summary,
  );
}

/** The Fassung's measures, or null when it is gone or cannot be read. */
function adoptedMeasures(db: Db, versionId: number | null): MeasureFacts[] | null {
  if (versionId === null) return null;
  const row = statement(db, 'SELECT snapshot FROM plan_versions WHERE id = ?').get(versionId) as
    { snapshot: string } | undefined;
  if (!row) return null;
  let plan;
  try {
    plan = upgradePlanData(JSON.parse(row.snapshot));
  } catch {
    return null;
  }
  if (!plan) return null;
  const fields = new Map(plan.actionFields.map((field) => [field.id, field.name]));
  return plan.projects.map((project) => ({
    id: project.id,
    actionField: fields.get(project.actionFieldId) ?? '',
    title: project.title,
    lead: project.lead,
    startMonth: project.startMonth,
    endMonth: project.endMonth,
    budgetCents: project.budgetCents,
    status: project.status,
    indicators: project.indicators,
    createdAt: project.createdAt,
  }));
}

function todaysMeasures(db: Db): MeasureFacts[] {
  return statement(
    db,
    `SELECT p.id, f.name AS actionField, p.title, p.lead, p.start_month AS startMonth,
       p.end_month AS endMonth, p.budget_cents AS budgetCents, p.status, p.indicators,
       p.created_at AS createdAt
     FROM projects p JOIN action_fields f ON f.id = p.action_field_id
     ORDER BY f.position, f.id, p.position, p.id`,
  ).all() as MeasureFacts[];
}

function readEntries(db: Db, reviewId: number): ReviewEntry[] {
  return statement(
    db,
    `SELECT id, project_id AS projectId, version_project_id AS versionProjectId,
       project_title AS projectTitle, status, traffic_light AS trafficLight, progress, barriers,
       enablers, next_steps AS nextSteps, indicator_now AS indicatorNow
     FROM review_entries WHERE review_id = ? ORDER BY id`,
  ).all(reviewId) as ReviewEntry[];
}

function detailOf(db: Db, row: ReviewRow, today: MeasureFacts[]): ReviewDetail {
  return {
    ...row,
    measures: reviewMeasures({
      adopted: adoptedMeasures(db, row.planVersionId),
      today,
      entries: readEntries(db, row.id),
    }),
  };
}

export function readReview(db: Db, id: number): ReviewDetail {
  const [row] = readReviewRows(db, 'r.id = ?', 'r.id', id);
  if (!row) throw new AppFailure('NOT_FOUND', 'Diese Zwischenbilanz gibt es nicht mehr.');
  return detailOf(db, row, todaysMeasures(db));
}

/** Every review, oldest first, as the Werkstattplan reports them. */
export function readPlanReviews(db: Db): PlanReview[] {
  const today = todaysMeasures(db);
  return readReviewRows(db, '1', 'r.date, r.id').map((row) => {
    const { id, date, versionLabel, notes, adjustments, measures } = detailOf(db, row, today);
    return { id, date, versionLabel, notes, adjustments, measures };
  });
}

export function startReview(writer: Writer, date: string, planVersionId: number): number {
  const version = requireRow<{ label: string }>(writer.db, 'plan_versions', planVersionId);
  return writer.insert('reviews', {
    date,
    plan_version_id: planVersionId,
    version_label: version.label,
    notes: '',
    adjustments: '',
  });
}

export function updateReview(writer: Writer, id: number, changes: ReviewChanges): void {
  requireRow(writer.db, 'reviews', id);
  writer.update('reviews', { id }, changes);
}

/** Notes the Fassung frozen after the review (Fortschreibung). */
export function linkUpdateVersion(writer: Writer, id: number, versionId: number): void {
  writer.update('reviews', { id }, { update_version_id: versionId });
}

export function deleteReview(writer: Writer, id: number): void {
  requireRow(writer.db, 'reviews', id);
  const entries = statement(writer.db, 'SELECT id FROM review_entries WHERE review_id = ?').all(
    id,
  ) as { id: number }[];
  for (const entry of entries) writer.delete('review_entries', entry);
  writer.delete('reviews', { id });
}

const measureColumns = {
  status: 'status',
  trafficLight: 'traffic_light',
  progress: 'progress',
  barriers: 'barriers',
  enablers: 'enablers',
  nextSteps: 'next_steps',
  indicatorNow: 'indicator_now',
} as const satisfies Record<keyof MeasureChanges, string>;

export interface MeasureKey {
  reviewId: number;
  /** The entry, once one was recorded; it names the measure whatever became of the project. */
  entryId: number | null;
  /** Today's project; null for a measure that is gone. */
  projectId: number | null;
  /** Its id in the Fassung; used to find a measure that is gone. */
  versionProjectId: number | null;
}

/**
 * Records fields for one measure, creating its entry on the first save. A status recorded for a
 * project that still exists becomes the project's own: it is where the project stands today.
 */
export function saveMeasure(writer: Writer, key: MeasureKey, changes: MeasureChanges): void {
  const review = requireRow<{ plan_version_id: number | null }>(writer.db, 'reviews', key.reviewId);
  const entryId = findEntry(writer.db, key) ?? createEntry(writer, key, review.plan_version_id);
  const patch: Row = {};
  for (const [field, column] of Object.entries(measureColumns)) {
    const value = changes[field as keyof MeasureChanges];
    if (value !== undefined) patch[column] = value;
  }
  writer.update('review_entries', { id: entryId }, patch);
  const projectId = (
    writer.read('review_entries', { id: entryId }) as { project_id: number | null }
  ).project_id;
  if (changes.status !== undefined && projectId !== null) {
    updateProject(writer, projectId, { status: changes.status });
  }
}

function findEntry(db: Db, { reviewId, entryId, projectId, versionProjectId }: MeasureKey) {
  const row =
    entryId !== null
      ? statement(db, 'SELECT id FROM review_entries WHERE review_id = ? AND id = ?').get(
          reviewId,
          entryId,
        )
      : projectId !== null
        ? statement(db, 'SELECT id FROM review_entries WHERE review_id = ? AND project_id = ?').get(
            reviewId,
            projectId,
          )
        : statement(
            db,
            `SELECT id FROM review_entries
           WHERE review_id = ? AND project_id IS NULL AND version_project_id = ?`,
          ).get(reviewId, versionProjectId);
  return (row as { id: number } | undefined)?.id;
}

function createEntry(writer: Writer, key: MeasureKey, versionId: number | null): number {
  if (key.entryId !== null) {
    throw new AppFailure('NOT_FOUND', 'Diesen Eintrag der Zwischenbilanz gibt es nicht mehr.');
  }
  const adopted = adoptedMeasures(writer.db, versionId) ?? [];
  if (key.projectId !== null) {
    const project = requireRow<{ title: string; status: string; created_at: string }>(
      writer.db,
      'projects',
      key.projectId,
    );
    const inVersion = adopted.some(
      (then) =>
        then.id === key.projectId && (then.createdAt ?? project.created_at) === project.created_at,
    );
    return writer.insert('review_entries', {
      review_id: key.reviewId,
      project_id: key.projectId,
      version_project_id: inVersion ? key.projectId : null,
      project_title: project.title,
      status: project.status,
    });
  }
  const then = adopted.find((measure) => measure.id === key.versionProjectId);
  if (!then) throw new AppFailure('NOT_FOUND', 'Diese Maßnahme gibt es in der Fassung nicht.');
  return writer.insert('review_entries', {
    review_id: key.reviewId,
    project_id: null,
    version_project_id: then.id,
    project_title: then.title,
    status: then.status,
  });
}
