// The `.werkstatt-projekte` file (Interkommunaler Austausch, version 1; documented in the README):
// its schema with the fact sheet's limits, and parsing that refuses anything else with a typed error.
import { z } from 'zod';
import { ideaText } from '../../../shared/contract/board';
import {
  areaScopes,
  maxDots,
  phases,
  priorities,
  projectGoals,
  projectStatuses,
} from '../../../shared/domain';
import { AppFailure } from '../../../shared/errors';
import { multiLineText, singleLineText } from '../../../shared/text';
import {
  exchangeFormatName,
  exchangeFormatVersion,
  exchangeMaxBytes,
  exchangeMaxIdeasPerProject,
  exchangeMaxLinksPerProject,
  exchangeMaxMilestonesPerProject,
  exchangeMaxProjects,
  factSheetLimits,
  maxBudgetCents,
  monthPattern,
} from '../../../shared/library';

/** A one-line text; `required`: not empty (after trimming). Cleaned by the one text rule. */
const line = (max: number, required = false) =>
  singleLineText({
    max,
    tooLong: `höchstens ${max.toLocaleString('de-DE')} Zeichen`,
    ...(required && { required: 'ist leer' }),
  });

const paragraph = (max: number, required = false) =>
  multiLineText({
    max,
    tooLong: `höchstens ${max.toLocaleString('de-DE')} Zeichen`,
    ...(required && { required: 'ist leer' }),
  });

const month = z.string().regex(monthPattern, 'kein Monat wie 2027-03').nullable();

const count = z.number().int('keine ganze Zahl').min(0, 'negativ').max(maxDots, 'zu groß');

/** Cards hold what the board accepts (ideaText), so every idea of a workspace can travel. */
const idea = z.object({
  text: ideaText,
  phase: z.enum(phases),
  dots: count,
});

const milestone = z.object({
  month,
  text: line(factSheetLimits.milestoneText, true),
});

const list = <T extends z.ZodType>(item: T, max: number) =>
  z.array(item).max(max, `höchstens ${max.toLocaleString('de-DE')} Einträge`);

const project = z
  .object({
    title: line(factSheetLimits.title, true),
    description: paragraph(factSheetLimits.description),
    actionField: line(factSheetLimits.actionFieldName, true),
    targetGroups: list(line(factSheetLimits.targetGroupName, true), exchangeMaxLinksPerProject),
    strategicGoals: list(
      paragraph(factSheetLimits.strategicGoalText, true),
      exchangeMaxLinksPerProject,
    ),
    lead: line(factSheetLimits.lead),
    partners: paragraph(factSheetLimits.partners),
    startMonth: month,
    endMonth: month,
    budgetCents: z
      .number()
      .int('keine ganze Zahl')
      .min(0, 'negativ')
      .max(maxBudgetCents, 'zu groß')
      .nullable(),
    funding: paragraph(factSheetLimits.funding),
    indicators: paragraph(factSheetLimits.indicators),
    priority: z.enum(priorities).nullable(),
    keyMeasure: z.boolean(),
    status: z.enum(projectStatuses),
    projectGoal: z.enum(projectGoals).nullable(),
    projectType: line(factSheetLimits.projectType),
    areaScope: z.enum(areaScopes).nullable(),
    dots: count,
    /** Where the project came from before this file ('' : from the exporting municipality). */
    origin: line(factSheetLimits.origin),
    milestones: list(milestone, exchangeMaxMilestonesPerProject),
    ideas: list(idea, exchangeMaxIdeasPerProject),
  })
  .refine(
    (value) =>
      value.startMonth === null || value.endMonth === null || value.endMonth >= value.startMonth,
    { message: 'Das Ende liegt vor dem Beginn', path: ['endMonth'] },
  );

export const exchangeFileSchema = z.object({
  format: z.literal(exchangeFormatName),
  version: z.literal(exchangeFormatVersion),
  exportedAt: z.string().max(40),
  origin: z.object({
    name: line(factSheetLimits.origin, true),
    state: line(factSheetLimits.origin),
    district: line(factSheetLimits.origin),
  }),
  projects: list(project, exchangeMaxProjects),
});

export type ExchangeFile = z.infer<typeof exchangeFileSchema>;
export type ExchangeProject = ExchangeFile['projects'][number];

/**
 * The file's bytes as written: pretty JSON (people may read it), refused when this app could not
 * read it back (a limit the workspace exceeds, or above the size limit).
 */
export function exchangeFileBytes(file: ExchangeFile): Buffer {
  if (file.projects.length === 0) {
    throw new AppFailure('INVALID_INPUT', 'Es ist kein Projekt zum Exportieren ausgewählt.');
  }
  const checked = exchangeFileSchema.safeParse(file);
  if (!checked.success) {
    throw new AppFailure(
      'EXPORT_FAILED',
      `Die Projektdatei wurde nicht geschrieben, denn sie ließe sich so nicht importieren: ${describeIssue(checked.error.issues[0], file)}.`,
    );
  }
  const bytes = Buffer.from(`${JSON.stringify(checked.data, null, 2)}\n`, 'utf8');
  if (bytes.length > exchangeMaxBytes) {
    throw new AppFailure(
      'EXCHANGE_TOO_LARGE',
      'Die Projektdatei würde größer als 20 MB und ließe sich nicht mehr importieren. Bitte wählen Sie weniger Projekte aus.',
    );
  }
  return bytes;
}

const invalid = (detail: string) =>
  new AppFailure(
    'EXCHANGE_INVALID',
    `Die Projektdatei ist beschädigt oder unvollständig (${detail}). Es wurde nichts importiert.`,
  );

/** Parses a project file's text; anything but a complete, valid file is a typed failure. */
export function parseExchangeFile(text: string): ExchangeFile {
  let data: unknown;
  try {
    data = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    throw invalid('kein gültiges JSON');
  }
  assertSupported(data);
  const parsed = exchangeFileSchema.safeParse(data);
  if (!parsed.success) throw invalid(describeIssue(parsed.error.issues[0], data));
  return parsed.data;
}

/** Another program's file, or one from a newer version of this app, is not ours to guess at. */
function assertSupported(data: unknown): void {
  const file = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  if (file.format !== exchangeFormatName) {
    throw new AppFailure(
      'EXCHANGE_UNSUPPORTED',
      'Diese Datei ist keine Projektdatei der Kommunalwerkstatt (.werkstatt-projekte). Es wurde nichts importiert.',
    );
  }
  const { version } = file;
  if (typeof version === 'number' && Number.isInteger(version) && version > exchangeFormatVersion) {
    throw new AppFailure(
      'EXCHANGE_UNSUPPORTED',
      `Die Projektdatei stammt aus einer neueren Version der Kommunalwerkstatt (Dateiformat ${version}, diese Version liest bis ${exchangeFormatVersion}). Bitte aktualisieren Sie die Kommunalwerkstatt. Es wurde nichts importiert.`,
    );
  }
}

const fieldNames: Record<string, string> = {
  format: 'Format',
  version: 'Version',
  exportedAt: 'Exportdatum',
  origin: 'Herkunft',
  name: 'Name',
  state: 'Bundesland',
  district: 'Landkreis',
  projects: 'Projekte',
  title: 'Titel',
  description: 'Beschreibung',
  actionField: 'Handlungsfeld',
  targetGroups: 'Zielgruppen',
  strategicGoals: 'Leitziele',
  lead: 'Verantwortlich',
  partners: 'Partner',
  startMonth: 'Beginn',
  endMonth: 'Ende',
  budgetCents: 'Budget',
  funding: 'Finanzierung',
  indicators: 'Indikatoren',
  priority: 'Priorität',
  keyMeasure: 'Schlüsselmaßnahme',
  status: 'Status',
  projectGoal: 'Projektziel',
  projectType: 'Projektart',
  areaScope: 'Gebietsbezug',
  dots: 'Punkte',
  milestones: 'Meilensteine',
  ideas: 'Ideen',
  text: 'Text',
  phase: 'Phase',
  month: 'Monat',
};

const entryNames: Record<string, string> = {
  projects: 'Projekt',
  milestones: 'Meilenstein',
  ideas: 'Idee',
  targetGroups: 'Zielgruppe',
  strategicGoals: 'Leitziel',
};

/** "Projekt 3 („Rufbus“), Meilenstein 2, Monat: kein Monat wie 2027-03". */
function describeIssue(issue: z.core.$ZodIssue | undefined, data: unknown): string {
  if (!issue) return 'unbekannter Fehler';
  const parts: string[] = [];
  let node: unknown = data;
  issue.path.forEach((key, at) => {
    const parent = issue.path[at - 1];
    node = (node as Record<PropertyKey, unknown> | undefined)?.[key as PropertyKey];
    if (typeof key === 'number' && typeof parent === 'string') {
      const title = parent === 'projects' ? (node as { title?: unknown })?.title : undefined;
      const named = typeof title === 'string' && title.trim() ? ` („${title.slice(0, 60)}“)` : '';
      parts.push(`${entryNames[parent] ?? 'Eintrag'} ${key + 1}${named}`);
    } else if (
      typeof key === 'string' &&
      !(entryNames[key] && typeof issue.path[at + 1] === 'number')
    ) {
      parts.push(fieldNames[key] ?? key.slice(0, 40));
    }
  });
  const message = issue.code === 'invalid_type' ? 'fehlt oder hat den falschen Typ' : issue.message;
  return parts.length > 0 ? `${parts.join(', ')}: ${message}` : message;
}
