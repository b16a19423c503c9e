// The CLI's commands: each takes its arguments and returns the text to print, or throws AppFailure.
import type { DocumentFormat } from '../../shared/contract';
import type Database from 'better-sqlite3';
import { constants } from 'node:fs';
import { copyFile, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { seedDemo } from '../backend/repositories/demo';
import { readCounts, readWorkspaceRow, seedNewWorkspace } from '../backend/repositories/workspace';
import { Writer } from '../backend/store/changes';
import { flush } from '../backend/durableFiles';
import { fileStamp } from '../backend/fileStamps';
import { createWorkspaceFile, exists, openForReading } from '../backend/store/connection';
import { failureFor } from '../backend/store/sqliteErrors';
import { describeInvalidInput } from '../backend/dispatch';
import { planJob, reviewJob } from '../backend/export/planJob';
import type { ExportJob } from '../backend/export/job';
import { defaultWorkerFile, ExportRunner } from '../backend/export/runner';
import { readExportOptions, readPlanData } from '../backend/repositories/plan';
import { exportOptionsSchema } from '../../shared/contract/plan';
import { newWorkspaceInput } from '../../shared/contract/workspace';
import { AppFailure } from '../../shared/errors';
import { readExchangeText } from '../backend/exchange/files';
import { writeUserFile } from '../backend/export/userFile';
import { exchangeFileBytes, parseExchangeFile } from '../backend/exchange/format';
import { importProjects, previewImport, readExchangeFile } from '../backend/repositories/exchange';
import { backupStore, withSession } from './writing';
import type { CliContext } from './writing';

export interface NewWorkspaceFlags {
  name: string;
  ags?: string;
  state?: string;
  district?: string;
  /** As typed: "12500" or "12.500". */
  inhabitants?: string;
}

/** The Kommune's data obeys the same schema as the app's "Neue Werkstatt" dialog. */
export async function newWorkspace(file: string, flags: NewWorkspaceFlags): Promise<string> {
  const parsed = newWorkspaceInput.safeParse({
    name: flags.name,
    path: file,
    ...(flags.ags !== undefined && { officialKey: flags.ags }),
    ...(flags.state !== undefined && { state: flags.state }),
    ...(flags.district !== undefined && { district: flags.district }),
    ...(flags.inhabitants !== undefined && {
      inhabitants: /^[\d.]+$/.test(flags.inhabitants)
        ? Number(flags.inhabitants.replace(/\./g, ''))
        : flags.inhabitants,
    }),
  });
  if (!parsed.success) throw new AppFailure('INVALID_INPUT', describeInvalidInput(parsed.error));
  const { path: target = file, ...fields } = parsed.data;
  await createWorkspaceFile(target, (db) => seedNewWorkspace(new Writer(db), fields));
  return `Neue Werkstatt „${fields.name}“ angelegt: ${path.resolve(target)}`;
}

export async function demoWorkspace(file: string): Promise<string> {
  await createWorkspaceFile(file, (db) => seedDemo(new Writer(db)));
  return `Beispiel-Werkstatt Musterstadt angelegt: ${path.resolve(file)}`;
}

/** Reads only: never migrates, never takes the write lock, never changes a byte. */
export async function check(file: string): Promise<string> {
  const { db, fileVersion } = await openForReading(file);
  try {
    const row = readWorkspaceRow(db);
    const counts = readCounts(db);
    return [
      `${path.basename(file)}: in Ordnung.`,
      `Kommune: ${row.name} · Dateiformat ${fileVersion}`,
      `${counts.ideas} Ideen (${counts.ideasInInbox} im Ideenspeicher) · ${counts.projects} Projekte · ${counts.workshops} Zukunftswerkstätten · ${counts.actionFields} Handlungsfelder`,
    ].join('\n');
  } finally {
    db.close();
  }
}

export async function stats(file: string): Promise<string> {
  const { db, fileVersion } = await openForReading(file);
  try {
    const row = readWorkspaceRow(db);
    return JSON.stringify({ name: row.name, fileVersion, ...readCounts(db) }, null, 2);
  } finally {
    db.close();
  }
}

export async function backup(file: string, context: CliContext): Promise<string> {
  const { db } = await openForReading(file);
  try {
    const row = readWorkspaceRow(db);
    const store = backupStore(context);
    const created = await store.create(
      db,
      row.uuid,
      { path: path.resolve(file), name: row.name },
      'manual',
    );
    // Quoted: the id has spaces, and is meant to be pasted into `restore`.
    return `Sicherung angelegt: "${created.id}"\nOrdner: ${path.join(context.dataDir, 'Sicherungen', row.uuid)}`;
  } finally {
    db.close();
  }
}

/**
 * Restores BACKUP (a backup file or id) to FILE. An existing FILE — healthy or damaged — is kept
 * beside it as "<Name> (vor Wiederherstellung …).werkstatt", so nothing is destroyed silently;
 * the swap itself is a rename, so FILE is old or new, never half.
 */
export async function restore(source: string, file: string, context: CliContext): Promise<string> {
  const backupFile = (await exists(source))
    ? source
    : (await backupStore(context).resolve(source)).file;
  (await openForReading(backupFile)).db.close();
  const target = path.resolve(file);
  const temporary = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${randomUUID()}.tmp`,
  );
  const lines: string[] = [];
  try {
    await copyFile(backupFile, temporary);
    await flush(temporary);
    if (await exists(target)) {
      lines.push(`Die bisherige Datei bleibt erhalten als: ${await keepAside(target)}`);
    }
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => {});
    throw failureFor(error, target) ?? error;
  }
  lines.push(`Wiederhergestellt: ${target}`);
  return lines.join('\n');
}

/**
 * Copies `target` to "<Name> (vor Wiederherstellung 2026-12-06 14-05).werkstatt" beside it,
 * numbered " (2)" … when a restore in the same minute already took the name.
 */
async function keepAside(target: string): Promise<string> {
  const base = `${target.replace(/\.werkstatt$/, '')} (vor Wiederherstellung ${fileStamp(new Date())})`;
  for (let n = 1; ; n++) {
    const aside = `${base}${n === 1 ? '' : ` (${n})`}.werkstatt`;
    try {
      await copyFile(target, aside, constants.COPYFILE_EXCL);
      return aside;
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'EEXIST') throw error;
    }
  }
}

/**
 * Reads what `makeJob` needs from FILE (only reads, like `check`, so it also works on a copy or a
 * read-only medium) and writes the document in the export worker.
 */
async function exportFrom(
  file: string,
  workerFile: string,
  makeJob: (db: Database.Database, defaultFolder: string) => ExportJob,
  out: string,
) {
  const { db } = await openForReading(file, { inTodaysSchema: true });
  let job;
  try {
    job = makeJob(db, path.dirname(path.resolve(out)));
  } finally {
    db.close();
  }
  const exporter = new ExportRunner(workerFile);
  return exporter.run(job).finally(() => exporter.close());
}

export interface PlanExportChoices {
  versionLabel?: string;
  format?: DocumentFormat;
  /** Where LibreOffice may work (page numbers, PDF); absent: the document as docx renders it. */
  officeFolder?: string;
}

/**
 * Writes the Werkstattplan of FILE to OUT (replaced if it exists) with the remembered options, as
 * a Word document or a PDF.
 */
export async function exportPlan(
  file: string,
  out: string,
  { versionLabel, format, officeFolder }: PlanExportChoices,
  workerFile = defaultWorkerFile(),
): Promise<string> {
  const overrides = versionLabel === undefined ? {} : { versionLabel };
  const result = await exportFrom(
    file,
    workerFile,
    (db, defaultFolder) => {
      const parsed = exportOptionsSchema.safeParse({ ...readExportOptions(db), ...overrides });
      if (!parsed.success) {
        throw new AppFailure('INVALID_INPUT', describeInvalidInput(parsed.error));
      }
      return planJob({
        plan: readPlanData(db),
        options: parsed.data,
        path: out,
        defaultFolder,
        ...(format ? { format } : {}),
        ...(officeFolder ? { officeFolder } : {}),
      });
    },
    out,
  );
  const numbers =
    result.pageNumbers === 'libreoffice'
      ? 'Seitenzahlen im Inhaltsverzeichnis von LibreOffice gesetzt'
      : 'Seitenzahlen setzt Word beim Öffnen (LibreOffice nicht gefunden)';
  return `Werkstattplan gespeichert: ${result.path} (${kilobytes(result.bytes)}; ${numbers})`;
}

/** Writes a Zwischenbilanz of FILE to OUT (replaced if it exists): the newest, or that of `date`. */
export async function exportReview(
  file: string,
  out: string,
  date: string | undefined,
  officeFolder?: string,
  workerFile = defaultWorkerFile(),
): Promise<string> {
  const result = await exportFrom(
    file,
    workerFile,
    (db, defaultFolder) => {
      const plan = readPlanData(db);
      const review = [...plan.reviews]
        .reverse()
        .find((candidate) => date === undefined || candidate.date === date);
      if (!review) {
        throw new AppFailure(
          'NOT_FOUND',
          date === undefined
            ? 'Diese Werkstatt hat noch keine Zwischenbilanz.'
            : `Eine Zwischenbilanz vom ${date} gibt es in dieser Werkstatt nicht.`,
        );
      }
      return reviewJob({
        plan,
        reviewId: review.id,
        path: out,
        defaultFolder,
        ...(officeFolder ? { officeFolder } : {}),
      });
    },
    out,
  );
  return `Zwischenbilanz gespeichert: ${result.path} (${kilobytes(result.bytes)})`;
}

/**
 * Writes all projects of FILE to OUT (replaced if it exists) as a project file for another
 * municipality; reads only, like `check`.
 */
export async function exportProjects(file: string, out: string): Promise<string> {
  const { db } = await openForReading(file);
  let bytes: Buffer;
  let count: number;
  try {
    const content = readExchangeFile(db, null);
    bytes = exchangeFileBytes(content);
    count = content.projects.length;
  } finally {
    db.close();
  }
  const written = await writeUserFile(bytes, { kind: 'exact', path: out }, 'Die Projektdatei');
  return `${projectCount(count)} gespeichert: ${written} (${kilobytes(bytes.length)})`;
}

/**
 * Imports every project of the project file IN into FILE as the app does: one transaction, with
 * a backup of FILE before (and after) it. IN is read and checked before FILE is even opened.
 */
export async function importProjectsInto(
  file: string,
  input: string,
  context: CliContext,
): Promise<string> {
  const content = parseExchangeFile(await readExchangeText({ path: input }));
  return withSession(file, context, (session) => {
    const preview = previewImport(session.db, content);
    const origin = content.origin.name.trim();
    const ids = session.act(`${projectCount(content.projects.length)} importieren`, (writer) =>
      importProjects(writer, origin, content.projects),
    );
    const lines = [`${projectCount(ids.length)} aus „${origin}“ importiert: ${session.file}`];
    if (preview.newActionFields.length > 0) {
      lines.push(`Neue Handlungsfelder: ${preview.newActionFields.join(', ')}`);
    }
    if (preview.newTargetGroups.length > 0) {
      lines.push(`Neue Zielgruppen: ${preview.newTargetGroups.join(', ')}`);
    }
    const duplicates = preview.projects.filter((project) => project.duplicateOfId !== null);
    if (duplicates.length > 0) {
      lines.push('Mögliche Dubletten (bitte prüfen):');
      for (const project of duplicates) {
        lines.push(`  – ${project.title} (wie „${project.duplicateOfTitle}“)`);
      }
    }
    return lines.join('\n');
  });
}

const projectCount = (count: number) => (count === 1 ? '1 Projekt' : `${count} Projekte`);

const kilobytes = (bytes: number) =>
  `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('de-DE')} KB`;
