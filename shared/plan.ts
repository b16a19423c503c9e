// The Werkstattplan as data: the snapshot a document is built from (and a frozen version keeps),
// and the pure rules of its assembly — which sections appear, German formats, the quarter plan.
import type { ChartSpec } from './charts';
import type {
  AreaScope,
  Phase,
  Priority,
  ProjectGoal,
  ProjectStatus,
  StepKey,
  StepStatus,
  SwotKind,
} from './domain';
import type { Kickoff } from './process';
import type { IndicatorValue, InventoryStatus } from './profile/types';
import type { ReviewMeasure } from './review';

/**
 * Bumped when PlanData changes shape; frozen versions carry the number they were written with and
 * are read through `upgradePlanData` (planFormat.ts). 2: Kick-Off, Steuerungsgruppe, step done
 * dates, projects' creation time, the Zwischenbilanz per measure. 3: the Kommunalprofil (values
 * per time, charts, SWOT evidence, Träger and status of the Bestandsaufnahme).
 */
export const planFormatVersion = 3;

export interface PlanKommune {
  name: string;
  officialKey: string;
  state: string;
  district: string;
  inhabitants: number | null;
  consultant: string;
  /** "YYYY-MM" */
  periodStart: string | null;
  periodEnd: string | null;
  logo: PlanImage | null;
}

export interface PlanImage {
  mime: string;
  base64: string;
}

export interface PlanStep {
  key: StepKey;
  status: StepStatus;
  /** "YYYY-MM-DD": the planned period of the step. */
  startDate: string | null;
  endDate: string | null;
  /** "YYYY-MM-DD": when the step was finished. */
  doneDate: string | null;
  /** What the step brought about, as the chapter "Prozess" reports it. */
  notes: string;
}

export interface PlanActor {
  name: string;
  organisation: string;
  role: string;
  steeringGroup: boolean;
}

/** The Kick-Off as the plan reports it: its agreements as plain texts. */
export type PlanKickoff = Omit<Kickoff, 'agreements'> & { agreements: string[] };

export interface PlanGoal {
  id: number;
  text: string;
}

/** An indicator the user chose for the key figures table. */
export interface PlanIndicator {
  name: string;
  unit: string;
  source: string;
  /** The statistics table ("12411-01-01-4"); '' when typed in. */
  tableCode: string;
  regionLabel: string;
  values: IndicatorValue[];
}

/** A chart of the Kommunalprofil as the chart module draws it (the data, not the picture). */
export interface PlanChart {
  spec: ChartSpec;
}

export interface PlanSwotEntry {
  id: number;
  kind: SwotKind;
  text: string;
  evidence: string;
  /** The Handlungsfeld's name, '' when none. */
  actionField: string;
}

export interface PlanInventoryMeasure {
  title: string;
  /** Träger. */
  sponsor: string;
  /** The Handlungsfeld's name, '' when none. */
  actionField: string;
  status: InventoryStatus;
  note: string;
}

export interface PlanWorkshop {
  id: number;
  title: string;
  date: string | null;
  place: string;
  participantCount: number | null;
  groups: string[];
}

export interface PlanActionField {
  id: number;
  name: string;
  description: string;
  color: string;
}

export interface PlanProject {
  id: number;
  actionFieldId: number;
  title: string;
  description: string;
  lead: string;
  partners: string;
  /** "YYYY-MM" */
  startMonth: string | null;
  endMonth: string | null;
  budgetCents: number | null;
  funding: string;
  indicators: string;
  priority: Priority | null;
  keyMeasure: boolean;
  status: ProjectStatus;
  projectGoal: ProjectGoal | null;
  projectType: string;
  areaScope: AreaScope | null;
  dots: number;
  milestones: { month: string | null; text: string }[];
  targetGroups: string[];
  strategicGoalIds: number[];
  swotIds: number[];
  /** Tells the project from a later one with the same id (null in Fassungen before format 2). */
  createdAt: string | null;
}

export interface PlanIdea {
  id: number;
  text: string;
  phase: Phase;
  dots: number;
  workshopId: number | null;
  projectId: number | null;
}

/** A photo of a paper pinboard for the annex, with the alt text the facilitator wrote. */
export interface PlanPhoto {
  id: number;
  workshopId: number | null;
  altText: string;
  createdAt: string;
  image: PlanImage;
}

export interface PlanReview {
  id: number;
  /** "YYYY-MM-DD" */
  date: string;
  /** The Fassung it compares with ('' when unknown). */
  versionLabel: string;
  notes: string;
  adjustments: string;
  measures: ReviewMeasure[];
}

/** Everything the Werkstattplan shows, as JSON: what `plan:freeze` stores and the export reads. */
export interface PlanData {
  formatVersion: typeof planFormatVersion;
  /** ISO timestamp of the moment the data was read (the "Stand" of the plan). */
  asOf: string;
  kommune: PlanKommune;
  steps: PlanStep[];
  kickoff: PlanKickoff;
  actors: PlanActor[];
  strategicGoals: PlanGoal[];
  /** Those chosen for the plan, in the user's order. */
  indicators: PlanIndicator[];
  /** Those chosen for the plan, in the user's order. */
  charts: PlanChart[];
  swot: PlanSwotEntry[];
  inventory: PlanInventoryMeasure[];
  workshops: PlanWorkshop[];
  /** In the user's order; the document leaves out those without projects. */
  actionFields: PlanActionField[];
  /** Grouped by Handlungsfeld, each group in the board's order. */
  projects: PlanProject[];
  ideas: PlanIdea[];
  reviews: PlanReview[];
  /** Absent in versions frozen before phones could send photos: read as none. */
  photos?: PlanPhoto[];
}

export const planSectionKeys = [
  'ausgangslage',
  'prozess',
  'leitziele',
  'massnahmen',
  'uebersicht',
  'zwischenbilanz',
] as const;
export type PlanSectionKey = (typeof planSectionKeys)[number];

export const planSectionTitles: Record<PlanSectionKey, string> = {
  ausgangslage: 'Ausgangslage',
  prozess: 'Prozess',
  leitziele: 'Leitziele',
  massnahmen: 'Handlungsfelder und Maßnahmen',
  uebersicht: 'Maßnahmenübersicht',
  zwischenbilanz: 'Umsetzung und Zwischenbilanz',
};

export interface ExportOptions {
  title: string;
  versionLabel: string;
  sections: Record<PlanSectionKey, boolean>;
  ideaAnnex: boolean;
  /** Actors appear with organisation and role only. */
  anonymiseNames: boolean;
  /**
   * Projects whose Steckbrief is mostly empty (`steckbriefMostlyEmpty`): listed together in the
   * table "Weitere Projektideen" after the Steckbriefe (a council adopts measures, not skeleton
   * tables), or printed as Steckbrief each with the mark "Steckbrief unvollständig".
   */
  mostlyEmptySheets: MostlyEmptySheets;
  /** A Vorwort after the contents (say, by the Bürgermeisterin); off by default. */
  foreword: OptionalText;
  /** A Beschlussvorschlag at the end, as the council's template for a Vorlage expects one. */
  resolution: OptionalText;
}

/** A text of the municipality's own, printed only when `included`. */
export interface OptionalText {
  included: boolean;
  text: string;
}

export const mostlyEmptySheetChoices = ['ideasTable', 'marked'] as const;
export type MostlyEmptySheets = (typeof mostlyEmptySheetChoices)[number];

export const defaultExportOptions: ExportOptions = {
  title: 'Werkstattplan',
  versionLabel: 'Entwurf',
  sections: {
    ausgangslage: true,
    prozess: true,
    leitziele: true,
    massnahmen: true,
    uebersicht: true,
    zwischenbilanz: true,
  },
  ideaAnnex: true,
  anonymiseNames: true,
  mostlyEmptySheets: 'ideasTable',
  foreword: { included: false, text: '' },
  resolution: { included: false, text: '' },
};

/** A Beschlussvorschlag to start from: the council adopts the plan as the strategy's basis. */
export function resolutionTemplate(kommune: string, title: string, versionLabel: string): string {
  return [
    `Der Rat der Kommune ${kommune} beschließt den ${title} (Fassung „${versionLabel}“) als Grundlage der Demografiestrategie.`,
    'Die Verwaltung wird beauftragt, die Schlüsselmaßnahmen vorrangig umzusetzen, Fördermittel zu beantragen und dem Rat in der Zwischenbilanz über den Stand der Maßnahmen zu berichten.',
  ].join('\n');
}

export interface PlanChapter {
  key: PlanSectionKey | 'anhang' | 'vorwort' | 'beschlussvorschlag';
  /** "1", "2", …; null for the Vorwort, the Anhang and the Beschlussvorschlag. */
  number: string | null;
  title: string;
}

/** Whether a section has anything to say; a section without data is left out, not printed empty. */
export function sectionHasData(plan: PlanData, key: PlanSectionKey): boolean {
  switch (key) {
    case 'ausgangslage':
      return (
        plan.indicators.some((indicator) => indicator.values.length > 0) ||
        plan.charts.length > 0 ||
        plan.swot.length > 0 ||
        plan.inventory.length > 0
      );
    case 'prozess':
      return (
        plan.steps.some(
          (step) =>
            step.status !== 'offen' ||
            step.startDate !== null ||
            step.endDate !== null ||
            step.notes.trim() !== '',
        ) ||
        kickoffHasData(plan.kickoff) ||
        plan.workshops.length > 0 ||
        plan.actors.length > 0
      );
    case 'leitziele':
      return plan.strategicGoals.length > 0;
    case 'massnahmen':
    case 'uebersicht':
      return plan.projects.length > 0;
    case 'zwischenbilanz':
      return plan.reviews.length > 0;
  }
}

/** Whether anything about the Kick-Off was recorded. */
export function kickoffHasData(kickoff: PlanKickoff): boolean {
  return (
    kickoff.date !== null ||
    kickoff.place.trim() !== '' ||
    kickoff.participantCount !== null ||
    kickoff.invitedBy.trim() !== '' ||
    kickoff.headPresent ||
    kickoff.nextSteps.trim() !== '' ||
    kickoff.agreements.length > 0
  );
}

/** The chapters the document will have, numbered in the order they appear. */
export function planOutline(plan: PlanData, options: ExportOptions): PlanChapter[] {
  const chapters: PlanChapter[] = planSectionKeys
    .filter((key) => options.sections[key] && sectionHasData(plan, key))
    .map((key, index) => ({ key, number: String(index + 1), title: planSectionTitles[key] }));
  const included = (text: OptionalText) => text.included && text.text.trim() !== '';
  if (included(options.foreword)) {
    chapters.unshift({ key: 'vorwort', number: null, title: 'Vorwort' });
  }
  const photos = plan.photos?.length ?? 0;
  if (options.ideaAnnex && (plan.ideas.length > 0 || photos > 0)) {
    chapters.push({
      key: 'anhang',
      number: null,
      title:
        photos > 0
          ? 'Anhang: Ideen und Fotos aus der Zukunftswerkstatt'
          : 'Anhang: Ideen aus der Zukunftswerkstatt',
    });
  }
  if (included(options.resolution)) {
    chapters.push({ key: 'beschlussvorschlag', number: null, title: 'Beschlussvorschlag' });
  }
  return chapters;
}

const monthNames = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
];

const monthPattern = /^(\d{4})-(\d{2})$/;
const datePattern = /^(\d{4})-(\d{2})-(\d{2})/;

/** Months since year 0 for "YYYY-MM", or null. */
export function monthIndex(month: string | null): number | null {
  const match = month === null ? null : monthPattern.exec(month);
  if (!match) return null;
  const number = Number(match[2]);
  return number >= 1 && number <= 12 ? Number(match[1]) * 12 + number - 1 : null;
}

/** "2026-10" → "Oktober 2026". */
export function formatMonth(month: string | null): string {
  const index = monthIndex(month);
  return index === null ? '' : `${monthNames[index % 12]} ${Math.floor(index / 12)}`;
}

/** "Oktober 2026 – Dezember 2028", "ab Oktober 2026", "bis Dezember 2028", or ''. */
export function formatPeriod(start: string | null, end: string | null): string {
  const from = formatMonth(start);
  const to = formatMonth(end);
  if (from && to) return from === to ? from : `${from} – ${to}`;
  if (from) return `ab ${from}`;
  if (to) return `bis ${to}`;
  return '';
}

/** "2026-05-09" (or an ISO timestamp) → "09.05.2026". */
export function formatDate(date: string | null): string {
  const match = date === null ? null : datePattern.exec(date);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : '';
}

/** "2026-05-09" → "9. Mai 2026". */
export function formatLongDate(date: string): string {
  const match = datePattern.exec(date);
  if (!match) return '';
  return `${Number(match[3])}. ${monthNames[Number(match[2]) - 1] ?? ''} ${match[1]}`;
}

/** "09.05.2026 – 20.06.2026", one date, or ''. */
export function formatDateRange(start: string | null, end: string | null): string {
  const from = formatDate(start);
  const to = formatDate(end);
  if (from && to) return from === to ? from : `${from} – ${to}`;
  return from || to;
}

const thousands = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** German number: "13.120", "26,4", "-87". */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  const [whole = '0', fraction] = Math.abs(rounded).toString().split('.');
  const sign = rounded < 0 ? '-' : '';
  return `${sign}${thousands(whole)}${fraction ? `,${fraction}` : ''}`;
}

/** German currency, whole euros without cents: "420.000 €", "1.234,50 €" (non-breaking space). */
export function formatEuro(cents: number): string {
  const euros = thousands(Math.floor(cents / 100).toString());
  const rest = cents % 100;
  return `${euros}${rest === 0 ? '' : `,${rest.toString().padStart(2, '0')}`}\u00a0€`;
}

export interface TimelineColumn {
  /** "Q1" … "Q4", or the year when the plan spans too long for quarters. */
  label: string;
  /** First and last month index the column covers. */
  first: number;
  last: number;
}

export interface Timeline {
  unit: 'quarter' | 'year';
  columns: TimelineColumn[];
  /** The year row above the columns: label and how many columns it spans. */
  years: { label: string; span: number }[];
}

/** More quarters than this do not fit the landscape page; the plan then counts in years. */
export const maxQuarterColumns = 16;
export const maxYearColumns = 16;

/** The months a project occupies: start to end, or the one month it names. */
export function projectMonths(project: {
  startMonth: string | null;
  endMonth: string | null;
}): [number, number] | null {
  const start = monthIndex(project.startMonth);
  const end = monthIndex(project.endMonth);
  if (start === null && end === null) return null;
  const first = start ?? (end as number);
  const last = end ?? first;
  return last >= first ? [first, last] : [first, first];
}

/**
 * The Zeitplan's columns for all projects: quarters from the earliest start to the latest end,
 * or years when that is more than `maxQuarterColumns` quarters (then at most `maxYearColumns`
 * years from the earliest start). Null when no project has a date.
 */
export function planTimeline(
  projects: readonly { startMonth: string | null; endMonth: string | null }[],
): Timeline | null {
  let first = Infinity;
  let last = -Infinity;
  for (const project of projects) {
    const months = projectMonths(project);
    if (!months) continue;
    first = Math.min(first, months[0]);
    last = Math.max(last, months[1]);
  }
  if (first === Infinity) return null;
  const firstQuarter = Math.floor(first / 3);
  const lastQuarter = Math.floor(last / 3);
  if (lastQuarter - firstQuarter + 1 <= maxQuarterColumns) {
    const columns: TimelineColumn[] = [];
    const years: Timeline['years'] = [];
    for (let quarter = firstQuarter; quarter <= lastQuarter; quarter++) {
      columns.push({ label: `Q${(quarter % 4) + 1}`, first: quarter * 3, last: quarter * 3 + 2 });
      const year = String(Math.floor(quarter / 4));
      const current = years.at(-1);
      if (current?.label === year) current.span++;
      else years.push({ label: year, span: 1 });
    }
    return { unit: 'quarter', columns, years };
  }
  const firstYear = Math.floor(first / 12);
  const lastYear = Math.min(Math.floor(last / 12), firstYear + maxYearColumns - 1);
  const columns: TimelineColumn[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    columns.push({ label: String(year), first: year * 12, last: year * 12 + 11 });
  }
  return { unit: 'year', columns, years: [] };
}

/** For each column of the timeline: does the project run in it? */
export function timelineCells(
  timeline: Timeline,
  project: { startMonth: string | null; endMonth: string | null },
): boolean[] {
  const months = projectMonths(project);
  return timeline.columns.map(
    (column) => months !== null && months[0] <= column.last && months[1] >= column.first,
  );
}
