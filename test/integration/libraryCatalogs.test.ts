// The catalogue editors through the contract: Zielgruppen and Leitziele added, renamed, reordered,
// merged and removed while in use (both choices), Handlungsfelder merged and deleted; each change
// one undoable action that undo puts back exactly.
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import type { Catalogs } from '../../shared/contract';
import { call, callFailing, closedAfterEach } from '../support/backend';
import { freshFolders } from '../support/folders';

const freshDir = freshFolders('kw-catalogs-');
const backendIn = closedAfterEach();

async function demo(): Promise<Backend> {
  const backend = backendIn(freshDir());
  await call(backend, 'workspace:openDemo', {});
  return backend;
}

const catalogs = (backend: Backend) => call(backend, 'catalogs:list', {});
const history = (backend: Backend) => call(backend, 'history:state', {});

function named<T extends { id: number }>(list: T[], key: keyof T, value: string): T {
  const found = list.find((entry) => entry[key] === value);
  if (!found) throw new Error(`${value} fehlt`);
  return found;
}

function byId<T extends { id: number }>(list: T[], id: number): T {
  const found = list.find((entry) => entry.id === id);
  if (!found) throw new Error(`Eintrag ${id} fehlt`);
  return found;
}

/** Project ids per catalogue entry id, read from the library. */
async function projectsByTargetGroup(backend: Backend): Promise<Map<number, number[]>> {
  const { projects } = await call(backend, 'library:list', { filters: {} });
  const map = new Map<number, number[]>();
  for (const project of projects) {
    for (const id of project.targetGroupIds) map.set(id, [...(map.get(id) ?? []), project.id]);
  }
  for (const list of map.values()) list.sort((a, b) => a - b);
  return map;
}

/** Everything the catalogue actions touch, for "undo puts it back exactly". */
async function state(backend: Backend) {
  const { projects } = await call(backend, 'library:list', { filters: {} });
  const sheets = await Promise.all(
    projects.map((project) => call(backend, 'projects:sheet', { id: project.id })),
  );
  const inventory = backend.workspaces
    .current()
    .db.prepare('SELECT id, action_field_id FROM inventory_measures ORDER BY id')
    .all();
  return { catalogs: await catalogs(backend), sheets, inventory };
}

describe('catalogs:list', () => {
  it('lists every catalogue in order with how many projects use each entry', async () => {
    const backend = await demo();
    const lists = await catalogs(backend);
    expect(lists.actionFields).toHaveLength(16);
    expect(lists.actionFields[0]).toMatchObject({ name: 'Wohnen', hidden: false });
    expect(lists.actionFields.reduce((sum, field) => sum + field.projectCount, 0)).toBe(20);
    expect(lists.targetGroups.map((group) => group.name)).toContain('junge Familien');
    const byGroup = await projectsByTargetGroup(backend);
    for (const group of lists.targetGroups) {
      expect(group.projectCount).toBe(byGroup.get(group.id)?.length ?? 0);
    }
    expect(lists.strategicGoals).toHaveLength(5);
    expect(lists.strategicGoals.some((goal) => goal.projectCount > 0)).toBe(true);
    expect(lists.swotEntries.length).toBeGreaterThan(0);
    expect(lists.swotEntries[0]).toEqual({
      id: expect.any(Number),
      kind: expect.stringMatching(/^(staerke|schwaeche|chance|risiko)$/),
      text: expect.any(String),
      position: expect.any(Number),
    });
  });
});

describe('Zielgruppen', () => {
  it('adds one at the end and refuses a name that exists in any spelling', async () => {
    const backend = await demo();
    const after = await call(backend, 'targetGroups:create', { name: ' Pendlerinnen ' });
    expect(after.targetGroups.at(-1)).toMatchObject({ name: 'Pendlerinnen', projectCount: 0 });
    expect((await history(backend)).undoLabel).toBe('Zielgruppe anlegen');
    for (const name of ['JUNGE FAMILIEN', 'Potenzielle Ruckkehrer', 'pendlerinnen']) {
      expect(await callFailing(backend, 'targetGroups:create', { name })).toEqual({
        code: 'INVALID_INPUT',
        message: 'Diese Zielgruppe gibt es schon.',
      });
    }
    expect((await catalogs(backend)).targetGroups).toEqual(after.targetGroups);
  });

  it('renames (not onto another name) and reorders', async () => {
    const backend = await demo();
    const before = await catalogs(backend);
    const seniors = named(before.targetGroups, 'name', 'Senioren');
    const renamed = await call(backend, 'targetGroups:rename', {
      id: seniors.id,
      name: 'Seniorinnen und Senioren',
    });
    expect(byId(renamed.targetGroups, seniors.id).name).toBe('Seniorinnen und Senioren');
    // A change of case of its own name is fine; another entry's name is not.
    await call(backend, 'targetGroups:rename', {
      id: seniors.id,
      name: 'seniorinnen und Senioren',
    });
    expect(
      await callFailing(backend, 'targetGroups:rename', { id: seniors.id, name: 'Jugendliche' }),
    ).toMatchObject({ message: 'Diese Zielgruppe gibt es schon.' });

    const first = before.targetGroups[0] as Catalogs['targetGroups'][number];
    const moved = await call(backend, 'targetGroups:move', { id: seniors.id, beforeId: first.id });
    expect(moved.targetGroups[0]?.id).toBe(seniors.id);
    const last = await call(backend, 'targetGroups:move', { id: seniors.id, beforeId: null });
    expect(last.targetGroups.at(-1)?.id).toBe(seniors.id);
    expect((await history(backend)).undoLabel).toBe('Zielgruppe verschieben');
    for (let i = 0; i < 4; i++) await call(backend, 'history:undo', {});
    expect(await catalogs(backend)).toEqual(before);
  });

  it('merges: the source’s projects get the target, the source goes, undo restores both', async () => {
    const backend = await demo();
    const before = await state(backend);
    const byGroup = await projectsByTargetGroup(backend);
    const source = named(before.catalogs.targetGroups, 'name', 'junge Familien');
    const target = named(before.catalogs.targetGroups, 'name', 'Neubürger');
    const expected = [
      ...new Set([...(byGroup.get(source.id) ?? []), ...(byGroup.get(target.id) ?? [])]),
    ].sort((a, b) => a - b);
    expect(byGroup.get(source.id)?.length).toBeGreaterThan(0);

    const after = await call(backend, 'targetGroups:merge', {
      sourceId: source.id,
      targetId: target.id,
    });
    expect(after.targetGroups.map((group) => group.id)).not.toContain(source.id);
    expect(byId(after.targetGroups, target.id).projectCount).toBe(expected.length);
    expect((await projectsByTargetGroup(backend)).get(target.id)).toEqual(expected);
    expect((await history(backend)).undoLabel).toBe('Zielgruppen zusammenführen');
    await call(backend, 'history:undo', {});
    expect(await state(backend)).toEqual(before);
    expect(
      await callFailing(backend, 'targetGroups:merge', {
        sourceId: source.id,
        targetId: source.id,
      }),
    ).toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('deletes one in use: its links removed, or moved to a replacement', async () => {
    const backend = await demo();
    const before = await state(backend);
    const byGroup = await projectsByTargetGroup(backend);
    const families = named(before.catalogs.targetGroups, 'name', 'junge Familien');
    const seniors = named(before.catalogs.targetGroups, 'name', 'Senioren');
    const users = byGroup.get(families.id) ?? [];
    expect(users.length).toBeGreaterThan(0);

    const dropped = await call(backend, 'targetGroups:delete', {
      id: families.id,
      replaceWithId: null,
    });
    expect(dropped.targetGroups.map((group) => group.id)).not.toContain(families.id);
    expect(byId(dropped.targetGroups, seniors.id).projectCount).toBe(seniors.projectCount);
    expect((await projectsByTargetGroup(backend)).has(families.id)).toBe(false);
    await call(backend, 'history:undo', {});
    expect(await state(backend)).toEqual(before);

    const replaced = await call(backend, 'targetGroups:delete', {
      id: families.id,
      replaceWithId: seniors.id,
    });
    const union = [...new Set([...users, ...(byGroup.get(seniors.id) ?? [])])];
    expect(byId(replaced.targetGroups, seniors.id).projectCount).toBe(union.length);
    expect((await history(backend)).undoLabel).toBe('Zielgruppe löschen');
    await call(backend, 'history:undo', {});
    expect(await state(backend)).toEqual(before);

    expect(
      await callFailing(backend, 'targetGroups:delete', { id: 9_999, replaceWithId: null }),
    ).toEqual({ code: 'NOT_FOUND', message: 'Diese Zielgruppe gibt es nicht mehr.' });
  });
});

describe('Leitziele', () => {
  it('adds, edits, reorders, merges and deletes Leitziele, each undoable', async () => {
    const backend = await demo();
    const before = await state(backend);
    const [first, second] = before.catalogs.strategicGoals as [
      Catalogs['strategicGoals'][number],
      Catalogs['strategicGoals'][number],
    ];
    const created = await call(backend, 'strategicGoals:create', {
      text: 'Musterstadt ist klimafest.',
    });
    const goal = created.strategicGoals.at(-1) as Catalogs['strategicGoals'][number];
    expect(goal).toMatchObject({ text: 'Musterstadt ist klimafest.', projectCount: 0 });
    expect(
      await callFailing(backend, 'strategicGoals:create', { text: 'MUSTERSTADT IST KLIMAFEST.' }),
    ).toMatchObject({ message: 'Dieses Leitziel gibt es schon.' });
    await call(backend, 'strategicGoals:update', { id: goal.id, text: 'Musterstadt ist grün.' });
    const moved = await call(backend, 'strategicGoals:move', { id: goal.id, beforeId: first.id });
    expect(moved.strategicGoals[0]?.text).toBe('Musterstadt ist grün.');

    const merged = await call(backend, 'strategicGoals:merge', {
      sourceId: first.id,
      targetId: second.id,
    });
    expect(merged.strategicGoals.map((entry) => entry.id)).not.toContain(first.id);
    expect(byId(merged.strategicGoals, second.id).projectCount).toBeGreaterThanOrEqual(
      Math.max(first.projectCount, second.projectCount),
    );
    const deleted = await call(backend, 'strategicGoals:delete', {
      id: second.id,
      replaceWithId: null,
    });
    expect(deleted.strategicGoals.map((entry) => entry.id)).not.toContain(second.id);
    expect((await history(backend)).undoLabel).toBe('Leitziel löschen');
    for (let i = 0; i < 5; i++) await call(backend, 'history:undo', {});
    expect(await state(backend)).toEqual(before);
  });
});

describe('Handlungsfelder', () => {
  it('merges one into another: projects join the end in order, measures follow, undo restores', async () => {
    const backend = await demo();
    const before = await state(backend);
    const source = named(before.catalogs.actionFields, 'name', 'Wohnen');
    const target = named(before.catalogs.actionFields, 'name', 'Mobilität');
    const list = async (fieldId: number) =>
      (
        await call(backend, 'library:list', { filters: { actionFieldIds: [fieldId] } })
      ).projects.map((project) => project.id);
    const sourceProjects = await list(source.id);
    const targetProjects = await list(target.id);
    expect(sourceProjects.length).toBeGreaterThan(0);
    const measures = before.inventory.filter(
      (row) => (row as { action_field_id: number }).action_field_id === source.id,
    );

    const after = await call(backend, 'actionFields:merge', {
      sourceId: source.id,
      targetId: target.id,
    });
    expect(after.actionFields.map((field) => field.id)).not.toContain(source.id);
    expect(await list(target.id)).toEqual([...targetProjects, ...sourceProjects]);
    expect(byId(after.actionFields, target.id).projectCount).toBe(
      targetProjects.length + sourceProjects.length,
    );
    const remaining = backend.workspaces
      .current()
      .db.prepare('SELECT count(*) FROM inventory_measures WHERE action_field_id = ?')
      .pluck();
    expect(remaining.get(source.id)).toBe(0);
    expect(remaining.get(target.id)).toBeGreaterThanOrEqual(measures.length);
    expect((await history(backend)).undoLabel).toBe('Handlungsfelder zusammenführen');
    await call(backend, 'history:undo', {});
    expect(await state(backend)).toEqual(before);
  });

  it('refuses to delete one with projects until told where they go', async () => {
    const backend = await demo();
    const before = await state(backend);
    const housing = named(before.catalogs.actionFields, 'name', 'Wohnen');
    const education = named(before.catalogs.actionFields, 'name', 'Bildung');
    expect(
      await callFailing(backend, 'actionFields:delete', { id: housing.id, moveProjectsTo: null }),
    ).toEqual({
      code: 'INVALID_INPUT',
      message: 'Das Handlungsfeld hat noch Projekte. Bitte wählen Sie, wohin sie wechseln.',
    });
    expect(await state(backend)).toEqual(before);

    const after = await call(backend, 'actionFields:delete', {
      id: housing.id,
      moveProjectsTo: education.id,
    });
    expect(byId(after.actionFields, education.id).projectCount).toBe(
      education.projectCount + housing.projectCount,
    );
    expect((await history(backend)).undoLabel).toBe('Handlungsfeld löschen');
    await call(backend, 'history:undo', {});
    expect(await state(backend)).toEqual(before);
  });

  it('deletes an empty one; its measures of the Bestandsaufnahme then have no Handlungsfeld', async () => {
    const backend = await demo();
    const db = backend.workspaces.current().db;
    const before = await state(backend);
    const withMeasures = before.catalogs.actionFields.find(
      (field) =>
        field.projectCount === 0 &&
        before.inventory.some(
          (row) => (row as { action_field_id: number }).action_field_id === field.id,
        ),
    );
    const field =
      withMeasures ?? before.catalogs.actionFields.find((entry) => entry.projectCount === 0);
    if (!field) throw new Error('Kein leeres Handlungsfeld in der Demo');
    const measureIds = db
      .prepare('SELECT id FROM inventory_measures WHERE action_field_id = ?')
      .pluck()
      .all(field.id) as number[];
    const after = await call(backend, 'actionFields:delete', {
      id: field.id,
      moveProjectsTo: null,
    });
    expect(after.actionFields.map((entry) => entry.id)).not.toContain(field.id);
    for (const id of measureIds) {
      expect(
        db.prepare('SELECT action_field_id FROM inventory_measures WHERE id = ?').pluck().get(id),
      ).toBeNull();
    }
    await call(backend, 'history:undo', {});
    expect(await state(backend)).toEqual(before);
  });
});
