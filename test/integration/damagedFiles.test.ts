// Files that are not healthy workspaces: each refused with its own German message, none touched.
import Database from 'better-sqlite3';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { applicationId, schemaVersion } from '../../electron/backend/store/connection';
import { failureFor } from '../../electron/backend/store/sqliteErrors';
import type { ErrorCode } from '../../shared/errors';
import { call, callFailing, testBackend, closedAfterEach } from '../support/backend';
import { folderState, pageSizeOf, patchUint32, sha256, sideFiles } from '../support/files';
import { seededRandom } from '../support/random';
import { tempDir } from '../support/temp';

const backendIn = closedAfterEach();

const isRoot = process.getuid?.() === 0;
const dir = tempDir();
/** A closed demo workspace, and one grown to enough pages to flip a byte in 50 of them. */
let demoFile: string;
let grownDemoFile: string;

beforeAll(async () => {
  const backend = testBackend(path.join(dir, 'vorlagen'));
  demoFile = (await call(backend, 'workspace:openDemo', {})).path;
  await backend.close();
  grownDemoFile = (await call(backend, 'workspace:openDemo', {})).path;
  const db = backend.workspaces.current().db;
  for (let n = 1; (db.pragma('page_count', { simple: true }) as number) < 60; n++) {
    await call(backend, 'ideas:create', { text: `Karte ${n} `.padEnd(500, '·'), phase: 'kritik' });
  }
  await backend.close();
});

interface Case {
  name: string;
  fileName: string;
  /** Puts the damaged thing at `file` (or nothing, for the missing file). */
  make: (file: string) => void;
  code: ErrorCode;
  /** What the message says about this kind of damage. */
  says: RegExp;
}

const cases: Case[] = [
  {
    name: 'a 0-byte file',
    fileName: 'Leer.werkstatt',
    make: (file) => writeFileSync(file, ''),
    code: 'NOT_A_WORKSPACE',
    says: /\(kein gültiges Dateiformat\)/,
  },
  {
    name: '64 KiB of random bytes',
    fileName: 'Zufall.werkstatt',
    make: (file) => {
      const random = seededRandom(2026);
      writeFileSync(
        file,
        Buffer.from(Array.from({ length: 64 * 1024 }, () => Math.floor(random() * 256))),
      );
    },
    code: 'NOT_A_WORKSPACE',
    says: /\(kein gültiges Dateiformat\)/,
  },
  {
    name: 'a text file',
    fileName: 'Brief an die Kommune.werkstatt',
    make: (file) => writeFileSync(file, 'Hallo, Welt\n'.repeat(1000)),
    code: 'NOT_A_WORKSPACE',
    says: /\(kein gültiges Dateiformat\)/,
  },
  {
    name: 'a truncated workspace (its first half)',
    fileName: 'Abgeschnitten.werkstatt',
    make: (file) => {
      const bytes = readFileSync(demoFile);
      writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    },
    code: 'WORKSPACE_DAMAGED',
    says: /ist beschädigt.*Sicherung wiederherstellen/,
  },
  {
    name: 'only the 100-byte header of a workspace',
    fileName: 'Nur Kopf.werkstatt',
    make: (file) => writeFileSync(file, readFileSync(demoFile).subarray(0, 100)),
    code: 'WORKSPACE_DAMAGED',
    says: /ist beschädigt.*Sicherung wiederherstellen/,
  },
  {
    name: 'a workspace with 50 flipped bytes',
    fileName: 'Gekippt.werkstatt',
    make: (file) => {
      const bytes = readFileSync(grownDemoFile);
      const pageSize = pageSizeOf(bytes);
      expect(bytes.length / pageSize).toBeGreaterThanOrEqual(52);
      for (let k = 1; k <= 50; k++) bytes[pageSize * k] = (bytes[pageSize * k] as number) ^ 0xff;
      writeFileSync(file, bytes);
    },
    code: 'WORKSPACE_DAMAGED',
    says: /ist beschädigt.*Sicherung wiederherstellen/,
  },
  {
    // Opening reads the overview (counts, steps), never the milestones: only quick_check sees this.
    name: 'a damaged page in a table opening does not read',
    fileName: 'Meilensteine.werkstatt',
    make: (file) => {
      const db = new Database(demoFile, { readonly: true });
      const root = db
        .prepare(`SELECT rootpage FROM sqlite_schema WHERE name = 'project_milestones'`)
        .pluck()
        .get() as number;
      expect(db.prepare('SELECT count(*) FROM project_milestones').pluck().get()).toBeGreaterThan(
        0,
      );
      db.close();
      const bytes = readFileSync(demoFile);
      const offset = (root - 1) * pageSizeOf(bytes);
      bytes[offset] = (bytes[offset] as number) ^ 0xff;
      writeFileSync(file, bytes);
    },
    code: 'WORKSPACE_DAMAGED',
    says: /ist beschädigt.*Sicherung wiederherstellen/,
  },
  {
    name: 'another program’s SQLite database',
    fileName: 'Kassenbuch.werkstatt',
    make: (file) => {
      const db = new Database(file);
      db.exec('CREATE TABLE buchungen (betrag INTEGER); INSERT INTO buchungen VALUES (42);');
      expect(db.pragma('application_id', { simple: true })).toBe(0);
      db.close();
    },
    code: 'NOT_A_WORKSPACE',
    says: /\(eine Datenbank eines anderen Programms\)/,
  },
  {
    name: 'a workspace with a wrong application_id',
    fileName: 'Falsche Kennung.werkstatt',
    make: (file) => {
      copyFileSync(demoFile, file);
      patchUint32(file, 68, applicationId + 1);
    },
    code: 'NOT_A_WORKSPACE',
    says: /\(eine Datenbank eines anderen Programms\)/,
  },
  {
    name: 'a workspace from a newer app version (user_version + 1)',
    fileName: 'Zukunft.werkstatt',
    make: (file) => {
      copyFileSync(demoFile, file);
      patchUint32(file, 60, schemaVersion + 1);
    },
    code: 'WORKSPACE_TOO_NEW',
    says: new RegExp(
      `neueren Version.*Dateiformat ${schemaVersion + 1}, diese Version kennt bis ${schemaVersion}.*bleibt unverändert`,
    ),
  },
  {
    name: 'a missing path',
    fileName: 'Verschwunden.werkstatt',
    make: () => {},
    code: 'WORKSPACE_MISSING',
    says: /wurde nicht gefunden/,
  },
  {
    name: 'a folder',
    fileName: 'Ordner.werkstatt',
    make: (file) => mkdirSync(file),
    code: 'NOT_A_WORKSPACE',
    says: /\(das ist ein Ordner\)/,
  },
];

/** A sentence for people: German words, the file name in German quotes, no technical codes. */
function expectGermanMessage(message: string, fileName: string) {
  expect(message).toContain(`„${fileName}“`);
  expect(message).toMatch(/\b(die|ist|keine?|nicht|wurde|Datei|Werkstatt)\b/);
  expect(message).not.toMatch(/SQLITE|ENOENT|EISDIR|EACCES|error|database|file|not a/i);
  expect(message).toMatch(/[.)]$/);
}

/** Makes the case in a folder of its own, tries to open it, and checks nothing was touched. */
async function attempt(item: Case) {
  const folder = mkdtempSync(path.join(dir, 'fall-'));
  const file = path.join(folder, item.fileName);
  item.make(file);
  const before = folderState(folder);
  const backend = backendIn(mkdtempSync(path.join(dir, 'app-')));

  const error = await callFailing(backend, 'workspace:open', { path: file });

  expect(folderState(folder)).toEqual(before);
  expect(sideFiles(folder)).toEqual([]);
  const missing = item.code === 'WORKSPACE_MISSING';
  expect(before.map((entry) => entry.name)).toEqual(missing ? [] : [item.fileName]);
  expect(existsSync(file)).toBe(!missing);
  // Nothing is open afterwards, and the file did not enter the recent list.
  expect(await call(backend, 'workspace:current', {})).toBeNull();
  expect(await call(backend, 'workspace:recent', {})).toEqual([]);
  return error;
}

describe('opening a file that is not a healthy workspace', () => {
  it.each(cases)('$name → $code, German message, file untouched', async (item) => {
    const error = await attempt(item);
    expect(error.code).toBe(item.code);
    expectGermanMessage(error.message, item.fileName);
    expect(error.message).toMatch(item.says);
  });

  it('says different things for different kinds of trouble', async () => {
    const messages = new Map<string, Set<string>>();
    for (const item of cases) {
      const { code, message } = await attempt(item);
      // Compare the messages without the file name: the kind of trouble alone must tell them apart.
      const kind = `${code}: ${message.replace(`„${item.fileName}“`, '„…“')}`;
      messages.set(kind, (messages.get(kind) ?? new Set()).add(item.name));
    }
    expect([...messages.values()].map((names) => [...names])).toEqual([
      ['a 0-byte file', '64 KiB of random bytes', 'a text file'],
      [
        'a truncated workspace (its first half)',
        'only the 100-byte header of a workspace',
        'a workspace with 50 flipped bytes',
        'a damaged page in a table opening does not read',
      ],
      ['another program’s SQLite database', 'a workspace with a wrong application_id'],
      ['a workspace from a newer app version (user_version + 1)'],
      ['a missing path'],
      ['a folder'],
    ]);
  });

  it('still opens a healthy workspace afterwards', async () => {
    for (const item of cases) await attempt(item);
    const backend = backendIn(mkdtempSync(path.join(dir, 'app-')));
    const copy = path.join(mkdtempSync(path.join(dir, 'gesund-')), 'Gesund.werkstatt');
    copyFileSync(demoFile, copy);
    expect((await call(backend, 'workspace:open', { path: copy })).name).toBe('Musterstadt');
  });
});

describe('a read-only location', () => {
  it.skipIf(isRoot)('is refused with WORKSPACE_READ_ONLY and left untouched', async () => {
    const folder = mkdtempSync(path.join(dir, 'schreibgeschuetzt-'));
    const file = path.join(folder, 'Nur lesen.werkstatt');
    copyFileSync(demoFile, file);
    const before = folderState(folder);
    chmodSync(folder, 0o555);
    try {
      const backend = backendIn(mkdtempSync(path.join(dir, 'app-')));
      const error = await callFailing(backend, 'workspace:open', { path: file });
      expect(error.code).toBe('WORKSPACE_READ_ONLY');
      expectGermanMessage(error.message, 'Nur lesen.werkstatt');
      expect(error.message).toContain('schreibgeschützten Ort');
    } finally {
      chmodSync(folder, 0o755);
    }
    expect(folderState(folder)).toEqual(before);
  });

  // Root ignores file permissions, so where the tests run as root the mapping is checked directly.
  it('maps SQLite’s and the file system’s read-only errors to WORKSPACE_READ_ONLY', () => {
    const file = path.join(dir, 'Nur lesen.werkstatt');
    for (const code of ['SQLITE_READONLY', 'SQLITE_READONLY_DIRECTORY', 'EACCES', 'EROFS']) {
      const failure = failureFor({ code }, file);
      expect(failure?.code, code).toBe('WORKSPACE_READ_ONLY');
      expectGermanMessage(failure?.message ?? '', 'Nur lesen.werkstatt');
      expect(failure?.message).toContain('schreibgeschützten Ort');
    }
  });
});

describe('a damaged workspace with backups', () => {
  it('lists its backups by path and restores one as a copy beside it, leaving it untouched', async () => {
    const appDir = mkdtempSync(path.join(dir, 'app-'));
    const folder = mkdtempSync(path.join(dir, 'rettung-'));
    const file = path.join(folder, 'Rettungsdorf.werkstatt');
    const backend = backendIn(appDir);
    await call(backend, 'workspace:create', { name: 'Rettungsdorf', path: file });
    for (const text of ['Dorfladen', 'Bürgerbus', 'Mehrgenerationenhaus']) {
      await call(backend, 'ideas:create', { text, phase: 'fantasie' });
    }
    await backend.workspaces.close(); // waits for the backup taken at open, takes one at close

    const bytes = readFileSync(file);
    const pageSize = pageSizeOf(bytes);
    for (let k = 1; k < bytes.length / pageSize; k++) {
      bytes[pageSize * k] = (bytes[pageSize * k] as number) ^ 0xff;
    }
    writeFileSync(file, bytes);
    const damagedHash = sha256(file);

    // As after a restart: the file fails to open, the recovery screen lists its backups.
    const restarted = backendIn(appDir);
    expect((await callFailing(restarted, 'workspace:open', { path: file })).code).toBe(
      'WORKSPACE_DAMAGED',
    );
    const backups = await call(restarted, 'backups:list', { path: file });
    expect(backups.map((backup) => backup.reason)).toEqual(['close', 'open']);
    expect(backups.every((backup) => backup.workspaceName === 'Rettungsdorf')).toBe(true);

    const restored = await call(restarted, 'backups:restore', {
      backupId: backups[0]?.id ?? '',
      mode: 'copy',
      path: file,
    });
    expect(path.dirname(restored.path)).toBe(folder);
    expect(path.basename(restored.path)).toMatch(
      /^Rettungsdorf \(wiederhergestellt \d{4}-\d\d-\d\d \d\d-\d\d\)\.werkstatt$/,
    );
    expect(restored).toMatchObject({ name: 'Rettungsdorf', counts: { ideas: 3 } });
    expect((await call(restarted, 'workspace:current', {}))?.path).toBe(restored.path);
    expect(sha256(file)).toBe(damagedHash);
    expect(sideFiles(folder)).toEqual([]);
  });
});
