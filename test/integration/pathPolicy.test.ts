// Paths a request names are confined: to the workspace and data folders, plus the files the user
// chose in the app's own dialog; `..`, symlinks out and foreign files are refused and nothing is written.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pathFields } from '../../electron/backend/pathPolicy';
import type { Platform } from '../../electron/backend/platform';
import { contract, methodNames } from '../../shared/contract';
import { call, callFailing, closedAfterEach } from '../support/backend';
import { freshFolders } from '../support/folders';

const freshDir = freshFolders('kw-paths-');
const backendIn = closedAfterEach();

/** A backend whose workspace folder exists, and a folder beside it that belongs to nobody. */
function setUp(platform?: Platform) {
  const dir = freshDir();
  // Only the two app folders: the test folder around them is "elsewhere" here.
  const backend = backendIn(dir, { extraFolders: [], ...(platform ? { platform } : {}) });
  const folder = backend.workspaces.workspaceFolder;
  mkdirSync(folder, { recursive: true });
  const outside = path.join(dir, 'anderswo');
  mkdirSync(outside);
  return { dir, backend, folder, outside };
}

const kommune = (file: string) => ({ name: 'Aue', path: file });

describe('path policy', () => {
  it('names every contract method that takes a path', () => {
    const withPath = methodNames.filter((method) => {
      const schema = contract[method].input as { shape?: Record<string, unknown> };
      return schema.shape !== undefined && 'path' in schema.shape;
    });
    expect(withPath.sort()).toEqual(Object.keys(pathFields).sort());
  });

  it('creates and opens a workspace inside the workspace folder', async () => {
    const { backend, folder } = setUp();
    const file = path.join(folder, 'Unterordner', '..x', 'Aue.werkstatt');
    mkdirSync(path.dirname(file), { recursive: true });
    const created = await call(backend, 'workspace:create', kommune(file));
    expect(created.path).toBe(file);
    await call(backend, 'workspace:close', {});
    expect((await call(backend, 'workspace:open', { path: file })).name).toBe('Aue');
  });

  it.each([
    ['an absolute path elsewhere', (outside: string) => path.join(outside, 'Aue.werkstatt')],
    [
      'a way out with ..',
      (outside: string, folder: string) =>
        `${folder}${path.sep}..${path.sep}anderswo${path.sep}Aue.werkstatt`,
    ],
    ['a relative path', () => 'Aue.werkstatt'],
  ])('refuses to create a workspace at %s and writes nothing', async (_label, target) => {
    const { backend, folder, outside, dir } = setUp();
    const file = target(outside, folder);
    const error = await callFailing(backend, 'workspace:create', kommune(file));
    expect(error.code).toBe('PATH_NOT_ALLOWED');
    expect(error.message).toMatch(/Dateipfad|Speicherort/);
    expect(existsSync(path.join(outside, 'Aue.werkstatt'))).toBe(false);
    expect(existsSync(path.join(dir, 'Aue.werkstatt'))).toBe(false);
    expect(existsSync(path.resolve('Aue.werkstatt'))).toBe(false);
  });

  it('refuses a NUL in a path as invalid input, in German, and writes nothing', async () => {
    const { backend, folder } = setUp();
    const error = await callFailing(
      backend,
      'workspace:create',
      kommune(path.join(folder, 'A\0ue.werkstatt')),
    );
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/Nullzeichen/);
    expect(readdirSync(folder)).toEqual([]);
    expect(existsSync(path.resolve('A'))).toBe(false);
  });

  it('refuses a folder symlinked out of the workspace folder', async () => {
    const { backend, folder, outside } = setUp();
    symlinkSync(outside, path.join(folder, 'Verknüpfung'));
    const error = await callFailing(backend, 'exchange:export', {
      projectIds: null,
      path: path.join(folder, 'Verknüpfung', 'Projekte.werkstatt-projekte'),
    });
    expect(error.code).toBe('PATH_NOT_ALLOWED');
    expect(existsSync(path.join(outside, 'Projekte.werkstatt-projekte'))).toBe(false);
  });

  it('never replaces a file outside through a symlinked file inside', async () => {
    const { backend, folder, outside } = setUp();
    await call(backend, 'workspace:create', { name: 'Aue' });
    const report = path.join(outside, 'Mein Bericht.csv');
    writeFileSync(report, 'Wichtig');
    symlinkSync(report, path.join(folder, 'Bericht.csv'));
    const error = await callFailing(backend, 'library:exportCsv', {
      filters: {},
      query: '',
      path: path.join(folder, 'Bericht.csv'),
    });
    expect(error.code).toBe('PATH_NOT_ALLOWED');
    expect(readFileSync(report, 'utf8')).toBe('Wichtig');
  });

  it('refuses to read a project file from elsewhere', async () => {
    const { backend, outside } = setUp();
    await call(backend, 'workspace:create', { name: 'Aue' });
    const foreign = path.join(outside, 'Fremd.werkstatt-projekte');
    writeFileSync(foreign, '{}');
    const error = await callFailing(backend, 'exchange:preview', { path: foreign });
    expect(error.code).toBe('PATH_NOT_ALLOWED');
  });

  it('writes where the user chose in the app’s own dialog, and nowhere else outside', async () => {
    const chosen: { file: string } = { file: '' };
    const platform: Platform = { nativeDialogs: true, pickPath: async () => chosen.file };
    const { backend, outside } = setUp(platform);
    chosen.file = path.join(outside, 'Gewählt.werkstatt');
    const picked = await call(backend, 'system:pickPath', { purpose: 'saveWorkspace' });
    expect(picked.path).toBe(chosen.file);
    expect((await call(backend, 'workspace:create', kommune(chosen.file))).path).toBe(chosen.file);
    const other = path.join(outside, 'Nicht gewählt.werkstatt');
    expect((await callFailing(backend, 'workspace:create', kommune(other))).code).toBe(
      'PATH_NOT_ALLOWED',
    );
    expect(existsSync(other)).toBe(false);
  });

  it('opens a workspace from the recent list wherever it lies', async () => {
    const chosen = { file: '' };
    const platform: Platform = { nativeDialogs: true, pickPath: async () => chosen.file };
    const { dir, outside } = setUp(platform);
    chosen.file = path.join(outside, 'Aue.werkstatt');
    const first = backendIn(dir, { platform, extraFolders: [] });
    await call(first, 'system:pickPath', { purpose: 'saveWorkspace' });
    await call(first, 'workspace:create', kommune(chosen.file));
    await first.close();
    // A new session: nothing chosen yet, but the file was opened before at the user's request.
    const second = backendIn(dir, { platform, extraFolders: [] });
    expect((await call(second, 'workspace:open', { path: chosen.file })).name).toBe('Aue');
  });
});

describe('system:openFile', () => {
  it('takes no path: an arbitrary file cannot even be named', async () => {
    const opened: string[] = [];
    const platform: Platform = {
      nativeDialogs: true,
      openFile: async (file) => void opened.push(file),
    };
    const { backend } = setUp(platform);
    const error = await callFailing(backend, 'system:openFile', { path: '/bin/sh' });
    expect(error.code).toBe('INVALID_INPUT');
    expect((await callFailing(backend, 'system:openFile', { handle: '/bin/sh' })).code).toBe(
      'NOT_FOUND',
    );
    expect(opened).toEqual([]);
  });

  it('opens a file the app wrote, by the handle its export answered', async () => {
    const opened: string[] = [];
    const platform: Platform = {
      nativeDialogs: true,
      openFile: async (file) => void opened.push(file),
    };
    const { backend } = setUp(platform);
    await call(backend, 'workspace:create', { name: 'Aue' });
    const written = await call(backend, 'library:exportCsv', { filters: {}, query: '' });
    await call(backend, 'system:openFile', { handle: written.handle });
    expect(opened).toEqual([written.path]);
  });
});
