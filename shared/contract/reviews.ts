// The Zwischenbilanz: started against a frozen Fassung, recorded per measure and field, exported
// as a Word document of its own, and followed by the Fortschreibung (a new Fassung).
import { z } from 'zod';
import { projectStatuses, trafficLights } from '../domain';
import type { ReviewMeasure } from '../review';
import { multiLineText, singleLineText } from '../text';
import { method } from './define';
import { id, isoDate } from './fields';
import { docxPath } from './plan';
import type { ExportResult } from './plan';

export interface ReviewSummary {
  id: number;
  /** "YYYY-MM-DD" */
  date: string;
  planVersionId: number | null;
  /** The Fassung's name as it was when the review started. */
  versionLabel: string;
  /** False when the Fassung was deleted since: the review stays, the comparison is gone. */
  versionAvailable: boolean;
  /** The Fassung frozen after the review ("Fortschreibung"), if any. */
  updateVersionId: number | null;
}

export interface ReviewDetail extends ReviewSummary {
  notes: string;
  adjustments: string;
  measures: ReviewMeasure[];
}

const text = (label: string) => multiLineText({ label, max: 5_000 });

/** What may be recorded per measure; each field saves on its own. */
export const measureChanges = z
  .object({
    status: z.enum(projectStatuses),
    trafficLight: z.enum(trafficLights).nullable(),
    progress: text('Fortschritt'),
    barriers: text('Hemmnisse'),
    enablers: text('Förderliche Faktoren'),
    nextSteps: text('Nächste Schritte'),
    indicatorNow: text('Stand der Indikatoren'),
  })
  .partial()
  .strict();
export type MeasureChanges = z.infer<typeof measureChanges>;

export const reviewChanges = z
  .object({ date: isoDate, notes: text('Gesamteinschätzung'), adjustments: text('Anpassungen') })
  .partial()
  .strict();
export type ReviewChanges = z.infer<typeof reviewChanges>;

export const reviewMethods = {
  /** All Zwischenbilanzen, newest first. */
  'reviews:list': method<ReviewSummary[]>()('Alle Zwischenbilanzen.', z.object({}).strict()),
  /** One Zwischenbilanz with every measure: the Fassung's, those added since, those dropped. */
  'reviews:load': method<ReviewDetail>()('Eine Zwischenbilanz.', z.object({ id }).strict()),
  /** Starts a Zwischenbilanz against a frozen Fassung (undoable). */
  'reviews:start': method<ReviewDetail>()(
    'Zwischenbilanz beginnen.',
    z.object({ date: isoDate, planVersionId: id }).strict(),
  ),
  'reviews:update': method<ReviewDetail>()(
    'Zwischenbilanz ändern.',
    z.object({ id, changes: reviewChanges }).strict(),
  ),
  /**
   * Records fields for one measure, named as `reviews:load` gives it: by its entry once one was
   * recorded, else by today's project (`projectId`) or, when that is gone, by its id in the Fassung
   * (`versionProjectId`). A status also becomes the project's own.
   */
  'reviews:saveMeasure': method<ReviewDetail>()(
    'Stand einer Maßnahme in der Zwischenbilanz festhalten.',
    z
      .object({
        reviewId: id,
        entryId: id.nullable(),
        projectId: id.nullable(),
        versionProjectId: id.nullable(),
        changes: measureChanges,
      })
      .strict()
      .refine(
        (value) =>
          value.entryId !== null || value.projectId !== null || value.versionProjectId !== null,
        'Bitte die Maßnahme angeben.',
      ),
  ),
  /** Deletes a Zwischenbilanz with everything recorded in it (undoable). */
  'reviews:delete': method<ReviewSummary[]>()('Zwischenbilanz löschen.', z.object({ id }).strict()),
  /**
   * "Fortschreibung": freezes the plan as it is today as a new Fassung and notes it with the
   * review, in one undoable action.
   */
  'reviews:freezeUpdate': method<ReviewDetail>()(
    'Fortschreibung als neue Fassung festschreiben.',
    z
      .object({
        id,
        label: singleLineText({
          label: 'Name der Fassung',
          max: 160,
          required: 'Bitte einen Namen für die Fassung angeben.',
        }),
      })
      .strict(),
  ),
  /**
   * Writes the Zwischenbilanz as a Word document of its own, like `plan:export`: without `path`
   * "<Kommune> – Zwischenbilanz <date>.docx" in the workspace folder, numbered when taken.
   */
  'reviews:export': method<ExportResult>()(
    'Zwischenbilanz als Word-Dokument speichern.',
    z.object({ id, path: docxPath.optional() }).strict(),
  ),
};
