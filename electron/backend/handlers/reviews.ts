// Handlers of the reviews:* methods: the Zwischenbilanz recorded per field (each change one
// undoable action answered with the whole review), its Word document and the Fortschreibung.
import type { ReviewChanges } from '../../../shared/contract/reviews';
import type { Handler } from '../dispatch';
import { reviewJob } from '../export/planJob';
import type { ExportRunner } from '../export/runner';
import type { OfferedFiles } from '../offeredFiles';
import { insertPlanVersion, readPlanData } from '../repositories/plan';
import { requireRow } from '../repositories/references';
import {
  deleteReview,
  linkUpdateVersion,
  listReviews,
  readReview,
  saveMeasure,
  startReview,
  updateReview,
} from '../repositories/reviews';
import type { Writer } from '../store/changes';
import type { WorkspaceService } from '../workspace/service';

type ReviewHandlers = {
  [
    M in
      | 'reviews:list'
      | 'reviews:load'
      | 'reviews:start'
      | 'reviews:update'
      | 'reviews:saveMeasure'
      | 'reviews:delete'
      | 'reviews:freezeUpdate'
      | 'reviews:export'
  ]: Handler<M>;
};

const fieldLabels: Record<keyof ReviewChanges, string> = {
  date: 'Datum',
  notes: 'Gesamteinschätzung',
  adjustments: 'Anpassungen',
};

export function reviewHandlers(
  workspaces: WorkspaceService,
  exporter: ExportRunner,
  offered: OfferedFiles,
  officeFolder: string | undefined,
): ReviewHandlers {
  const session = () => workspaces.current();
  /** Runs one user action on a review and answers with the review as it is now. */
  const change = (label: string, action: (writer: Writer) => number) => {
    const current = session();
    return readReview(current.db, current.act(label, action));
  };
  return {
    'reviews:list': () => listReviews(session().db),
    'reviews:load': ({ id }) => readReview(session().db, id),
    'reviews:start': ({ date, planVersionId }) =>
      change('Zwischenbilanz beginnen', (writer) => startReview(writer, date, planVersionId)),
    'reviews:update': ({ id, changes }) => {
      const [field] = Object.keys(changes) as (keyof ReviewChanges)[];
      const label = field
        ? `Zwischenbilanz: ${fieldLabels[field]} ändern`
        : 'Zwischenbilanz ändern';
      return change(label, (writer) => {
        updateReview(writer, id, changes);
        return id;
      });
    },
    'reviews:saveMeasure': ({ reviewId, changes, ...measure }) =>
      change('Zwischenbilanz: Maßnahme ändern', (writer) => {
        saveMeasure(writer, { reviewId, ...measure }, changes);
        return reviewId;
      }),
    'reviews:delete': ({ id }) => {
      const current = session();
      current.act('Zwischenbilanz löschen', (writer) => deleteReview(writer, id));
      return listReviews(current.db);
    },
    'reviews:freezeUpdate': ({ id, label }) =>
      change(`Fortschreibung „${label}“ festschreiben`, (writer) => {
        requireRow(writer.db, 'reviews', id);
        const version = insertPlanVersion(writer, label, readPlanData(writer.db));
        linkUpdateVersion(writer, id, version.id);
        return id;
      }),
    'reviews:export': ({ id, path }) => {
      const { db } = session();
      requireRow(db, 'reviews', id);
      const job = reviewJob({
        plan: readPlanData(db),
        reviewId: id,
        path,
        defaultFolder: workspaces.workspaceFolder,
        ...(officeFolder ? { officeFolder } : {}),
      });
      return exporter
        .run(job)
        .then((result) => ({ ...result, handle: offered.offer(result.path) }));
    },
  };
}
