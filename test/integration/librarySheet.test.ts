// The fact sheet (Projektsteckbrief) through the contract: every field saves on its own, survives
// closing and reopening, is refused with a German message when invalid (changing nothing), and
// every change is one undoable action.
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import type { MethodInput, ProjectSheet } from '../../shared/contract';
import { call, callFailing, closedAfterEach } from '../support/backend';
import { freshFolders } from '../support/folders';

const freshDir = freshFolders('kw-sheet-');
const backendIn = closedAfterEach();

async function demo(): Promise<{ backend: Backend; dir: string; file: string }> {
  const dir = freshDir();
  const backend = backendIn(dir);
  const { path: file } = await call(backend, 'workspace:openDemo', {});
  return { backend, dir, file };
}

/** The demo's first project in library order: "Azubi- und Starterwohnen im Alten Postamt". */
async function firstProject(backend: Backend): Promise<ProjectSheet> {
  const { projects } = await call(backend, 'library:list', { filters: {} });
  return call(backend, 'projects:sheet', { id: projects[0]?.id as number });
}

const sheet = (backend: Backend, id: number) => call(backend, 'projects:sheet', { id });
const history = (backend: Backend) => call(backend, 'history:state', {});

type Changes = MethodInput<'projects:update'>['changes'];

describe('projects:sheet', () => {
  it('gives every field of the fact sheet, with milestones, links and the ideas it came from', async () => {
    const { backend } = await demo();
    const project = await firstProject(backend);
    expect(project).toMatchObject({
      title: 'Azubi- und Starterwohnen im Alten Postamt',
      lead: 'Bürgermeisteramt, Fachbereich Bauen',
      funding: expect.stringContaining('Städtebauförderung'),
      indicators: expect.stringContaining('Acht Apartments'),
    });
    expect(project.milestones.map(({ month, text }) => ({ month, text }))).toEqual([
      { month: '2027-03', text: 'Machbarkeitsstudie und Kostenschätzung liegen vor' },
      { month: '2027-09', text: 'Förderbescheid Städtebauförderung' },
      { month: '2028-12', text: 'Einzug der ersten Mieterinnen und Mieter' },
    ]);
    expect(project.strategicGoalIds).toHaveLength(2);
    expect(project.swotEntryIds).toHaveLength(2);
    expect(project.ideas.length).toBe(project.ideaCount);
    expect(project.ideas[0]).toMatchObject({
      text: expect.stringContaining('Als Azubi findest du hier keine bezahlbare Einzimmerwohnung'),
      phase: 'kritik',
      workshopTitle: expect.any(String),
      groupName: 'Tisch 1 – Wohnen & Ortsmitte',
      dots: 5,
    });
    expect(project.createdAt <= project.updatedAt).toBe(true);
  });

  it('says in German when the project is gone', async () => {
    const { backend } = await demo();
    expect(await callFailing(backend, 'projects:sheet', { id: 99_999 })).toEqual({
      code: 'NOT_FOUND',
      message: 'Dieses Projekt gibt es nicht mehr.',
    });
  });
});

describe('projects:create', () => {
  it('appends a project to its Handlungsfeld as one undoable action', async () => {
    const { backend } = await demo();
    const project = await firstProject(backend);
    const created = await call(backend, 'projects:create', {
      actionFieldId: project.actionFieldId,
      title: '  Tiny House Siedlung  ',
    });
    expect(created).toMatchObject({ title: 'Tiny House Siedlung', status: 'idee', ideas: [] });
    const { projects } = await call(backend, 'library:list', {
      filters: { actionFieldIds: [project.actionFieldId] },
    });
    expect(projects.at(-1)?.id).toBe(created.id);
    expect((await history(backend)).undoLabel).toBe('Projekt anlegen');
    await call(backend, 'history:undo', {});
    expect((await callFailing(backend, 'projects:sheet', { id: created.id })).code).toBe(
      'NOT_FOUND',
    );
  });
});

describe('projects:update', () => {
  const edits: [string, Changes][] = [
    ['Titel', { title: 'Starterwohnen im Postamt' }],
    ['Beschreibung', { description: 'Zeile 1\nZeile 2' }],
    ['Verantwortlich', { lead: 'Stadtverwaltung' }],
    ['Partner', { partners: 'Sparkasse, Handwerkskammer' }],
    ['Beginn', { startMonth: '2027-01' }],
    ['Ende', { endMonth: null }],
    ['Budget', { budgetCents: 12_345_678 }],
    ['Finanzierung', { funding: 'LEADER' }],
    ['Indikatoren', { indicators: '10 Wohnungen' }],
    ['Priorität', { priority: null }],
    ['Schlüsselmaßnahme', { keyMeasure: false }],
    ['Status', { status: 'in_umsetzung' }],
    ['Projektziel', { projectGoal: 'wirtschaft_staerken' }],
    ['Projektart', { projectType: 'Konzept' }],
    ['Gebietsbezug', { areaScope: 'interkommunal' }],
  ];

  it('saves each field on its own, labelled for undo, and keeps it after reopening', async () => {
    const { backend, dir, file } = await demo();
    const { id } = await firstProject(backend);
    for (const [label, changes] of edits) {
      const updated = await call(backend, 'projects:update', { id, changes });
      expect(updated).toMatchObject(changes);
      expect((await history(backend)).undoLabel).toBe(`Projekt ändern: ${label}`);
    }
    const expected = Object.assign({}, ...edits.map(([, changes]) => changes)) as Changes;
    await backend.close();

    const reopened = backendIn(dir);
    await call(reopened, 'workspace:open', { path: file });
    expect(await sheet(reopened, id)).toMatchObject(expected);
  });

  it('makes every change undoable and redoable, one action each', async () => {
    const { backend } = await demo();
    const original = await firstProject(backend);
    for (const [, changes] of edits) {
      const before = await sheet(backend, original.id);
      const after = await call(backend, 'projects:update', { id: original.id, changes });
      await call(backend, 'history:undo', {});
      expect(await sheet(backend, original.id)).toEqual(before);
      await call(backend, 'history:redo', {});
      expect(await sheet(backend, original.id)).toEqual(after);
    }
    const several = await call(backend, 'projects:update', {
      id: original.id,
      changes: { lead: 'A', partners: 'B' },
    });
    expect((await history(backend)).undoLabel).toBe('Projekt ändern');
    await call(backend, 'history:undo', {});
    expect(await sheet(backend, original.id)).toMatchObject({
      lead: 'Stadtverwaltung',
      partners: 'Sparkasse, Handwerkskammer',
    });
    expect(several).toMatchObject({ lead: 'A', partners: 'B' });
  });

  it('moves the project to the end of a new Handlungsfeld', async () => {
    const { backend } = await demo();
    const project = await firstProject(backend);
    const fields = (await call(backend, 'catalogs:list', {})).actionFields;
    const target = fields.find((field) => field.name === 'Mobilität');
    const moved = await call(backend, 'projects:update', {
      id: project.id,
      changes: { actionFieldId: target?.id as number },
    });
    expect(moved.actionFieldName).toBe('Mobilität');
    const { projects } = await call(backend, 'library:list', {
      filters: { actionFieldIds: [target?.id as number] },
    });
    expect(projects.length).toBeGreaterThan(1);
    expect(projects.at(-1)?.id).toBe(project.id);
    expect((await history(backend)).undoLabel).toBe('Projekt ändern: Handlungsfeld');
  });

  const refusals: [string, Changes | Record<string, unknown>, string][] = [
    ['an end before the stored start', { endMonth: '2026-09' }, 'Das Ende liegt vor dem Beginn.'],
    ['a start after the stored end', { startMonth: '2029-01' }, 'Das Ende liegt vor dem Beginn.'],
    [
      'an end before a start given together',
      { startMonth: '2027-05', endMonth: '2027-04' },
      'Das Ende liegt vor dem Beginn.',
    ],
    [
      'a budget that is not a number',
      { budgetCents: '420.000' },
      'Das Budget muss eine Zahl ab 0 sein.',
    ],
    ['a negative budget', { budgetCents: -1 }, 'Das Budget muss eine Zahl ab 0 sein.'],
    [
      'a budget with a fraction of a cent',
      { budgetCents: 10.5 },
      'Das Budget muss eine Zahl ab 0 sein.',
    ],
    ['a budget beyond 100 billion euros', { budgetCents: 10 ** 13 + 1 }, 'Das Budget ist zu hoch'],
    ['month 13', { startMonth: '2027-13' }, 'Bitte einen Monat wie 2027-03 angeben.'],
    [
      'a month without leading zero',
      { endMonth: '2027-3' },
      'Bitte einen Monat wie 2027-03 angeben.',
    ],
    [
      'a date instead of a month',
      { startMonth: '2027-03-01' },
      'Bitte einen Monat wie 2027-03 angeben.',
    ],
    ['an empty title', { title: '   ' }, 'Der Projekttitel ist leer.'],
    ['a title too long', { title: 'x'.repeat(201) }, 'Titel: höchstens 200 Zeichen.'],
    [
      'a description too long',
      { description: 'x'.repeat(20_001) },
      'Beschreibung: höchstens 20.000 Zeichen.',
    ],
    ['NUL in a one-line field', { lead: 'A\u0000B' }, 'Verantwortlich: enthält ein Nullzeichen'],
    ['an unknown field', { colour: 'rot' }, 'Die Eingabe ist ungültig.'],
  ];

  it.each(refusals)(
    'refuses %s with a German message and changes nothing',
    async (_, changes, message) => {
      const { backend } = await demo();
      const project = await firstProject(backend);
      const before = await history(backend);
      const error = await callFailing(backend, 'projects:update', { id: project.id, changes });
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.message).toContain(message);
      expect(await sheet(backend, project.id)).toEqual(project);
      expect(await history(backend)).toEqual(before);
    },
  );

  it('refuses a Handlungsfeld or project that is gone', async () => {
    const { backend } = await demo();
    const project = await firstProject(backend);
    expect(
      await callFailing(backend, 'projects:update', {
        id: project.id,
        changes: { actionFieldId: 9_999 },
      }),
    ).toEqual({ code: 'NOT_FOUND', message: 'Dieses Handlungsfeld gibt es nicht mehr.' });
    expect(
      (await callFailing(backend, 'projects:update', { id: 9_999, changes: { lead: 'x' } })).code,
    ).toBe('NOT_FOUND');
    expect(await sheet(backend, project.id)).toEqual(project);
  });
});

describe('links to catalogues', () => {
  it('sets Zielgruppen, Leitziele and SWOT entries exactly, each undoable', async () => {
    const { backend } = await demo();
    const project = await firstProject(backend);
    const catalogs = await call(backend, 'catalogs:list', {});
    const groups = catalogs.targetGroups.slice(0, 2).map((group) => group.id);
    const withGroups = await call(backend, 'projects:setTargetGroups', {
      id: project.id,
      targetGroupIds: [groups[1] as number, groups[0] as number, groups[0] as number],
    });
    expect(withGroups.targetGroupIds).toEqual(groups);
    expect(withGroups.targetGroupNames).toEqual(
      catalogs.targetGroups.slice(0, 2).map((g) => g.name),
    );
    expect((await history(backend)).undoLabel).toBe('Zielgruppen ändern');

    const goal = catalogs.strategicGoals.at(-1)?.id as number;
    expect(
      (
        await call(backend, 'projects:setStrategicGoals', {
          id: project.id,
          strategicGoalIds: [goal],
        })
      ).strategicGoalIds,
    ).toEqual([goal]);
    expect(
      (await call(backend, 'projects:setSwotEntries', { id: project.id, swotEntryIds: [] }))
        .swotEntryIds,
    ).toEqual([]);

    for (let i = 0; i < 3; i++) await call(backend, 'history:undo', {});
    expect(await sheet(backend, project.id)).toEqual(project);
  });

  it('refuses an unknown entry with NOT_FOUND, changing nothing', async () => {
    const { backend } = await demo();
    const project = await firstProject(backend);
    const cases: [
      'projects:setTargetGroups' | 'projects:setStrategicGoals' | 'projects:setSwotEntries',
      string,
      string,
    ][] = [
      ['projects:setTargetGroups', 'targetGroupIds', 'Diese Zielgruppe gibt es nicht mehr.'],
      ['projects:setStrategicGoals', 'strategicGoalIds', 'Dieses Leitziel gibt es nicht mehr.'],
      ['projects:setSwotEntries', 'swotEntryIds', 'Diesen SWOT-Eintrag gibt es nicht mehr.'],
    ];
    for (const [method, key, message] of cases) {
      expect(await callFailing(backend, method, { id: project.id, [key]: [9_999] })).toEqual({
        code: 'NOT_FOUND',
        message,
      });
    }
    expect(await sheet(backend, project.id)).toEqual(project);
  });
});

describe('milestones', () => {
  it('adds, changes and deletes milestones, each one undoable action', async () => {
    const { backend } = await demo();
    const project = await firstProject(backend);
    const added = await call(backend, 'milestones:add', {
      projectId: project.id,
      month: '2029-02',
      text: 'Einweihungsfest',
    });
    const milestone = added.milestones.at(-1);
    expect(milestone).toMatchObject({ month: '2029-02', text: 'Einweihungsfest' });
    expect(added.milestones).toHaveLength(project.milestones.length + 1);
    expect((await history(backend)).undoLabel).toBe('Meilenstein hinzufügen');

    const changed = await call(backend, 'milestones:update', {
      id: milestone?.id as number,
      month: null,
      text: 'Einweihung',
    });
    expect(changed.milestones.at(-1)).toMatchObject({ month: null, text: 'Einweihung' });

    const removed = await call(backend, 'milestones:delete', {
      id: project.milestones[0]?.id as number,
    });
    expect(removed.milestones.map((m) => m.text)).toEqual([
      'Förderbescheid Städtebauförderung',
      'Einzug der ersten Mieterinnen und Mieter',
      'Einweihung',
    ]);
    expect((await history(backend)).undoLabel).toBe('Meilenstein löschen');
    for (let i = 0; i < 3; i++) await call(backend, 'history:undo', {});
    expect(await sheet(backend, project.id)).toEqual(project);
  });

  it('validates month and text in German and refuses a milestone that is gone', async () => {
    const { backend } = await demo();
    const project = await firstProject(backend);
    const badMonth = await callFailing(backend, 'milestones:add', {
      projectId: project.id,
      month: '03/2027',
      text: 'x',
    });
    expect(badMonth.message).toContain('Bitte einen Monat wie 2027-03 angeben.');
    const empty = await callFailing(backend, 'milestones:add', {
      projectId: project.id,
      month: null,
      text: ' ',
    });
    expect(empty.message).toContain('Bitte den Meilenstein beschreiben.');
    expect(await callFailing(backend, 'milestones:delete', { id: 9_999 })).toEqual({
      code: 'NOT_FOUND',
      message: 'Diesen Meilenstein gibt es nicht mehr.',
    });
    expect(await sheet(backend, project.id)).toEqual(project);
  });
});
