// The Werkstattplan: export options remembered per workspace, the Word export, frozen versions.
import { z } from 'zod';
import { defaultExportOptions, mostlyEmptySheetChoices, planSectionKeys } from '../plan';
import type { ExportOptions, OptionalText, PlanSectionKey } from '../plan';
import type { PlanQuality } from '../planQuality';
import { multiLineText, pathText, singleLineText } from '../text';
import { method } from './define';

export interface PlanVersion {
  id: number;
  label: string;
  createdAt: string;
}

/** What the export worker wrote. */
export interface WrittenDocument {
  /** Where the document was written (absolute). */
  path: string;
  bytes: number;
  format: DocumentFormat;
  /**
   * Where the table of contents' page numbers come from: laid out by LibreOffice and written into
   * the document, or left for Word to fill in on opening (no LibreOffice on this machine).
   */
  pageNumbers: 'libreoffice' | 'word';
}

/** A Word document to edit, or a tagged PDF to publish (made by LibreOffice). */
export type DocumentFormat = 'docx' | 'pdf';
export const documentFormats = ['docx', 'pdf'] as const satisfies readonly DocumentFormat[];

export interface ExportResult extends WrittenDocument {
  /** Opaque: downloads the document (browser mode) or opens it (`system:openFile`). */
  handle: string;
}

const line = (label: string, what: string, max: number) =>
  singleLineText({ label, max, required: `Bitte ${what} angeben.` });

const sections = z
  .object(
    Object.fromEntries(planSectionKeys.map((key) => [key, z.boolean()])) as Record<
      PlanSectionKey,
      z.ZodBoolean
    >,
  )
  .strict();

/** A text of the municipality's own for the plan; absent in options stored before it existed. */
const optionalText = (label: string, absent: OptionalText) =>
  z
    .object({ included: z.boolean(), text: multiLineText({ label, max: 20_000 }) })
    .strict()
    .default(absent);

export const exportOptionsSchema = z
  .object({
    title: line('Titel', 'einen Titel', 120),
    versionLabel: line('Fassung', 'eine Fassung (z. B. „Entwurf“)', 160),
    sections,
    ideaAnnex: z.boolean(),
    anonymiseNames: z.boolean(),
    foreword: optionalText('Vorwort', defaultExportOptions.foreword),
    resolution: optionalText('Beschlussvorschlag', defaultExportOptions.resolution),
    // Options stored before the choice existed parse with the default.
    mostlyEmptySheets: z
      .enum(mostlyEmptySheetChoices)
      .default(defaultExportOptions.mostlyEmptySheets),
  })
  .strict() satisfies z.ZodType<ExportOptions>;

export const docxPath = pathText
  .min(1, 'Bitte einen Dateipfad angeben.')
  .refine((value) => /\.docx$/i.test(value), 'Der Dateiname muss auf .docx enden.');

const documentPath = pathText
  .min(1, 'Bitte einen Dateipfad angeben.')
  .refine((value) => /\.(docx|pdf)$/i.test(value), 'Der Dateiname muss auf .docx oder .pdf enden.');

const versionLabel = line('Name der Fassung', 'einen Namen für die Fassung', 160);

export const planMethods = {
  /**
   * The export options remembered for the open workspace (defaults until first saved). Ask when
   * the export dialog opens: the export worker starts warming up meanwhile — unless `warmUp` is
   * false (a screen that only shows an option, like the Kick-Off's "Namen im Werkstattplan zeigen").
   */
  'plan:exportOptions': method<ExportOptions>()(
    'Gespeicherte Optionen für den Werkstattplan.',
    z.object({ warmUp: z.boolean().default(true) }).strict(),
  ),
  /** Remembers export options in the workspace; not an undoable action. */
  'plan:setExportOptions': method<ExportOptions>()(
    'Optionen für den Werkstattplan speichern.',
    exportOptionsSchema,
  ),
  /**
   * Writes the Werkstattplan as Word document, off the main thread and atomically (temp file,
   * flush, rename). Without `path`: "<Kommune> – Werkstattplan <YYYY-MM-DD HH-MM>.docx" (local
   * time) in the workspace folder, numbered when taken; a given `path` is replaced. With
   * `versionId`: the frozen version's content, its label and date on the title page. Does not
   * remember `options`: that is `plan:setExportOptions`.
   */
  'plan:export': method<ExportResult>()(
    'Werkstattplan als Word-Dokument speichern.',
    z
      .object({
        options: exportOptionsSchema,
        format: z.enum(documentFormats).default('docx'),
        path: documentPath.optional(),
        versionId: z.number().int().positive().optional(),
      })
      .strict()
      .refine(
        ({ format, path }) => path === undefined || path.toLowerCase().endsWith(`.${format}`),
        { message: 'Die Dateiendung passt nicht zum gewählten Format.', path: ['path'] },
      ),
  ),
  /**
   * What the plan would lack if exported now with these chapters: left-out chapters, measures
   * without Verantwortlich, Zeitraum or Budget, unused Leitziele, unanswered weaknesses and risks.
   */
  'plan:quality': method<PlanQuality>()(
    'Was dem Werkstattplan noch fehlt.',
    z
      .object({
        sections,
        mostlyEmptySheets: z
          .enum(mostlyEmptySheetChoices)
          .default(defaultExportOptions.mostlyEmptySheets),
      })
      .strict(),
  ),
  /** Whether LibreOffice is on this machine: page numbers in the contents, and the PDF. */
  'plan:office': method<{ libreOffice: boolean }>()(
    'Ist LibreOffice für Seitenzahlen und PDF vorhanden?',
    z.object({}).strict(),
  ),
  /** "Fassung festschreiben": stores the current plan as a named, unchangeable version (undoable). */
  'plan:freeze': method<PlanVersion>()(
    'Aktuelle Fassung des Werkstattplans festschreiben.',
    z.object({ label: versionLabel }).strict(),
  ),
  /** The frozen versions, newest first. */
  'plan:versions': method<PlanVersion[]>()(
    'Festgeschriebene Fassungen des Werkstattplans.',
    z.object({}).strict(),
  ),
};
