// Frozen plan versions, export options remembered per workspace, file names, and targets that
// cannot be written — through the backend, with the export running in its worker.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportFailure } from '../../electron/backend/export/failures';
import { defaultExportOptions } from '../../shared/plan';
import type { ExportOptions } from '../../shared/plan';
import { call, callFailing, closedAfterEach } from '../support/backend';
import { docxParts, parseStrictly, wordText } from '../support/docx';
import { buildExportBundles } from '../support/exportWorker';
import type { ExportBundles } from '../support/exportWorker';
import { freshFolders } from '../support/folders';

const freshDir = freshFolders('kw-versions-');
const backendIn = closedAfterEach();

let bundles: ExportBundles;
beforeAll(async () => {
  bundles = await buildExportBundles();
});
afterAll(() => bundles?.remove());

async function demoBackend() {
  const dir = freshDir();
  const backend = backendIn(dir, { exportWorker: bundles.worker });
  const summary = await call(backend, 'workspace:openDemo', {});
  return { dir, backend, summary };
}

const documentText = (file: string) => {
  const xml = docxParts(file)['word/document.xml'] as string;
  parseStrictly(xml);
  return wordText(xml);
};

const leftovers = (folder: string) => readdirSync(folder).filter((name) => name.endsWith('.tmp'));

describe('Fassung festschreiben', () => {
  it('exports a frozen version as it was, after the plan changed; undo removes it', async () => {
    const { dir, backend } = await demoBackend();
    // The demo holds its adopted Fassung already; the new one comes first, newest first.
    const [adopted] = await call(backend, 'plan:versions', {});
    const version = await call(backend, 'plan:freeze', { label: 'Ratsbeschluss 12.05.2026' });
    expect(version).toMatchObject({ label: 'Ratsbeschluss 12.05.2026' });
    expect(await call(backend, 'plan:versions', {})).toEqual([version, adopted]);
    expect((await call(backend, 'history:state', {})).undoLabel).toBe(
      'Fassung „Ratsbeschluss 12.05.2026“ festschreiben',
    );

    const project = (await call(backend, 'board:load', {})).projects[0]!;
    await call(backend, 'projects:rename', { id: project.id, title: 'Umbenannt nach Beschluss' });

    const now = await call(backend, 'plan:export', {
      options: defaultExportOptions,
      path: path.join(dir, 'jetzt.docx'),
    });
    const frozen = await call(backend, 'plan:export', {
      options: defaultExportOptions,
      path: path.join(dir, 'beschluss.docx'),
      versionId: version.id,
    });
    expect(documentText(now.path)).toContain('Umbenannt nach Beschluss');
    const frozenText = documentText(frozen.path);
    expect(frozenText).toContain(project.title);
    expect(frozenText).not.toContain('Umbenannt nach Beschluss');
    expect(frozenText).toContain('Fassung: Ratsbeschluss 12.05.2026');

    await call(backend, 'history:undo', {}); // the rename
    await call(backend, 'history:undo', {}); // the freeze
    expect(await call(backend, 'plan:versions', {})).toEqual([adopted]);
    expect(
      await callFailing(backend, 'plan:export', {
        options: defaultExportOptions,
        versionId: version.id,
      }),
    ).toMatchObject({ code: 'PLAN_VERSION_MISSING' });
  });
});

describe('export options', () => {
  const chosen: ExportOptions = {
    ...defaultExportOptions,
    title: 'Demografiestrategie 2030',
    versionLabel: 'Beschluss des Stadtrats vom 12.05.2026',
    sections: { ...defaultExportOptions.sections, prozess: false },
    ideaAnnex: false,
  };

  it('are remembered per workspace, outside the undo history', async () => {
    const { dir, backend, summary } = await demoBackend();
    expect(await call(backend, 'plan:exportOptions', {})).toEqual(defaultExportOptions);
    const before = await call(backend, 'history:state', {});
    expect(await call(backend, 'plan:setExportOptions', chosen)).toEqual(chosen);
    expect(await call(backend, 'history:state', {})).toEqual(before);

    await call(backend, 'workspace:create', { name: 'Aue', path: path.join(dir, 'Aue.werkstatt') });
    expect(await call(backend, 'plan:exportOptions', {})).toEqual(defaultExportOptions);
    await call(backend, 'workspace:open', { path: summary.path });
    expect(await call(backend, 'plan:exportOptions', {})).toEqual(chosen);
  });

  it('refuses empty titles and unknown sections', async () => {
    const { backend } = await demoBackend();
    expect(
      await callFailing(backend, 'plan:setExportOptions', { ...chosen, title: '  ' }),
    ).toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect(
      await callFailing(backend, 'plan:setExportOptions', {
        ...chosen,
        sections: { ...chosen.sections, extra: true },
      }),
    ).toMatchObject({ code: 'INVALID_INPUT' });
  });
});

describe('where the document goes', () => {
  it('numbers the default name when the day already has a Werkstattplan', async () => {
    const { backend } = await demoBackend();
    const first = await call(backend, 'plan:export', { options: defaultExportOptions });
    const second = await call(backend, 'plan:export', { options: defaultExportOptions });
    expect(path.dirname(second.path)).toBe(path.dirname(first.path));
    expect(path.basename(second.path)).toBe(
      path.basename(first.path).replace('.docx', ' (2).docx'),
    );
    expect(leftovers(path.dirname(first.path))).toEqual([]);
  });

  it('replaces a chosen file completely', async () => {
    const { dir, backend } = await demoBackend();
    const target = path.join(dir, 'Plan.docx');
    writeFileSync(target, 'alter Inhalt');
    const result = await call(backend, 'plan:export', {
      options: defaultExportOptions,
      path: target,
    });
    expect(result).toEqual({
      path: target,
      bytes: expect.any(Number),
      handle: expect.any(String),
      format: 'docx',
      pageNumbers: 'word',
    });
    expect(documentText(target)).toContain('Inhaltsverzeichnis');
  });

  // Tests run as root, for whom chmod protects nothing; a missing folder and a folder in the
  // file's place are the failures that can be made real here. Read-only and locked targets
  // (EACCES/EROFS, Windows' EBUSY/EPERM while Word holds the file) are checked on the mapping.
  it('says in German when the folder is gone, leaving nothing behind', async () => {
    const { dir, backend } = await demoBackend();
    const error = await callFailing(backend, 'plan:export', {
      options: defaultExportOptions,
      path: path.join(dir, 'USB-Stick', 'Plan.docx'),
    });
    expect(error.code).toBe('EXPORT_FAILED');
    expect(error.message).toMatch(/Den Ordner „.*USB-Stick“ gibt es nicht \(mehr\)/);
    expect(existsSync(path.join(dir, 'USB-Stick'))).toBe(false);
  });

  it('says when the target is a folder, and removes its temp file', async () => {
    const { dir, backend } = await demoBackend();
    const folder = path.join(dir, 'Ordner.docx');
    mkdirSync(folder);
    const error = await callFailing(backend, 'plan:export', {
      options: defaultExportOptions,
      path: folder,
    });
    expect(error).toMatchObject({ code: 'EXPORT_FAILED' });
    expect(error.message).toContain('„Ordner.docx“ ist ein Ordner');
    expect(leftovers(dir)).toEqual([]);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('names read-only and locked targets with their own codes', () => {
    const target = '/mnt/rathaus/Plan.docx';
    expect(exportFailure({ code: 'EROFS' }, target)).toMatchObject({
      code: 'EXPORT_READ_ONLY',
      message: expect.stringContaining('schreibgeschützt'),
    });
    expect(exportFailure({ code: 'EACCES' }, target).code).toBe('EXPORT_READ_ONLY');
    expect(exportFailure({ code: 'EBUSY' }, target)).toMatchObject({
      code: 'EXPORT_LOCKED',
      message: expect.stringContaining('„Plan.docx“ ist gesperrt'),
    });
  });

  it('refuses a target that is neither a .docx nor a .pdf file', async () => {
    const { dir, backend } = await demoBackend();
    const error = await callFailing(backend, 'plan:export', {
      options: defaultExportOptions,
      path: path.join(dir, 'Plan.odt'),
    });
    expect(error).toMatchObject({ code: 'INVALID_INPUT' });
    expect(error.message).toContain('.docx oder .pdf');
  });
});
