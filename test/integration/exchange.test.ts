// Interkommunaler Austausch through the contract: export from the demo, import into a new
// workspace (same projects, origin "Musterstadt"), preview with duplicates and new catalogue
// entries, and files that are refused with a typed error while the workspace stays as it was.
import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import { duplicateKey } from '../../electron/backend/exchange/duplicates';
import { startWebHost } from '../../electron/web/server';
import type { ProjectSheet } from '../../shared/contract';
import { call, callFailing, closedAfterEach } from '../support/backend';
import { freshFolders } from '../support/folders';
import { rawRequest } from '../support/http';
import { stampedDuring } from '../support/stamps';

const freshDir = freshFolders('kw-exchange-');
const backendIn = closedAfterEach();

async function demo(): Promise<Backend> {
  const backend = backendIn(freshDir());
  await call(backend, 'workspace:openDemo', {});
  return backend;
}

async function empty(name = 'Neudorf'): Promise<Backend> {
  const backend = backendIn(freshDir());
  await call(backend, 'workspace:create', { name });
  return backend;
}

async function sheets(backend: Backend): Promise<ProjectSheet[]> {
  const { projects } = await call(backend, 'library:list', { filters: {} });
  return Promise.all(
    projects.map((project) => call(backend, 'projects:sheet', { id: project.id })),
  );
}

/** What must travel: every fact-sheet field by value, catalogue entries by name. */
async function comparable(backend: Backend) {
  const catalogs = await call(backend, 'catalogs:list', {});
  const goalText = new Map(catalogs.strategicGoals.map((goal) => [goal.id, goal.text]));
  return (await sheets(backend)).map((sheet) => ({
    title: sheet.title,
    description: sheet.description,
    actionFieldName: sheet.actionFieldName,
    targetGroupNames: sheet.targetGroupNames,
    // In the catalogue's order, which the import builds from the order goals first occur in.
    strategicGoals: sheet.strategicGoalIds.map((id) => goalText.get(id)).sort(),
    lead: sheet.lead,
    partners: sheet.partners,
    startMonth: sheet.startMonth,
    endMonth: sheet.endMonth,
    budgetCents: sheet.budgetCents,
    funding: sheet.funding,
    indicators: sheet.indicators,
    priority: sheet.priority,
    keyMeasure: sheet.keyMeasure,
    status: sheet.status,
    projectGoal: sheet.projectGoal,
    projectType: sheet.projectType,
    areaScope: sheet.areaScope,
    dots: sheet.dots,
    milestones: sheet.milestones.map(({ month, text }) => ({ month, text })),
    ideas: sheet.ideas.map(({ text, phase, dots }) => ({ text, phase, dots })),
  }));
}

const exportAll = (backend: Backend) => call(backend, 'exchange:export', { projectIds: null });

describe('export', () => {
  it('writes all projects to a dated file in the workspace folder, offered for download', async () => {
    const backend = await demo();
    const [written, stamps] = await stampedDuring(() => exportAll(backend));
    expect(stamps.map((stamp) => `Musterstadt – Projekte ${stamp}.werkstatt-projekte`)).toContain(
      path.basename(written.path),
    );
    expect(path.dirname(written.path)).toBe(backend.workspaces.workspaceFolder);
    expect(written.count).toBe(20);
    expect(written.bytes).toBe(readFileSync(written.path).length);
    expect(backend.offeredFiles.has(written.path)).toBe(true);
    // A second export in the same minute does not overwrite the first: it is numbered.
    const again = await exportAll(backend);
    expect(again.path).not.toBe(written.path);
    expect(path.basename(again.path)).toMatch(
      /^Musterstadt – Projekte \d{4}-\d\d-\d\d \d\d-\d\d( \(2\))?\.werkstatt-projekte$/,
    );
  });

  it('is versioned JSON with the origin and no personal data', async () => {
    const backend = await demo();
    const text = readFileSync((await exportAll(backend)).path, 'utf8');
    const file = JSON.parse(text);
    expect(file).toMatchObject({
      format: 'kommunalwerkstatt-projekte',
      version: 1,
      exportedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      origin: { name: 'Musterstadt', state: 'Sachsen-Anhalt', district: 'Landkreis Musterland' },
    });
    expect(file.projects).toHaveLength(20);
    expect(Object.keys(file.projects[0]).sort()).toEqual(
      [
        'title',
        'description',
        'actionField',
        'targetGroups',
        'strategicGoals',
        'lead',
        'partners',
        'startMonth',
        'endMonth',
        'budgetCents',
        'funding',
        'indicators',
        'priority',
        'keyMeasure',
        'status',
        'projectGoal',
        'projectType',
        'areaScope',
        'dots',
        'origin',
        'milestones',
        'ideas',
      ].sort(),
    );
    const ideas = file.projects.flatMap((project: { ideas: object[] }) => project.ideas);
    expect(ideas.length).toBeGreaterThan(0);
    for (const idea of ideas) expect(Object.keys(idea).sort()).toEqual(['dots', 'phase', 'text']);
    // Idea authors, actors, workshops, groups and internal ids stay home.
    for (const personal of ['Schülerin, 16', 'Tisch 1 – Wohnen', '"author"', '"id"']) {
      expect(text).not.toContain(personal);
    }
  });

  it('writes the chosen projects only, in library order, to a chosen file it may replace', async () => {
    const backend = await demo();
    const { projects } = await call(backend, 'library:list', { filters: {} });
    const chosen = [projects[5]?.id as number, projects[2]?.id as number];
    const target = path.join(freshDir(), 'Auswahl.werkstatt-projekte');
    writeFileSync(target, 'alt');
    const written = await call(backend, 'exchange:export', { projectIds: chosen, path: target });
    expect(written).toMatchObject({ path: target, count: 2 });
    const file = JSON.parse(readFileSync(target, 'utf8'));
    expect(file.projects.map((p: { title: string }) => p.title)).toEqual([
      projects[2]?.title,
      projects[5]?.title,
    ]);
    expect(
      await callFailing(backend, 'exchange:export', { projectIds: [9_999], path: target }),
    ).toMatchObject({ code: 'NOT_FOUND' });
    expect(
      await callFailing(backend, 'exchange:export', { projectIds: [], path: target }),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      message: 'Es ist kein Projekt zum Exportieren ausgewählt.',
    });
    const wrongName = await callFailing(backend, 'exchange:export', {
      projectIds: null,
      path: path.join(freshDir(), 'Projekte.json'),
    });
    expect(wrongName.message).toContain('Der Dateiname muss auf .werkstatt-projekte enden.');
  });
});

describe('import', () => {
  it('brings the demo’s projects into a new workspace unchanged, marked as from Musterstadt', async () => {
    const source = await demo();
    const { path: file } = await exportAll(source);
    const expected = await comparable(source);

    const target = await empty();
    const preview = await call(target, 'exchange:preview', { path: file });
    expect(preview.origin).toBe('Musterstadt');
    expect(preview.projects).toHaveLength(20);
    expect(preview.projects.every((project) => project.duplicateOfId === null)).toBe(true);
    // The demo uses the default catalogues, which the new workspace has too.
    expect(preview).toMatchObject({ newActionFields: [], newTargetGroups: [] });

    const result = await call(target, 'exchange:import', { path: file, indexes: null });
    expect(result.imported).toBe(20);
    expect(result.projectIds).toHaveLength(20);
    expect(await comparable(target)).toEqual(expected);
    const imported = await sheets(target);
    expect(imported.every((sheet) => sheet.origin === 'Musterstadt')).toBe(true);
    expect(
      imported.every((sheet) => sheet.ideas.every((idea) => idea.workshopTitle === null)),
    ).toBe(true);
    expect((await call(target, 'catalogs:list', {})).strategicGoals).toHaveLength(5);
    expect((await call(target, 'history:state', {})).undoLabel).toBe('20 Projekte importieren');

    // Searchable at once, and one undo takes the whole import back.
    expect(
      (await call(target, 'library:list', { filters: {}, query: 'bahnh' })).projects.length,
    ).toBeGreaterThan(0);
    await call(target, 'history:undo', {});
    expect((await call(target, 'library:list', { filters: {} })).total).toBe(0);
    expect((await call(target, 'catalogs:list', {})).strategicGoals).toHaveLength(0);
  });

  it('reads the browser’s upload (content) like a file, and imports a chosen subset', async () => {
    const source = await demo();
    const { path: file } = await exportAll(source);
    const content = readFileSync(file, 'utf8');
    const target = await empty();
    expect(await call(target, 'exchange:preview', { content })).toEqual(
      await call(target, 'exchange:preview', { path: file }),
    );
    const result = await call(target, 'exchange:import', { content, indexes: [3, 0, 3] });
    expect(result.imported).toBe(2);
    const titles = (await sheets(target)).map((sheet) => sheet.title).sort();
    const file1 = JSON.parse(content);
    expect(titles).toEqual([file1.projects[0].title, file1.projects[3].title].sort());
    expect((await call(target, 'history:state', {})).undoLabel).toBe('2 Projekte importieren');
    expect(await callFailing(target, 'exchange:import', { content, indexes: [20] })).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('kein Projekt Nr. 21'),
    });
    expect(await callFailing(target, 'exchange:preview', { content, path: file })).toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect(await callFailing(target, 'exchange:preview', {})).toMatchObject({
      code: 'INVALID_INPUT',
    });
  });

  it('matches Handlungsfelder and Zielgruppen by folded name and creates the missing ones', async () => {
    const source = await demo();
    const { path: file } = await exportAll(source);
    const target = await empty('Aue');
    const lists = await call(target, 'catalogs:list', {});
    const housing = lists.actionFields.find((field) => field.name === 'Wohnen');
    const youth = lists.targetGroups.find((group) => group.name === 'Jugendliche');
    await call(target, 'actionFields:update', { id: housing?.id as number, name: 'WOHNEN' });
    await call(target, 'targetGroups:delete', { id: youth?.id as number, replaceWithId: null });
    await call(target, 'targetGroups:rename', {
      id: lists.targetGroups.find((group) => group.name === 'Senioren')?.id as number,
      name: 'Senioren ',
    });

    const preview = await call(target, 'exchange:preview', { path: file });
    expect(preview.newActionFields).toEqual([]);
    expect(preview.newTargetGroups).toEqual(['Jugendliche']);
    await call(target, 'exchange:import', { path: file, indexes: null });
    const after = await call(target, 'catalogs:list', {});
    expect(after.actionFields).toHaveLength(16);
    const housingInFile = (await comparable(source)).filter(
      (project) => project.actionFieldName === 'Wohnen',
    ).length;
    expect(housingInFile).toBeGreaterThan(0);
    expect(after.actionFields.find((field) => field.name === 'WOHNEN')?.projectCount).toBe(
      housingInFile,
    );
    expect(after.targetGroups.filter((group) => group.name === 'Jugendliche')).toHaveLength(1);
  });

  it('flags likely duplicates when the demo imports its own projects', async () => {
    const backend = await demo();
    const { path: file } = await exportAll(backend);
    const { projects } = await call(backend, 'library:list', { filters: {} });
    const preview = await call(backend, 'exchange:preview', { path: file });
    expect(preview.projects.map((p) => [p.duplicateOfId, p.duplicateOfTitle])).toEqual(
      projects.map((p) => [p.id, p.title]),
    );
    const renamed = JSON.parse(readFileSync(file, 'utf8'));
    renamed.projects[0].title = 'Alten Postamt: Azubi- und Starterwohnen';
    renamed.projects[1].title = 'Etwas ganz anderes';
    const varied = await call(backend, 'exchange:preview', { content: JSON.stringify(renamed) });
    expect(varied.projects[0]?.duplicateOfId).toBe(projects[0]?.id);
    expect(varied.projects[1]?.duplicateOfId).toBeNull();
  });
});

describe('the duplicate rule', () => {
  it('ignores case, umlauts, ß/ss, punctuation, filler words and word order', () => {
    expect(duplicateKey('Radweg auf der alten Bahntrasse')).toBe(
      duplicateKey('Alten Bahntrasse: Radweg'),
    );
    expect(duplicateKey('Straßenfest für Jung & Alt')).toBe(
      duplicateKey('strassenfest – jung, alt'),
    );
    expect(duplicateKey('Rufbus „Muster-Flexi“')).toBe(duplicateKey('Rufbus Muster Flexi'));
    expect(duplicateKey('Rufbus')).not.toBe(duplicateKey('Rufbus am Abend'));
    expect(duplicateKey('Die und das')).toBe('das die und');
  });
});

describe('refused files', () => {
  async function fingerprint(backend: Backend) {
    const db = backend.workspaces.current().db;
    return {
      counts: db
        .prepare(
          `SELECT (SELECT count(*) FROM projects) p, (SELECT count(*) FROM ideas) i,
             (SELECT count(*) FROM action_fields) f, (SELECT count(*) FROM target_groups) t,
             (SELECT count(*) FROM strategic_goals) g, (SELECT count(*) FROM project_milestones) m`,
        )
        .get(),
      history: await call(backend, 'history:state', {}),
    };
  }

  it('names what is wrong, with a typed error, and changes nothing', async () => {
    const source = await demo();
    const valid = JSON.parse(readFileSync((await exportAll(source)).path, 'utf8'));
    const target = await empty();
    const before = await fingerprint(target);
    /** A project with its long texts and lists emptied: small enough to repeat 10,001 times. */
    const bare = (project: Record<string, unknown>) => ({
      ...project,
      description: '',
      funding: '',
      indicators: '',
      milestones: [],
      ideas: [],
    });
    const variant = (change: (file: typeof valid) => void) => {
      const copy = structuredClone(valid);
      change(copy);
      return JSON.stringify(copy);
    };
    const cases: [string, string, string][] = [
      [
        '{"format": "kommunalwerkstatt-projekte", "version": 1, ',
        'EXCHANGE_INVALID',
        'kein gültiges JSON',
      ],
      ['Einkaufsliste', 'EXCHANGE_INVALID', 'kein gültiges JSON'],
      [
        '{"name": "etwas anderes"}',
        'EXCHANGE_UNSUPPORTED',
        'keine Projektdatei der Kommunalwerkstatt',
      ],
      ['[1, 2, 3]', 'EXCHANGE_UNSUPPORTED', 'keine Projektdatei'],
      [
        variant((f) => (f.version = 2)),
        'EXCHANGE_UNSUPPORTED',
        'neueren Version der Kommunalwerkstatt (Dateiformat 2',
      ],
      [variant((f) => (f.version = '1')), 'EXCHANGE_INVALID', 'Version'],
      [variant((f) => (f.projects[2].startMonth = '2027-13')), 'EXCHANGE_INVALID', 'Projekt 3 („'],
      [
        variant((f) => (f.projects[2].startMonth = '2027-13')),
        'EXCHANGE_INVALID',
        'Beginn: kein Monat wie 2027-03',
      ],
      [
        variant((f) => (f.projects[0].endMonth = '2020-01')),
        'EXCHANGE_INVALID',
        'Ende: Das Ende liegt vor dem Beginn',
      ],
      [
        variant((f) => (f.projects[0].title = ' ')),
        'EXCHANGE_INVALID',
        'Projekt 1, Titel: ist leer',
      ],
      [variant((f) => (f.projects[0].budgetCents = -5)), 'EXCHANGE_INVALID', 'Budget: negativ'],
      [variant((f) => (f.projects[1].ideas[0].text = '')), 'EXCHANGE_INVALID', 'Idee 1'],
      [
        variant((f) => delete f.projects[0].milestones),
        'EXCHANGE_INVALID',
        'Meilensteine: fehlt oder hat den falschen Typ',
      ],
      [
        variant((f) => (f.projects[0].description = 'x'.repeat(20_001))),
        'EXCHANGE_INVALID',
        'Beschreibung: höchstens 20.000 Zeichen',
      ],
      [
        variant(
          (f) => (f.projects[0].ideas = Array(1_001).fill({ text: 'a', phase: 'kritik', dots: 0 })),
        ),
        'EXCHANGE_INVALID',
        'Ideen: höchstens 1.000 Einträge',
      ],
      [
        variant((f) => (f.projects = Array(10_001).fill(bare(f.projects[0])))),
        'EXCHANGE_INVALID',
        'Projekte: höchstens 10.000 Einträge',
      ],
      [variant((f) => (f.origin.name = '')), 'EXCHANGE_INVALID', 'Herkunft, Name: ist leer'],
    ];
    for (const [content, code, message] of cases) {
      for (const input of [{ content }, { content, indexes: null }]) {
        const method = 'indexes' in input ? 'exchange:import' : 'exchange:preview';
        const error = await callFailing(target, method, input);
        expect(error.code, content.slice(0, 80)).toBe(code);
        expect(error.message).toContain(message);
        expect(error.message).toContain('Es wurde nichts importiert.');
      }
    }
    expect(await fingerprint(target)).toEqual(before);
  });

  it('refuses a file over 20 MB by its size, before reading it', async () => {
    const target = await empty();
    const before = await fingerprint(target);
    const big = path.join(freshDir(), 'Riesig.werkstatt-projekte');
    writeFileSync(big, '');
    truncateSync(big, 20_000_001);
    expect(await callFailing(target, 'exchange:preview', { path: big })).toMatchObject({
      code: 'EXCHANGE_TOO_LARGE',
      message: expect.stringContaining('größer als 20 MB'),
    });
    const content = `{"format":"kommunalwerkstatt-projekte","x":"${'ä'.repeat(10_000_000)}"}`;
    expect(await callFailing(target, 'exchange:import', { content, indexes: null })).toMatchObject({
      code: 'EXCHANGE_TOO_LARGE',
    });
    expect(await fingerprint(target)).toEqual(before);
  });

  it('refuses bytes that are not UTF-8, a folder and a missing file', async () => {
    const target = await empty();
    const dir = freshDir();
    const binary = path.join(dir, 'Bild.werkstatt-projekte');
    writeFileSync(binary, Buffer.from([0x7b, 0xff, 0xfe, 0x00, 0x89, 0x50, 0x4e, 0x47]));
    expect(await callFailing(target, 'exchange:preview', { path: binary })).toMatchObject({
      code: 'EXCHANGE_INVALID',
      message: expect.stringContaining('keine Textdatei in UTF-8'),
    });
    expect((await callFailing(target, 'exchange:preview', { path: dir })).code).toBe(
      'EXCHANGE_INVALID',
    );
    expect(
      await callFailing(target, 'exchange:preview', {
        path: path.join(dir, 'fehlt.werkstatt-projekte'),
      }),
    ).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('uploads through the web host', () => {
  it('takes a project file up to 25 MiB for preview and import, other calls only 1 MiB', async () => {
    const backend = await demo();
    const rendererDir = freshDir();
    writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html>');
    const host = await startWebHost({ backend, rendererDir });
    try {
      const post = (method: string, body: string) =>
        rawRequest({
          port: host.port,
          path: `/api/${method}`,
          method: 'POST',
          headers: {
            Host: `127.0.0.1:${host.port}`,
            Authorization: `Bearer ${host.token}`,
            'Content-Type': 'application/json',
          },
          body,
        });
      const valid = readFileSync((await exportAll(backend)).path, 'utf8');
      // Five megabytes of file: far above the usual limit, well below the upload limit.
      const padded = valid.replace(
        '"projects"',
        `"padding": "${'x'.repeat(5_000_000)}", "projects"`,
      );
      const preview = await post('exchange:preview', JSON.stringify({ content: padded }));
      expect(preview.status).toBe(200);
      expect(JSON.parse(preview.body).value.projects).toHaveLength(20);

      const list = await post(
        'library:list',
        JSON.stringify({ filters: {}, query: 'x'.repeat(2_000_000) }),
      );
      expect(list.status).toBe(413);
      const huge = await post(
        'exchange:import',
        JSON.stringify({ content: 'x'.repeat(26_500_000), indexes: null }),
      );
      expect(huge.status).toBe(413);
      expect(JSON.parse(huge.body).error.code).toBe('PAYLOAD_TOO_LARGE');
    } finally {
      await host.close();
    }
  });
});
