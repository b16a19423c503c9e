// DESIGN §2a, the one text rule: every control character, noncharacter and lone surrogate in every
// text field is cleaned on the way in, so whatever the app accepted it exports (exchange file and
// Word) and imports again; NUL is refused everywhere; long names work in any script.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import { defaultExportOptions } from '../../shared/plan';
import { cleanText } from '../../shared/text';
import { call, callFailing, closedAfterEach } from '../support/backend';
import { docxParts, parseStrictly } from '../support/docx';
import { buildExportBundles } from '../support/exportWorker';
import type { ExportBundles } from '../support/exportWorker';
import { freshFolders } from '../support/folders';

const freshDir = freshFolders('kw-text-');
const backendIn = closedAfterEach();

let bundles: ExportBundles;
beforeAll(async () => {
  bundles = await buildExportBundles();
});
afterAll(() => bundles?.remove());

/** What Word, other programs and broken encodings put into texts. */
const strangeCharacters: Record<string, string> = {
  'VT (Zeilenumbruch aus Word)': '\u000b',
  BEL: '\u0007',
  BS: '\u0008',
  ESC: '\u001b',
  DEL: '\u007f',
  CR: '\r',
  CRLF: '\r\n',
  LF: '\n',
  Tab: '\t',
  FF: '\f',
  NEL: '\u0085',
  'C1 U+009F': '\u009f',
  LS: '\u2028',
  PS: '\u2029',
  'U+FFFE': '\ufffe',
  'U+FFFF': '\uffff',
  'U+FDD0': '\ufdd0',
  'U+1FFFE': '\u{1fffe}',
  'einzelnes hohes Surrogat': '\ud83d',
  'einzelnes tiefes Surrogat': '\ude00',
};

const single = (text: string) => cleanText(text, { multiLine: false }).trim();
const multi = (text: string) => cleanText(text, { multiLine: true }).trim();
/** Nothing but text a person typed remains: no controls but "\n" and tab, no noncharacters. */
const isClean = (text: string) =>
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  !/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]|\p{Noncharacter_Code_Point}|\p{Surrogate}/u.test(
    text,
  );

/** A workspace with `c` inside every text field the app has; answers the project's id. */
async function fillEveryField(backend: Backend, c: string) {
  const t = (label: string) => `${label} ${c}Ende`;
  await call(backend, 'workspace:create', {
    name: t('Aue'),
    district: t('Kreis'),
    consultant: t('Büro'),
  });
  await call(backend, 'workshops:create', {
    title: t('Werkstatt'),
    place: t('Rathaus'),
    groups: [t('Tisch')],
  });
  const field = await call(backend, 'actionFields:create', {
    name: t('Feld'),
    color: '#336699',
    description: t('Beschreibung'),
  });
  const actionFieldId = field.patch.actionFields[0]!.id;
  const idea = await call(backend, 'ideas:create', {
    text: t('Idee'),
    phase: 'kritik',
    author: t('Anna'),
  });
  const moved = await call(backend, 'ideas:move', {
    id: idea.patch.ideas[0]!.id,
    to: { kind: 'newProject', actionFieldId, beforeProjectId: null },
  });
  const projectId = moved.patch.projects[0]!.id;
  await call(backend, 'projects:rename', { id: projectId, title: t('Projekt') });
  await call(backend, 'projects:update', {
    id: projectId,
    changes: {
      description: t('Beschreibung'),
      lead: t('Leitung'),
      partners: t('Partner'),
      funding: t('Förderung'),
      indicators: t('Indikator'),
      projectType: t('Art'),
    },
  });
  await call(backend, 'milestones:add', { projectId, month: '2027-03', text: t('Meilenstein') });
  const groups = await call(backend, 'targetGroups:create', { name: t('Zielgruppe') });
  const goals = await call(backend, 'strategicGoals:create', { text: t('Leitziel') });
  await call(backend, 'projects:setTargetGroups', {
    id: projectId,
    targetGroupIds: [groups.targetGroups.at(-1)!.id],
  });
  await call(backend, 'projects:setStrategicGoals', {
    id: projectId,
    strategicGoalIds: [goals.strategicGoals.at(-1)!.id],
  });
  await call(backend, 'plan:freeze', { label: t('Fassung') });
  return projectId;
}

describe('every text field with each strange character', () => {
  it.each(Object.entries(strangeCharacters))(
    '%s: stored clean, exported and imported again, and in the Word document',
    async (_, c) => {
      const dir = freshDir();
      const backend = backendIn(dir, { exportWorker: bundles.worker });
      const projectId = await fillEveryField(backend, c);
      const summary = await call(backend, 'workspace:current', {});
      expect(summary?.name).toBe(single(`Aue ${c}Ende`));
      expect(summary?.district).toBe(single(`Kreis ${c}Ende`));
      const sheet = await call(backend, 'projects:sheet', { id: projectId });
      expect(sheet.title).toBe(single(`Projekt ${c}Ende`));
      expect(sheet.description).toBe(multi(`Beschreibung ${c}Ende`));
      expect(sheet.lead).toBe(single(`Leitung ${c}Ende`));
      expect(sheet.ideas[0]?.text).toBe(cleanText(`Idee ${c}Ende`, { multiLine: true }));
      const board = await call(backend, 'board:load', {});
      const texts = [
        summary?.name,
        summary?.district,
        summary?.consultant,
        ...board.workshops.flatMap((w) => [w.title, w.place, ...w.groups.map((g) => g.name)]),
        ...board.actionFields.flatMap((f) => [f.name, f.description]),
        ...board.ideas.flatMap((i) => [i.text, i.author]),
        ...Object.values(sheet).filter((value) => typeof value === 'string'),
        ...sheet.milestones.map((m) => m.text),
        ...sheet.targetGroupNames,
        ...(await call(backend, 'plan:versions', {})).map((v) => v.label),
      ] as string[];
      expect(texts.filter((text) => !isClean(text))).toEqual([]);

      // The exchange file: written, and read back into another Kommune's workspace.
      const written = await call(backend, 'exchange:export', { projectIds: null });
      const word = await call(backend, 'plan:export', { options: defaultExportOptions });
      const document = docxParts(word.path)['word/document.xml'] as string;
      parseStrictly(document);
      expect(document).toContain('Leitung');

      const other = backendIn(freshDir());
      await call(other, 'workspace:create', { name: 'Nachbarort' });
      const imported = await call(other, 'exchange:import', { path: written.path, indexes: null });
      expect(imported.imported).toBe(1);
      const copy = await call(other, 'projects:sheet', { id: imported.projectIds[0]! });
      for (const key of [
        'title',
        'description',
        'lead',
        'partners',
        'funding',
        'indicators',
        'projectType',
        'actionFieldName',
      ] as const) {
        expect(copy[key], key).toBe(sheet[key]);
      }
      expect(copy.origin).toBe(summary?.name);
      expect(copy.milestones.map((m) => m.text)).toEqual(sheet.milestones.map((m) => m.text));
      expect(copy.ideas.map((i) => i.text)).toEqual(sheet.ideas.map((i) => i.text));
    },
  );
});

describe('NUL', () => {
  it('is refused in every kind of text with a German message, and nothing changes', async () => {
    const backend = backendIn(freshDir());
    const created = await callFailing(backend, 'workspace:create', { name: 'A\u0000B' });
    expect(created).toMatchObject({ code: 'INVALID_INPUT' });
    expect(created.message).toContain('Name der Kommune: enthält ein Nullzeichen (NUL)');
    await call(backend, 'workspace:create', { name: 'Nullhausen' });
    const refusals: [string, unknown][] = [
      ['ideas:create', { text: 'a\u0000', phase: 'kritik' }],
      ['ideas:create', { text: 'a', phase: 'kritik', author: '\u0000' }],
      ['workshops:create', { title: 'W\u0000' }],
      ['actionFields:create', { name: 'F\u0000', color: '#000000' }],
      ['targetGroups:create', { name: 'Z\u0000' }],
      ['strategicGoals:create', { text: 'L\u0000' }],
      ['plan:freeze', { label: 'F\u0000' }],
      ['library:list', { filters: {}, query: 'a\u0000b' }],
    ];
    for (const [method, input] of refusals) {
      const error = await callFailing(backend, method as 'ideas:create', input);
      expect(error.code, method).toBe('INVALID_INPUT');
      expect(error.message, method).toContain('Nullzeichen (NUL)');
    }
    const board = await call(backend, 'board:load', {});
    expect(board.ideas).toEqual([]);
    expect(board.workshops).toEqual([]);
  });

  it('is refused in a path before any file is touched: no stray file appears', async () => {
    const dir = freshDir();
    const backend = backendIn(dir);
    const before = readdirSync(process.cwd());
    for (const [method, input] of [
      ['workspace:create', { name: 'X', path: '\u0000.a' }],
      ['workspace:create', { name: 'X', path: path.join(dir, 'a\u0000.werkstatt') }],
      ['workspace:open', { path: '\u0000.a' }],
      ['backups:list', { path: 'x\u0000' }],
    ] as const) {
      const error = await callFailing(backend, method, input);
      expect(error.code, method).toBe('INVALID_INPUT');
      expect(error.message).toContain('Der Dateipfad enthält ein Nullzeichen');
    }
    expect(readdirSync(process.cwd())).toEqual(before);
    expect(existsSync(path.join(dir, 'a'))).toBe(false);
  });
});

describe('long names', () => {
  const names: Record<string, string> = {
    '120 × Ä': 'Ä'.repeat(120),
    Griechisch: 'Δήμος Αλεξανδρούπολης '.repeat(6).slice(0, 120),
    Chinesisch: '东京都千代田区'.repeat(18).slice(0, 120),
    Emoji: '🏘️'.repeat(60),
  };

  it.each(Object.entries(names))('%s: a 120-character Kommune name works', async (_, name) => {
    const backend = backendIn(freshDir());
    const summary = await call(backend, 'workspace:create', { name });
    expect(summary.name).toBe(name);
    expect(Buffer.byteLength(path.basename(summary.path))).toBeLessThanOrEqual(255);
    await call(backend, 'ideas:create', { text: 'Geht', phase: 'kritik' });
    const backup = await call(backend, 'backups:create', {});
    const copy = await call(backend, 'backups:restore', { backupId: backup.id, mode: 'copy' });
    expect(copy.name).toBe(name);
  });

  it('refuses 121 characters with the limit, counted as the user sees them', async () => {
    const backend = backendIn(freshDir());
    const error = await callFailing(backend, 'workspace:create', { name: '🏠'.repeat(121) });
    expect(error.message).toContain('Name der Kommune: höchstens 120 Zeichen.');
  });

  it('says that a file name or a path is too long, and the limit', async () => {
    const dir = freshDir();
    const backend = backendIn(dir);
    const longName = await callFailing(backend, 'workspace:create', {
      name: 'Lang',
      path: path.join(dir, `${'Ä'.repeat(120)}.werkstatt`),
    });
    expect(longName.code).toBe('NAME_TOO_LONG');
    expect(longName.message).toMatch(/Der Dateiname „Ä+…“ ist zu lang: 250 Bytes, höchstens 205/);
    expect(longName.message).not.toContain('Datenträger');

    // 2,500 characters, 5,000 bytes in UTF-8: within the schema's characters, beyond PATH_MAX.
    const deep = path.join(dir, ...Array.from({ length: 25 }, () => 'Ä'.repeat(99)), 'a.werkstatt');
    const longPath = await callFailing(backend, 'workspace:open', { path: deep });
    expect(longPath.code).toBe('NAME_TOO_LONG');
    expect(longPath.message).toContain('Der Pfad ist zu lang');
    expect(longPath.message).toContain('höchstens 4.095');
  });
});
