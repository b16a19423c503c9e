// The Werkstattplan's data read in one go, its frozen versions, and the export options kept in
// the workspace's settings table.
import type Database from 'better-sqlite3';
import type { PlanVersion } from '../../../shared/contract';
import { exportOptionsSchema } from '../../../shared/contract/plan';
import type { Phase } from '../../../shared/domain';
import { chartSpec } from '../../../shared/profile/chartSpec';
import { AppFailure } from '../../../shared/errors';
import { defaultExportOptions, planFormatVersion } from '../../../shared/plan';
import { upgradePlanData } from '../../../shared/planFormat';
import type {
  ExportOptions,
  PlanData,
  PlanIdea,
  PlanKommune,
  PlanProject,
  PlanStep,
  PlanSwotEntry,
} from '../../../shared/plan';
import type { Writer } from '../store/changes';
import { readActors, readKickoff } from './kickoff';
import { readPlanPhotos } from './photos';
import { readCharts, readIndicators } from './profile';
import { readPlanReviews } from './reviews';
import { groupBy } from './rows';
import { swotOrder } from './swot';
import { now } from './time';

type Db = Database.Database;

const all = <T>(db: Db, sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as T[];

function readKommune(db: Db): PlanKommune {
  const row = db
    .prepare(
      `SELECT name, official_key AS officialKey, state, district, inhabitants, consultant,
        period_start AS periodStart, period_end AS periodEnd, logo, logo_mime AS logoMime
       FROM workspace WHERE id = 1`,
    )
    .get() as Omit<PlanKommune, 'logo'> & { logo: Buffer | null; logoMime: string | null };
  const { logo, logoMime, ...fields } = row;
  return {
    ...fields,
    logo: logo && logoMime ? { mime: logoMime, base64: logo.toString('base64') } : null,
  };
}

interface ProjectRow extends Omit<
  PlanProject,
  'keyMeasure' | 'milestones' | 'targetGroups' | 'strategicGoalIds' | 'swotIds'
> {
  keyMeasure: number;
}

function readProjects(db: Db): PlanProject[] {
  const rows = all<ProjectRow>(
    db,
    `SELECT p.id, p.action_field_id AS actionFieldId, p.title, p.description, p.lead, p.partners,
       p.start_month AS startMonth, p.end_month AS endMonth, p.budget_cents AS budgetCents,
       p.funding, p.indicators, p.priority, p.key_measure AS keyMeasure, p.status,
       p.project_goal AS projectGoal, p.project_type AS projectType, p.area_scope AS areaScope,
       p.dots, p.created_at AS createdAt
     FROM projects p JOIN action_fields f ON f.id = p.action_field_id
     ORDER BY f.position, f.id, p.position, p.id`,
  );
  const milestones = groupBy(
    all<{ projectId: number; month: string | null; text: string }>(
      db,
      `SELECT project_id AS projectId, month, text FROM project_milestones
       ORDER BY position, id`,
    ),
    (row) => row.projectId,
    ({ month, text }) => ({ month, text }),
  );
  const targetGroups = groupBy(
    all<{ projectId: number; name: string }>(
      db,
      `SELECT pt.project_id AS projectId, t.name FROM project_target_groups pt
       JOIN target_groups t ON t.id = pt.target_group_id ORDER BY t.position, t.id`,
    ),
    (row) => row.projectId,
    (row) => row.name,
  );
  const goals = groupBy(
    all<{ projectId: number; id: number }>(
      db,
      `SELECT ps.project_id AS projectId, g.id FROM project_strategic_goals ps
       JOIN strategic_goals g ON g.id = ps.strategic_goal_id ORDER BY g.position, g.id`,
    ),
    (row) => row.projectId,
    (row) => row.id,
  );
  const swot = groupBy(
    all<{ projectId: number; id: number }>(
      db,
      `SELECT pe.project_id AS projectId, s.id FROM project_swot_entries pe
       JOIN swot_entries s ON s.id = pe.swot_entry_id ORDER BY ${swotOrder('s.')}`,
    ),
    (row) => row.projectId,
    (row) => row.id,
  );
  return rows.map((row) => ({
    ...row,
    keyMeasure: row.keyMeasure === 1,
    milestones: milestones.get(row.id) ?? [],
    targetGroups: targetGroups.get(row.id) ?? [],
    strategicGoalIds: goals.get(row.id) ?? [],
    swotIds: swot.get(row.id) ?? [],
  }));
}

function readPlanKickoff(db: Db): PlanData['kickoff'] {
  const { agreements, ...kickoff } = readKickoff(db);
  return { ...kickoff, agreements: agreements.map((agreement) => agreement.text) };
}

/**
 * Everything the Werkstattplan shows, as it is now: the document's input and a version's snapshot.
 * `photos: false` leaves the pinboard photos' bytes unread (none listed) for readers that never
 * show them, like the quality check, which reads again after every change from another window.
 */
export function readPlanData(db: Db, { photos = true }: { photos?: boolean } = {}): PlanData {
  return db.transaction((): PlanData => {
    const groups = groupBy(
      all<{ workshopId: number; name: string }>(
        db,
        'SELECT workshop_id AS workshopId, name FROM workshop_groups ORDER BY position, id',
      ),
      (row) => row.workshopId,
      (row) => row.name,
    );
    const indicators = readIndicators(db);
    const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
    return {
      formatVersion: planFormatVersion,
      asOf: now(),
      kommune: readKommune(db),
      steps: all<PlanStep>(
        db,
        `SELECT key, status, start_date AS startDate, end_date AS endDate,
           done_date AS doneDate, notes
         FROM steps ORDER BY position`,
      ),
      kickoff: readPlanKickoff(db),
      actors: readActors(db).map(({ name, organisation, role, steeringGroup }) => ({
        name,
        organisation,
        role,
        steeringGroup,
      })),
      strategicGoals: all(db, 'SELECT id, text FROM strategic_goals ORDER BY position, id'),
      indicators: indicators
        .filter((indicator) => indicator.inPlan)
        .map(({ name, unit, source, tableCode, regionLabel, values }) => ({
          name,
          unit,
          source,
          tableCode,
          regionLabel,
          values,
        })),
      charts: readCharts(db)
        .filter((chart) => chart.inPlan)
        .flatMap((chart) => {
          const spec = chartSpec(chart, byId);
          return spec ? [{ spec }] : [];
        }),
      swot: all<PlanSwotEntry>(
        db,
        `SELECT s.id, s.kind, s.text, s.evidence, coalesce(f.name, '') AS actionField
         FROM swot_entries s LEFT JOIN action_fields f ON f.id = s.action_field_id
         ORDER BY ${swotOrder('s.')}`,
      ),
      inventory: all(
        db,
        `SELECT m.title, m.sponsor, coalesce(f.name, '') AS actionField, m.status,
           m.description AS note
         FROM inventory_measures m LEFT JOIN action_fields f ON f.id = m.action_field_id
         ORDER BY m.position, m.id`,
      ),
      workshops: all<Omit<PlanData['workshops'][number], 'groups'>>(
        db,
        `SELECT id, title, date, place, participant_count AS participantCount FROM workshops
         ORDER BY position, id`,
      ).map((workshop) => ({ ...workshop, groups: groups.get(workshop.id) ?? [] })),
      actionFields: all(
        db,
        'SELECT id, name, description, color FROM action_fields ORDER BY position, id',
      ),
      projects: readProjects(db),
      // Concealed (brainwriting) and hidden cards are not part of what the room decided on.
      ideas: all<PlanIdea & { phase: Phase }>(
        db,
        `SELECT id, text, phase, dots, workshop_id AS workshopId, project_id AS projectId
         FROM ideas WHERE visibility = 'shown' ORDER BY project_id, position, id`,
      ),
      reviews: readPlanReviews(db),
      photos: photos ? readPlanPhotos(db) : [],
    };
  })();
}

export function listPlanVersions(db: Db): PlanVersion[] {
  return all(
    db,
    'SELECT id, label, created_at AS createdAt FROM plan_versions ORDER BY created_at DESC, id DESC',
  );
}

/** Stores a snapshot as a new version; part of the caller's user action (undo removes it). */
export function insertPlanVersion(writer: Writer, label: string, plan: PlanData): PlanVersion {
  const createdAt = plan.asOf;
  const id = writer.insert('plan_versions', {
    label,
    created_at: createdAt,
    snapshot: JSON.stringify(plan),
  });
  return { id, label, createdAt };
}

/** A frozen version with its snapshot, as it was stored. */
export function readPlanVersion(db: Db, id: number): { version: PlanVersion; plan: PlanData } {
  const row = db
    .prepare('SELECT id, label, created_at AS createdAt, snapshot FROM plan_versions WHERE id = ?')
    .get(id) as (PlanVersion & { snapshot: string }) | undefined;
  if (!row) throw new AppFailure('PLAN_VERSION_MISSING');
  const { snapshot, ...version } = row;
  const plan = upgradePlanData(JSON.parse(snapshot));
  if (!plan) {
    throw new AppFailure(
      'PLAN_VERSION_MISSING',
      `Die Fassung „${version.label}“ wurde mit einer neueren Version von Kommunalwerkstatt festgeschrieben und kann hier nicht exportiert werden.`,
    );
  }
  return { version, plan };
}

const optionsKey = 'export.options';

/** The remembered options; defaults for what was never saved or no longer fits the schema. */
export function readExportOptions(db: Db): ExportOptions {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(optionsKey) as
    { value: string } | undefined;
  if (!row) return defaultExportOptions;
  try {
    const stored = JSON.parse(row.value) as Partial<ExportOptions>;
    const merged = {
      ...defaultExportOptions,
      ...stored,
      sections: { ...defaultExportOptions.sections, ...stored.sections },
    };
    const parsed = exportOptionsSchema.safeParse(merged);
    return parsed.success ? parsed.data : defaultExportOptions;
  } catch {
    return defaultExportOptions;
  }
}

export function saveExportOptions(db: Db, options: ExportOptions): void {
  db.prepare(
    `INSERT INTO settings (key, value) VALUES (?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  ).run(optionsKey, JSON.stringify(options));
}
