// Frozen Fassungen keep the PlanData of the app version that froze them. Older shapes are brought
// to today's on reading, one format at a time, so a Fassung stays exportable and comparable for as
// long as the file lives.
import type { ProjectStatus, SwotKind } from './domain';
import { planFormatVersion } from './plan';
import type { PlanData } from './plan';

/** What format 2 stored differently: indicator values by year, no charts, plain SWOT entries. */
interface PlanDataV2 extends Omit<
  PlanData,
  'formatVersion' | 'indicators' | 'charts' | 'swot' | 'inventory'
> {
  formatVersion: 2;
  indicators: {
    name: string;
    unit: string;
    source: string;
    values: { year: number; value: number }[];
  }[];
  swot: { id: number; kind: SwotKind; text: string }[];
  inventory: { title: string; description: string; actionField: string }[];
}

/** What format 1 stored differently from format 2: no Kick-Off, Steuerungsgruppe or done dates. */
interface PlanDataV1 extends Omit<
  PlanDataV2,
  'formatVersion' | 'steps' | 'kickoff' | 'actors' | 'projects' | 'reviews'
> {
  formatVersion: 1;
  steps: Omit<PlanData['steps'][number], 'doneDate'>[];
  actors: Omit<PlanData['actors'][number], 'steeringGroup'>[];
  projects: Omit<PlanData['projects'][number], 'createdAt'>[];
  reviews: {
    id: number;
    date: string;
    notes: string;
    entries: {
      projectTitle: string;
      status: ProjectStatus;
      progress: string;
      barriers: string;
      enablers: string;
    }[];
  }[];
}

export const noKickoff: PlanData['kickoff'] = {
  date: null,
  place: '',
  participantCount: null,
  invitedBy: '',
  headPresent: false,
  nextSteps: '',
  agreements: [],
};

/** Format 2 added the Kick-Off, the Steuerungsgruppe, done dates and the Zwischenbilanz per measure. */
function fromVersion1(plan: PlanDataV1): PlanDataV2 {
  return {
    ...plan,
    formatVersion: 2,
    steps: plan.steps.map((step) => ({ ...step, doneDate: null })),
    kickoff: noKickoff,
    actors: plan.actors.map((actor) => ({ ...actor, steeringGroup: false })),
    projects: plan.projects.map((project) => ({ ...project, createdAt: null })),
    reviews: plan.reviews.map(({ entries, ...review }) => ({
      ...review,
      versionLabel: '',
      adjustments: '',
      measures: entries.map((entry) => ({
        entryId: null,
        projectId: null,
        versionProjectId: null,
        change: null,
        actionField: '',
        title: entry.projectTitle,
        status: entry.status,
        trafficLight: null,
        progress: entry.progress,
        barriers: entry.barriers,
        enablers: entry.enablers,
        nextSteps: '',
        indicatorTarget: '',
        indicatorNow: '',
        differences: [],
      })),
    })),
  };
}

/** Format 3 added the Kommunalprofil: values per time with flags, charts, SWOT evidence, Träger. */
function fromVersion2(plan: PlanDataV2): PlanData {
  return {
    ...plan,
    formatVersion: planFormatVersion,
    indicators: plan.indicators.map(({ values, ...indicator }) => ({
      ...indicator,
      tableCode: '',
      regionLabel: '',
      values: values.map(({ year, value }) => ({
        time: String(year),
        value,
        flag: null,
        quality: null,
      })),
    })),
    charts: [],
    swot: plan.swot.map((entry) => ({ ...entry, evidence: '', actionField: '' })),
    inventory: plan.inventory.map(({ description, ...measure }) => ({
      ...measure,
      sponsor: '',
      status: 'laufend',
      note: description,
    })),
  };
}

/**
 * A stored snapshot as today's PlanData; undefined when it is not one, or comes from a newer
 * version of the app (whose fields this one cannot know).
 */
export function upgradePlanData(stored: unknown): PlanData | undefined {
  if (typeof stored !== 'object' || stored === null) return undefined;
  const version = (stored as { formatVersion?: unknown }).formatVersion;
  if (version === planFormatVersion) return stored as PlanData;
  if (version === 2) return fromVersion2(stored as PlanDataV2);
  if (version === 1) return fromVersion2(fromVersion1(stored as PlanDataV1));
  return undefined;
}
