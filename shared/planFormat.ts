// Frozen Fassungen keep the PlanData of the app version that froze them. Older shapes are brought
// to today's on reading, so a Fassung stays exportable and comparable for as long as the file lives.
import type { ProjectStatus } from './domain';
import { planFormatVersion } from './plan';
import type { PlanData } from './plan';

/** What format 1 stored differently from today's PlanData. */
interface PlanDataV1 extends Omit<
  PlanData,
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

function fromVersion1(plan: PlanDataV1): PlanData {
  return {
    ...plan,
    formatVersion: planFormatVersion,
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

/**
 * A stored snapshot as today's PlanData; undefined when it is not one, or comes from a newer
 * version of the app (whose fields this one cannot know).
 */
export function upgradePlanData(stored: unknown): PlanData | undefined {
  if (typeof stored !== 'object' || stored === null) return undefined;
  const version = (stored as { formatVersion?: unknown }).formatVersion;
  if (version === planFormatVersion) return stored as PlanData;
  if (version === 1) return fromVersion1(stored as PlanDataV1);
  return undefined;
}
