// The contract: every method the UI may call, by name. Main, the web host and the renderer derive from it.
import { z } from 'zod';
import { appMethods } from './app';
import { backupMethods } from './backups';
import { historyMethods } from './history';
import { boardMethods } from './board';
import { kickoffMethods } from './kickoff';
import { kommuneMethods } from './kommune';
import { libraryMethods } from './library';
import { participationMethods } from './participation';
import { photoMethods } from './photos';
import { planMethods } from './plan';
import { profileMethods } from './profile';
import { statisticsMethods } from './statistics';
import { swotMethods } from './swot';
import { reviewMethods } from './reviews';
import { stepMethods } from './steps';
import { systemMethods } from './system';
import { timerMethods } from './timer';
import { workshopMethods } from './workshops';
import { workspaceMethods } from './workspace';
import type { MethodSpec } from './define';

// Validation messages reach the user; they speak German like the rest of the app.
z.config(z.locales.de());

export const contract = {
  ...appMethods,
  ...systemMethods,
  ...workspaceMethods,
  ...kommuneMethods,
  ...backupMethods,
  ...historyMethods,
  ...boardMethods,
  ...workshopMethods,
  ...timerMethods,
  ...planMethods,
  ...libraryMethods,
  ...profileMethods,
  ...statisticsMethods,
  ...swotMethods,
  ...stepMethods,
  ...kickoffMethods,
  ...reviewMethods,
  ...participationMethods,
  ...photoMethods,
} satisfies Record<string, MethodSpec<z.ZodType, unknown>>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;

/** What the caller passes (before defaults are applied). */
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
/** What the handler receives (after validation). */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> =
  Contract[M] extends MethodSpec<z.ZodType, infer O> ? O : never;

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}

export type { AppInfo } from './app';
export type { Backup, BackupReason } from './backups';
export type { HistoryState } from './history';
export type { PhaseTimer } from './timer';
export type {
  BoardActionField,
  BoardData,
  SyncPoint,
  BoardPatch,
  BoardProject,
  BoardWorkshop,
  Idea,
  IdeaTarget,
  Mutation,
} from './board';
export type {
  Catalogs,
  ExchangeImportResult,
  ExchangePreview,
  FactSheetChanges,
  LibraryFilters,
  LibraryProject,
  Milestone,
  ProjectSheet,
  SheetIdea,
  WrittenFile,
} from './library';
export type { DocumentFormat, ExportResult, PlanVersion, WrittenDocument } from './plan';
export type { Logo } from './kommune';
export type { ReviewDetail, ReviewSummary } from './reviews';
export type { Photo } from './photos';
export type { Capabilities } from './system';
export type {
  Indicator,
  IndicatorValue,
  InventoryMeasure,
  Profile,
  ProfileChart,
  SwotEntry,
} from './profile';
export type { ImportReport, PreviewSeries, StatisticsPreview } from './statistics';
export type {
  LaunchState,
  RecentWorkspace,
  WorkspaceCounts,
  WorkspaceFile,
  WorkspaceFileState,
  WorkspaceSummary,
} from './workspace';
