// The Projektbibliothek's vocabulary: library rows, fact sheets, catalogues, exchange results and
// the limits every fact-sheet text (typed or imported) has to keep.
import type { AreaScope, Phase, Priority, ProjectGoal, ProjectStatus, SwotKind } from './domain';

/** Filters of the library; kinds combine with AND, values within a kind with OR. */
export interface LibraryFilters {
  actionFieldIds?: number[];
  targetGroupIds?: number[];
  statuses?: ProjectStatus[];
  priorities?: Priority[];
  projectGoals?: ProjectGoal[];
  areaScopes?: AreaScope[];
  keyMeasure?: boolean;
}

/** Kinds combine with AND, values within a kind with OR; an absent or empty list does not filter. */
export function matchesLibraryFilters(project: LibraryProject, filters: LibraryFilters): boolean {
  const anyOf = <T>(values: readonly T[] | undefined, value: T) =>
    values === undefined || values.length === 0 || values.includes(value);
  const groups = filters.targetGroupIds;
  return (
    anyOf(filters.actionFieldIds, project.actionFieldId) &&
    (groups === undefined ||
      groups.length === 0 ||
      project.targetGroupIds.some((id) => groups.includes(id))) &&
    anyOf(filters.statuses, project.status) &&
    anyOf<Priority | null>(filters.priorities, project.priority) &&
    anyOf<ProjectGoal | null>(filters.projectGoals, project.projectGoal) &&
    anyOf<AreaScope | null>(filters.areaScopes, project.areaScope) &&
    (filters.keyMeasure === undefined || project.keyMeasure === filters.keyMeasure)
  );
}

/** One project as the library lists it. */
export interface LibraryProject {
  id: number;
  title: string;
  description: string;
  actionFieldId: number;
  actionFieldName: string;
  /** In the catalogue's order, like `targetGroupNames`. */
  targetGroupIds: number[];
  targetGroupNames: string[];
  lead: string;
  partners: string;
  /** "YYYY-MM". */
  startMonth: string | null;
  endMonth: string | null;
  budgetCents: number | null;
  priority: Priority | null;
  status: ProjectStatus;
  keyMeasure: boolean;
  projectGoal: ProjectGoal | null;
  projectType: string;
  areaScope: AreaScope | null;
  /** The project's own dots plus those of its ideas. */
  dots: number;
  /** The municipality it was imported from; '' for the workspace's own projects. */
  origin: string;
  ideaCount: number;
  /** Texts of the project's ideas that contain a word of the query, in their order; [] without query. */
  matchedIdeaTexts: string[];
}

export interface Milestone {
  id: number;
  month: string | null;
  text: string;
  position: number;
}

/** An idea the project came from, with where it was written down. */
export interface SheetIdea {
  id: number;
  text: string;
  phase: Phase;
  workshopTitle: string | null;
  groupName: string | null;
  dots: number;
}

/** The fact sheet (Projektsteckbrief): every field of a project. */
export type ProjectSheet = LibraryProject & {
  funding: string;
  indicators: string;
  strategicGoalIds: number[];
  swotEntryIds: number[];
  milestones: Milestone[];
  ideas: SheetIdea[];
  createdAt: string;
  updatedAt: string;
};

export interface Catalogs {
  actionFields: {
    id: number;
    name: string;
    color: string;
    position: number;
    hidden: boolean;
    projectCount: number;
  }[];
  targetGroups: { id: number; name: string; position: number; projectCount: number }[];
  strategicGoals: { id: number; text: string; position: number; projectCount: number }[];
  swotEntries: { id: number; kind: SwotKind; text: string; position: number }[];
}

/** A file the backend wrote: a project file or a CSV table. */
export interface WrittenFile {
  /** Absolute. */
  path: string;
  /** Opaque: downloads the file (browser mode) or opens it (`system:openFile`). */
  handle: string;
  /** Projects in it. */
  count: number;
  bytes: number;
}

export interface ExchangePreview {
  /** The municipality the file comes from. */
  origin: string;
  projects: {
    /** Position in the file, as `exchange:import` takes it in `indexes`. */
    index: number;
    title: string;
    actionFieldName: string;
    /** A project of this workspace that is likely the same (see `duplicateKey`). */
    duplicateOfId: number | null;
    duplicateOfTitle: string | null;
  }[];
  /** Handlungsfelder and Zielgruppen the import would create (no folded match here). */
  newActionFields: string[];
  newTargetGroups: string[];
}

export interface ExchangeImportResult {
  imported: number;
  projectIds: number[];
}

/** Longest texts of the fact sheet, in characters; the exchange file keeps the same limits. */
export const factSheetLimits = {
  title: 200,
  description: 20_000,
  lead: 300,
  partners: 2_000,
  funding: 2_000,
  indicators: 5_000,
  projectType: 120,
  milestoneText: 500,
  targetGroupName: 80,
  strategicGoalText: 500,
  actionFieldName: 80,
  origin: 160,
} as const;

/** Largest budget: 100 billion euros, in cents. */
export const maxBudgetCents = 10 ** 13;

/** "YYYY-MM" with a month from 01 to 12. */
export const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

export const exchangeFormatName = 'kommunalwerkstatt-projekte';
export const exchangeFormatVersion = 1;
export const exchangeExtension = '.werkstatt-projekte';
/** Largest project file read (checked before reading or parsing). */
export const exchangeMaxBytes = 20 * 1000 * 1000;
/** Largest request body of the two methods that carry a file's text (the browser's upload). */
export const exchangeUploadMaxBytes = 25 * 1024 * 1024;
export const exchangeMaxProjects = 10_000;
export const exchangeMaxIdeasPerProject = 1_000;
export const exchangeMaxMilestonesPerProject = 200;
export const exchangeMaxLinksPerProject = 100;
