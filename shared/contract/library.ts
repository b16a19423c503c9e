// The Projektbibliothek: the library list with filters and full-text search, the fact sheet, the
// catalogues (Handlungsfelder, Zielgruppen, Leitziele) and the exchange between municipalities.
// Every change is one undoable user action; fact-sheet methods answer with the whole sheet,
// catalogue methods with all catalogues.
import { z } from 'zod';
import { areaScopes, priorities, projectGoals, projectStatuses } from '../domain';
import { exchangeExtension, factSheetLimits, maxBudgetCents, monthPattern } from '../library';
import { librarySortKeys } from '../librarySort';
import type {
  Catalogs,
  ExchangeImportResult,
  ExchangePreview,
  LibraryProject,
  ProjectSheet,
  WrittenFile,
} from '../library';
import { multiLineText, pathText, singleLineText } from '../text';
import { method } from './define';

export type {
  Catalogs,
  ExchangeImportResult,
  ExchangePreview,
  LibraryFilters,
  LibraryProject,
  Milestone,
  ProjectSheet,
  SheetIdea,
  WrittenFile,
} from '../library';

const id = z.number().int().positive();
const ids = z.array(id).max(1_000, 'Höchstens 1.000 Einträge auf einmal.');
const nullableId = id.nullable();

const line = (label: string, max: number, required?: string) =>
  singleLineText({ label, max, required });
const paragraph = (label: string, max: number, required?: string) =>
  multiLineText({ label, max, required });

const projectTitle = line('Titel', factSheetLimits.title, 'Der Projekttitel ist leer.');

const month = z
  .string({ error: 'Bitte einen Monat wie 2027-03 angeben.' })
  .regex(monthPattern, 'Bitte einen Monat wie 2027-03 angeben.');

const budgetCents = z
  .number({ error: 'Das Budget muss eine Zahl ab 0 sein.' })
  .int('Das Budget muss eine Zahl ab 0 sein.')
  .min(0, 'Das Budget muss eine Zahl ab 0 sein.')
  .max(maxBudgetCents, 'Das Budget ist zu hoch (höchstens 100 Milliarden Euro).');

const milestoneText = line(
  'Meilenstein',
  factSheetLimits.milestoneText,
  'Bitte den Meilenstein beschreiben.',
);

const targetGroupName = line(
  'Zielgruppe',
  factSheetLimits.targetGroupName,
  'Bitte einen Namen für die Zielgruppe angeben.',
);

const strategicGoalText = paragraph(
  'Leitziel',
  factSheetLimits.strategicGoalText,
  'Bitte das Leitziel formulieren.',
);

export const libraryFilters = z
  .object({
    actionFieldIds: ids.optional(),
    targetGroupIds: ids.optional(),
    statuses: z.array(z.enum(projectStatuses)).max(20).optional(),
    priorities: z.array(z.enum(priorities)).max(20).optional(),
    projectGoals: z.array(z.enum(projectGoals)).max(20).optional(),
    areaScopes: z.array(z.enum(areaScopes)).max(20).optional(),
    keyMeasure: z.boolean().optional(),
  })
  .strict();

const query = line('Suchbegriff', 200).optional();

/** The table's sort: a column and its direction. */
const librarySort = z.object({ key: z.enum(librarySortKeys), descending: z.boolean() }).strict();

/** The fields `projects:update` may change; each is validated on its own. */
export const factSheetChanges = z
  .object({
    title: projectTitle,
    description: paragraph('Beschreibung', factSheetLimits.description),
    actionFieldId: id,
    lead: line('Verantwortlich', factSheetLimits.lead),
    partners: paragraph('Partner', factSheetLimits.partners),
    startMonth: month.nullable(),
    endMonth: month.nullable(),
    budgetCents: budgetCents.nullable(),
    funding: paragraph('Finanzierung', factSheetLimits.funding),
    indicators: paragraph('Indikatoren', factSheetLimits.indicators),
    priority: z.enum(priorities).nullable(),
    keyMeasure: z.boolean(),
    status: z.enum(projectStatuses),
    projectGoal: z.enum(projectGoals).nullable(),
    projectType: line('Projektart', factSheetLimits.projectType),
    areaScope: z.enum(areaScopes).nullable(),
  })
  .partial()
  .strict();
export type FactSheetChanges = z.infer<typeof factSheetChanges>;

const distinct = <T extends { sourceId: number; targetId: number }>(value: T) =>
  value.sourceId !== value.targetId;

const exchangeFile = pathText
  .min(1, 'Bitte eine Datei angeben.')
  .refine(
    (value) => value.toLowerCase().endsWith(exchangeExtension),
    `Der Dateiname muss auf ${exchangeExtension} enden.`,
  );

const csvFile = pathText
  .min(1, 'Bitte eine Datei angeben.')
  .refine((value) => /\.csv$/i.test(value), 'Der Dateiname muss auf .csv enden.');

/** A project file: on disk (`path`, Electron and CLI) or its text as uploaded (`content`, browser). */
const exchangeSource = {
  path: pathText.min(1).optional(),
  content: z.string().optional(),
};
const exactlyOneSource = (value: { path?: string; content?: string }) =>
  (value.path === undefined) !== (value.content === undefined);
const oneSourceMessage = 'Bitte genau eine Quelle angeben: einen Dateipfad oder den Dateiinhalt.';

export const libraryMethods = {
  /**
   * The library: projects matching every filter kind (values within a kind: any of them; an empty
   * list does not filter). `query` (from 2 characters) searches titles, descriptions and the
   * ideas' texts word by word, each word as a prefix, folding case, umlauts and ß/ss; results then
   * come by relevance, else by Handlungsfeld and position. `total`: all projects of the workspace.
   */
  'library:list': method<{ projects: LibraryProject[]; total: number }>()(
    'Projekte der Bibliothek, gefiltert und durchsucht.',
    z.object({ filters: libraryFilters, query }).strict(),
  ),
  /** The whole fact sheet of one project. */
  'projects:sheet': method<ProjectSheet>()('Steckbrief eines Projekts.', z.object({ id }).strict()),
  /** A new project at the end of a Handlungsfeld ("Projekt anlegen"). */
  'projects:create': method<ProjectSheet>()(
    'Projekt anlegen.',
    z.object({ actionFieldId: id, title: projectTitle }).strict(),
  ),
  /**
   * Changes fact-sheet fields as one undoable action. The period is checked against the stored
   * other end; a new Handlungsfeld puts the project at its end.
   */
  'projects:update': method<ProjectSheet>()(
    'Felder eines Projektsteckbriefs ändern.',
    z.object({ id, changes: factSheetChanges }).strict(),
  ),
  /** Sets the project's Zielgruppen to exactly these. */
  'projects:setTargetGroups': method<ProjectSheet>()(
    'Zielgruppen eines Projekts festlegen.',
    z.object({ id, targetGroupIds: ids }).strict(),
  ),
  /** Sets the Leitziele the project serves to exactly these. */
  'projects:setStrategicGoals': method<ProjectSheet>()(
    'Leitziele eines Projekts festlegen.',
    z.object({ id, strategicGoalIds: ids }).strict(),
  ),
  /** Sets the SWOT entries the project answers to exactly these. */
  'projects:setSwotEntries': method<ProjectSheet>()(
    'SWOT-Einträge eines Projekts festlegen.',
    z.object({ id, swotEntryIds: ids }).strict(),
  ),
  /** Adds a milestone at the end of the project's list. */
  'milestones:add': method<ProjectSheet>()(
    'Meilenstein hinzufügen.',
    z.object({ projectId: id, month: month.nullable(), text: milestoneText }).strict(),
  ),
  /** Changes a milestone's month or text. */
  'milestones:update': method<ProjectSheet>()(
    'Meilenstein ändern.',
    z.object({ id, month: month.nullable().optional(), text: milestoneText.optional() }).strict(),
  ),
  /** Removes a milestone. */
  'milestones:delete': method<ProjectSheet>()('Meilenstein löschen.', z.object({ id }).strict()),
  /**
   * The library (as `library:list` filters and searches it) as a CSV table for Excel, every
   * fact-sheet field (README, "The library as a CSV table"), in the table's `sort` (null, the
   * default: the library's own order, by Handlungsfeld or by relevance). A given `path` is
   * replaced. Without it, Electron writes "<Kommune> – Projektbibliothek <YYYY-MM-DD HH-MM>.csv"
   * into the workspace folder (numbered when taken); the browser mode offers the same name as a
   * download only, from a folder in the app's data folder that is emptied when the app closes.
   */
  'library:exportCsv': method<WrittenFile>()(
    'Projektbibliothek als CSV-Tabelle für Excel speichern.',
    z
      .object({
        filters: libraryFilters,
        query,
        sort: librarySort.nullable().default(null),
        path: csvFile.optional(),
      })
      .strict(),
  ),

  /** Handlungsfelder, Zielgruppen, Leitziele (with how many projects use each) and SWOT entries. */
  'catalogs:list': method<Catalogs>()('Alle Kataloge der Werkstatt.', z.object({}).strict()),
  /** A new Zielgruppe at the end; names are unique regardless of case, umlauts and ß/ss. */
  'targetGroups:create': method<Catalogs>()(
    'Zielgruppe anlegen.',
    z.object({ name: targetGroupName }).strict(),
  ),
  'targetGroups:rename': method<Catalogs>()(
    'Zielgruppe umbenennen.',
    z.object({ id, name: targetGroupName }).strict(),
  ),
  /** Moves a Zielgruppe before `beforeId` (null: to the end). */
  'targetGroups:move': method<Catalogs>()(
    'Zielgruppe verschieben.',
    z.object({ id, beforeId: nullableId }).strict(),
  ),
  /** The source's projects get the target; the source goes. */
  'targetGroups:merge': method<Catalogs>()(
    'Zielgruppen zusammenführen.',
    z
      .object({ sourceId: id, targetId: id })
      .strict()
      .refine(distinct, 'Eine Zielgruppe lässt sich nicht mit sich selbst zusammenführen.'),
  ),
  /** Removes a Zielgruppe; its projects get `replaceWithId` instead, or (null) simply lose it. */
  'targetGroups:delete': method<Catalogs>()(
    'Zielgruppe löschen.',
    z
      .object({ id, replaceWithId: nullableId })
      .strict()
      .refine((value) => value.id !== value.replaceWithId, 'Bitte eine andere Zielgruppe wählen.'),
  ),
  /** A new Leitziel at the end; texts are unique regardless of case, umlauts and ß/ss. */
  'strategicGoals:create': method<Catalogs>()(
    'Leitziel anlegen.',
    z.object({ text: strategicGoalText }).strict(),
  ),
  'strategicGoals:update': method<Catalogs>()(
    'Leitziel ändern.',
    z.object({ id, text: strategicGoalText }).strict(),
  ),
  /** Moves a Leitziel before `beforeId` (null: to the end). */
  'strategicGoals:move': method<Catalogs>()(
    'Leitziel verschieben.',
    z.object({ id, beforeId: nullableId }).strict(),
  ),
  /** The source's projects get the target; the source goes. */
  'strategicGoals:merge': method<Catalogs>()(
    'Leitziele zusammenführen.',
    z
      .object({ sourceId: id, targetId: id })
      .strict()
      .refine(distinct, 'Ein Leitziel lässt sich nicht mit sich selbst zusammenführen.'),
  ),
  /** Removes a Leitziel; its projects get `replaceWithId` instead, or (null) simply lose it. */
  'strategicGoals:delete': method<Catalogs>()(
    'Leitziel löschen.',
    z
      .object({ id, replaceWithId: nullableId })
      .strict()
      .refine((value) => value.id !== value.replaceWithId, 'Bitte ein anderes Leitziel wählen.'),
  ),
  /**
   * The source's projects join the end of the target, its Bestandsaufnahme and SWOT entries too;
   * the source goes.
   */
  'actionFields:merge': method<Catalogs>()(
    'Handlungsfelder zusammenführen.',
    z
      .object({ sourceId: id, targetId: id })
      .strict()
      .refine(distinct, 'Ein Handlungsfeld lässt sich nicht mit sich selbst zusammenführen.'),
  ),
  /**
   * Removes a Handlungsfeld. Its projects (and Bestandsaufnahme and SWOT entries) move to the end
   * of `moveProjectsTo`; with projects and no target it is refused. Without a target, measures of
   * the Bestandsaufnahme and SWOT entries keep no Handlungsfeld.
   */
  'actionFields:delete': method<Catalogs>()(
    'Handlungsfeld löschen.',
    z
      .object({ id, moveProjectsTo: nullableId })
      .strict()
      .refine(
        (value) => value.id !== value.moveProjectsTo,
        'Bitte ein anderes Handlungsfeld wählen.',
      ),
  ),

  /**
   * Writes the chosen projects (null: all) to a `.werkstatt-projekte` file without personal data
   * (see README, "Interkommunaler Austausch"). Without `path`: "<Kommune> – Projekte
   * <YYYY-MM-DD HH-MM>.werkstatt-projekte" (local time) in the workspace folder, numbered when
   * taken; a given `path` is replaced. Written atomically; the browser mode may then download it.
   */
  'exchange:export': method<WrittenFile>()(
    'Projekte für eine andere Kommune exportieren.',
    z
      .object({
        projectIds: z.array(id).max(100_000).nullable(),
        path: exchangeFile.optional(),
      })
      .strict(),
  ),
  /**
   * Reads a project file (a path, or the uploaded text) and says what importing it would do:
   * its projects with likely duplicates here, and the Handlungsfelder and Zielgruppen it would add.
   */
  'exchange:preview': method<ExchangePreview>()(
    'Projektdatei prüfen und Import vorbereiten.',
    z.object(exchangeSource).strict().refine(exactlyOneSource, oneSourceMessage),
  ),
  /**
   * Imports the projects at `indexes` (null: all) as one undoable action, all or nothing:
   * Handlungsfelder, Zielgruppen and Leitziele matched by folded name (missing ones created),
   * projects appended with their origin municipality, with their milestones and ideas.
   */
  'exchange:import': method<ExchangeImportResult>()(
    'Projekte aus einer Projektdatei importieren.',
    z
      .object({
        ...exchangeSource,
        indexes: z.array(z.number().int().min(0)).max(100_000).nullable(),
      })
      .strict()
      .refine(exactlyOneSource, oneSourceMessage),
  ),
};
