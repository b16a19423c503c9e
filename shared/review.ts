// The Zwischenbilanz: each measure of the adopted Fassung beside today's state — what was recorded
// for it, whether it was added or dropped since, and where period, budget or lead now differ.
import type { ProjectStatus, TrafficLight } from './domain';
import { formatEuro, formatPeriod } from './plan';

/** Relative to the Fassung; null when there is no Fassung to compare with (it was deleted). */
export type MeasureChange = 'unchanged' | 'added' | 'dropped' | null;

export interface MeasureDifference {
  /** "Titel", "Zeitraum", "Budget", "Verantwortlich" */
  label: string;
  /** As the Fassung has it ('' when it had nothing). */
  then: string;
  now: string;
}

/** What is recorded about a measure in a Zwischenbilanz. */
export interface RecordedFields {
  /** Where the measure stands at the review. */
  status: ProjectStatus;
  trafficLight: TrafficLight | null;
  progress: string;
  barriers: string;
  enablers: string;
  nextSteps: string;
  /** Where the indicators stand at the review. */
  indicatorNow: string;
}

/** One measure as the Zwischenbilanz shows, saves and exports it. */
export interface ReviewMeasure extends RecordedFields {
  /** The recorded entry; null while nothing was recorded for the measure. */
  entryId: number | null;
  /** The project today; null when it no longer exists. */
  projectId: number | null;
  /** The project's id in the Fassung; null when it is not in the Fassung. */
  versionProjectId: number | null;
  change: MeasureChange;
  actionField: string;
  title: string;
  /** The indicators and target values as the Fassung named them (today's for a new measure). */
  indicatorTarget: string;
  differences: MeasureDifference[];
}

/** A measure's facts as the comparison needs them, from the Fassung or from today's projects. */
export interface MeasureFacts {
  id: number;
  actionField: string;
  title: string;
  lead: string;
  startMonth: string | null;
  endMonth: string | null;
  budgetCents: number | null;
  status: ProjectStatus;
  indicators: string;
  /** Tells a project from a later one that got the same id; null when unknown (older Fassungen). */
  createdAt: string | null;
}

/** What was recorded for one measure (a row of review_entries). */
export interface ReviewEntry extends RecordedFields {
  id: number;
  projectId: number | null;
  versionProjectId: number | null;
  /** The title when the entry was last tied to a project, for a project deleted since. */
  projectTitle: string;
}

export interface ReviewSources {
  /** The Fassung's measures in its order; null when the Fassung is gone. */
  adopted: readonly MeasureFacts[] | null;
  /** Today's projects in the board's order. */
  today: readonly MeasureFacts[];
  entries: readonly ReviewEntry[];
}

const sameProject = (adopted: MeasureFacts, today: MeasureFacts) =>
  adopted.id === today.id &&
  (adopted.createdAt === null || today.createdAt === null || adopted.createdAt === today.createdAt);

/** The differences worth showing side by side: title, period, budget and lead. */
export function measureDifferences(then: MeasureFacts, now: MeasureFacts): MeasureDifference[] {
  const budget = (cents: number | null) => (cents === null ? '' : formatEuro(cents));
  const pairs: [string, string, string][] = [
    ['Titel', then.title, now.title],
    [
      'Zeitraum',
      formatPeriod(then.startMonth, then.endMonth),
      formatPeriod(now.startMonth, now.endMonth),
    ],
    ['Budget', budget(then.budgetCents), budget(now.budgetCents)],
    ['Verantwortlich', then.lead, now.lead],
  ];
  return pairs
    .filter(([, before, after]) => before.trim() !== after.trim())
    .map(([label, before, after]) => ({ label, then: before, now: after }));
}

/**
 * Every measure of the review: today's projects (unchanged or added since the Fassung), then the
 * Fassung's measures that no longer exist, and entries whose project was deleted — each placed with
 * its Handlungsfeld, in today's order of the fields.
 */
export function reviewMeasures({ adopted, today, entries }: ReviewSources): ReviewMeasure[] {
  const byProject = new Map(
    entries.filter((e) => e.projectId !== null).map((e) => [e.projectId, e]),
  );
  const orphans = entries.filter((entry) => entry.projectId === null);
  const measures: ReviewMeasure[] = [];
  const matched = new Set<MeasureFacts>();

  for (const project of today) {
    const then = adopted?.find((candidate) => sameProject(candidate, project));
    if (then) matched.add(then);
    const entry = byProject.get(project.id);
    measures.push(
      measure(entry, {
        projectId: project.id,
        versionProjectId: then?.id ?? null,
        change: adopted === null ? null : then ? 'unchanged' : 'added',
        facts: project,
        indicatorTarget: (then ?? project).indicators,
        differences: then ? measureDifferences(then, project) : [],
      }),
    );
  }
  for (const then of adopted ?? []) {
    if (matched.has(then)) continue;
    const entry = orphans.find((candidate) => candidate.versionProjectId === then.id);
    measures.push(
      measure(entry, {
        projectId: null,
        versionProjectId: then.id,
        change: 'dropped',
        facts: then,
        indicatorTarget: then.indicators,
        differences: [],
      }),
    );
  }
  const adoptedIds = new Set(adopted?.map((then) => then.id) ?? []);
  for (const entry of orphans) {
    if (entry.versionProjectId !== null && adoptedIds.has(entry.versionProjectId)) continue;
    measures.push({
      ...recorded(entry),
      entryId: entry.id,
      projectId: null,
      versionProjectId: null,
      change: adopted === null ? null : 'dropped',
      actionField: '',
      title: entry.projectTitle || 'Maßnahme (gelöscht)',
      indicatorTarget: '',
      differences: [],
    });
  }
  return inFieldOrder(measures, today);
}

interface Placement {
  projectId: number | null;
  versionProjectId: number | null;
  change: MeasureChange;
  facts: MeasureFacts;
  indicatorTarget: string;
  differences: MeasureDifference[];
}

function measure(entry: ReviewEntry | undefined, placement: Placement): ReviewMeasure {
  const { facts, ...rest } = placement;
  return {
    ...rest,
    ...(entry ? recorded(entry) : blank(facts.status)),
    entryId: entry?.id ?? null,
    actionField: facts.actionField,
    title: facts.title,
  };
}

const recorded = (entry: ReviewEntry): RecordedFields => ({
  status: entry.status,
  trafficLight: entry.trafficLight,
  progress: entry.progress,
  barriers: entry.barriers,
  enablers: entry.enablers,
  nextSteps: entry.nextSteps,
  indicatorNow: entry.indicatorNow,
});

const blank = (status: ProjectStatus): RecordedFields => ({
  status,
  trafficLight: null,
  progress: '',
  barriers: '',
  enablers: '',
  nextSteps: '',
  indicatorNow: '',
});

/** Grouped by Handlungsfeld in today's order of the fields; fields known only to the Fassung last. */
function inFieldOrder(measures: ReviewMeasure[], today: readonly MeasureFacts[]): ReviewMeasure[] {
  const order = [...new Set(today.map((project) => project.actionField))];
  const rank = (field: string) => {
    const index = order.indexOf(field);
    return index === -1 ? order.length + (field === '' ? 1 : 0) : index;
  };
  return measures
    .map((item, index) => ({ item, index }))
    .sort((a, b) => rank(a.item.actionField) - rank(b.item.actionField) || a.index - b.index)
    .map(({ item }) => item);
}

/** How the Zwischenbilanz marks a measure added or dropped since the Fassung. */
export const changeLabels: Record<Exclude<MeasureChange, null | 'unchanged'>, string> = {
  added: 'neu seit der Fassung',
  dropped: 'entfallen seit der Fassung',
};
