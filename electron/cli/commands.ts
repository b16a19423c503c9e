// The CLI's commands: each takes its arguments and returns the text to print, or throws AppFailure.
import { constants } from 'node:fs';
import { copyFile, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { seedDefaultCatalogues } from '../backend/repositories/catalogues';
import { seedDemo } from '../backend/repositories/demo';
import { insertWorkspace, readCounts, readWorkspaceRow } from '../backend/repositories/workspace';
import { Writer } from '../backend/store/changes';
import { flush } from '../backend/durableFiles';
import { createWorkspaceFile, exists, openForReading } from '../backend/store/connection';
import { failureFor } from '../backend/store/sqliteErrors';
import { describeInvalidInput } from '../backend/dispatch';
import { planJob } from '../backend/export/planJob';
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

/** The name obeys the same schema as the app's "Neue Werkstatt" dialog. */
export async function newWorkspace(file: string, name: string): Promise<string> {
  const parsed = newWorkspaceInput.safeParse({ name, path: file });
  if (!parsed.success) throw new AppFailure('INVALID_INPUT', describeInvalidInput(parsed.error));
  const { path: target = file, ...fields } = parsed.data;
  await createWorkspaceFile(target, (db) => {
    const writer = new Writer(db);
    insertWorkspace(writer, fields);
    seedDefaultCatalogues(writer);
  });
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
    return `Sicherung angelegt: ${created.id}\nOrdner: ${path.join(context.dataDir, 'Sicherungen', row.uuid)}`;
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
      const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
      const aside =
        target.replace(/\.werkstatt$/, '') + ` (vor Wiederherstellung ${stamp}).werkstatt`;
      await copyFile(target, aside, constants.COPYFILE_EXCL);
      lines.push(`Die bisherige Datei bleibt erhalten als: ${aside}`);
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
 * Writes the Werkstattplan of FILE to OUT (replaced if it exists) with the options remembered in
 * the workspace; reads only, like `check`, so it also works on a copy or a read-only medium.
 */
export async function exportPlan(
  file: string,
  out: string,
  overrides: { versionLabel?: string },
  workerFile = defaultWorkerFile(),
): Promise<string> {
  const { db } = await openForReading(file, { inTodaysSchema: true });
  let job;
  try {
    const parsed = exportOptionsSchema.safeParse({ ...readExportOptions(db), ...overrides });
    if (!parsed.success) throw new AppFailure('INVALID_INPUT', describeInvalidInput(parsed.error));
    job = planJob({
      plan: readPlanData(db),
      options: parsed.data,
      path: out,
      defaultFolder: path.dirname(path.resolve(out)),
    });
  } finally {
    db.close();
  }
  const exporter = new ExportRunner(workerFile);
  const result = await exporter.run(job).finally(() => exporter.close());
  const size = `${Math.max(1, Math.round(result.bytes / 1024)).toLocaleString('de-DE')} KB`;
  return `Werkstattplan gespeichert: ${result.path} (${size})`;
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
