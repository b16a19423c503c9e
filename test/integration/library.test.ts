// The Projektbibliothek's list through the contract: filters that combine, and full-text search
// (FTS5) that folds umlauts and ß/ss, matches prefixes, looks into ideas and follows every change.
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import { seedDefaultCatalogues } from '../../electron/backend/repositories/catalogues';
import { insertWorkspace } from '../../electron/backend/repositories/workspace';
import { Writer } from '../../electron/backend/store/changes';
import { applyConnectionSettings } from '../../electron/backend/store/connection';
import { migrate } from '../../electron/backend/store/migrate';
import { schemaVersion } from '../../electron/backend/store/migrations';
import { initialSchema } from '../../electron/backend/store/migrations/001-initial';
import type { LibraryFilters, LibraryProject } from '../../shared/contract';
import { call, closedAfterEach } from '../support/backend';
import { freshFolders } from '../support/folders';

const freshDir = freshFolders('kw-library-');
const backendIn = closedAfterEach();

async function demo(): Promise<Backend> {
  const backend = backendIn(freshDir());
  await call(backend, 'workspace:openDemo', {});
  return backend;
}

const list = (backend: Backend, filters: LibraryFilters = {}, query?: string) =>
  call(backend, 'library:list', { filters, ...(query !== undefined && { query }) });

const titles = (projects: LibraryProject[]) => projects.map((project) => project.title);

async function catalogs(backend: Backend) {
  return call(backend, 'catalogs:list', {});
}

async function targetGroupId(backend: Backend, name: string): Promise<number> {
  const group = (await catalogs(backend)).targetGroups.find((entry) => entry.name === name);
  if (!group) throw new Error(`Zielgruppe ${name} fehlt`);
  return group.id;
}

/** A new project in the first Handlungsfeld with a description and, optionally, one idea. */
async function project(backend: Backend, title: string, description = '', ideaText?: string) {
  const fieldId = (await catalogs(backend)).actionFields[0]?.id as number;
  const sheet = await call(backend, 'projects:create', { actionFieldId: fieldId, title });
  if (description)
    await call(backend, 'projects:update', { id: sheet.id, changes: { description } });
  if (ideaText) {
    const created = await call(backend, 'ideas:create', { text: ideaText, phase: 'fantasie' });
    const idea = created.patch.ideas[0] as { id: number };
    await call(backend, 'ideas:move', {
      id: idea.id,
      to: { kind: 'project', projectId: sheet.id, beforeIdeaId: null },
    });
  }
  return sheet.id;
}

describe('library:list', () => {
  it('lists the demo’s 20 projects by Handlungsfeld and position, with Zielgruppen and all dots', async () => {
    const backend = await demo();
    const { projects, total } = await list(backend);
    expect(total).toBe(20);
    expect(projects).toHaveLength(20);
    const fields = (await catalogs(backend)).actionFields;
    const fieldOrder = projects.map((p) => fields.findIndex((f) => f.id === p.actionFieldId));
    expect(fieldOrder).toEqual([...fieldOrder].sort((a, b) => a - b));
    const first = projects[0] as LibraryProject;
    expect(first).toMatchObject({
      title: 'Azubi- und Starterwohnen im Alten Postamt',
      actionFieldName: 'Wohnen',
      targetGroupNames: ['Jugendliche', 'Einpendler', 'Unternehmen'],
      // Moved back after the Ratsbeschluss (the demo's Zwischenbilanz shows the difference).
      startMonth: '2027-04',
      endMonth: '2028-12',
      budgetCents: 42_000_000,
      priority: 'hoch',
      status: 'geplant',
      keyMeasure: true,
      projectGoal: 'strukturen_umbauen',
      projectType: 'Investition',
      areaScope: 'lokal',
      origin: '',
      matchedIdeaTexts: [],
    });
    expect(first.targetGroupIds).toHaveLength(3);
    // Dots are the project's own plus its ideas'.
    const sheet = await call(backend, 'projects:sheet', { id: first.id });
    const ideaDots = sheet.ideas.reduce((sum, idea) => sum + idea.dots, 0);
    const own = backend.workspaces
      .current()
      .db.prepare('SELECT dots FROM projects WHERE id = ?')
      .pluck()
      .get(first.id) as number;
    expect(first.dots).toBe(own + ideaDots);
    expect(first.ideaCount).toBe(sheet.ideas.length);
    expect(first.ideaCount).toBeGreaterThan(0);
  });

  it('combines filters: AND across kinds, OR within a kind, empty lists filter nothing', async () => {
    const backend = await demo();
    const all = (await list(backend)).projects;
    const families = await targetGroupId(backend, 'junge Familien');
    const seniors = await targetGroupId(backend, 'Senioren');
    const has = (p: LibraryProject, id: number) => p.targetGroupIds.includes(id);

    const forFamilies = (await list(backend, { targetGroupIds: [families] })).projects;
    expect(forFamilies.length).toBeGreaterThan(0);
    expect(forFamilies.map((p) => p.id)).toEqual(
      all.filter((p) => has(p, families)).map((p) => p.id),
    );

    const either = (await list(backend, { targetGroupIds: [families, seniors] })).projects;
    expect(either.map((p) => p.id)).toEqual(
      all.filter((p) => has(p, families) || has(p, seniors)).map((p) => p.id),
    );
    expect(either.length).toBeGreaterThan(forFamilies.length);

    const filters: LibraryFilters = {
      targetGroupIds: [families, seniors],
      statuses: ['geplant', 'in_umsetzung'],
      priorities: ['hoch'],
      keyMeasure: true,
    };
    const combined = (await list(backend, filters)).projects;
    const expected = all.filter(
      (p) =>
        (has(p, families) || has(p, seniors)) &&
        ['geplant', 'in_umsetzung'].includes(p.status) &&
        p.priority === 'hoch' &&
        p.keyMeasure,
    );
    expect(combined.map((p) => p.id)).toEqual(expected.map((p) => p.id));
    expect(combined.length).toBeGreaterThan(0);
    expect(combined.length).toBeLessThan(either.length);

    const byField = (await list(backend, { actionFieldIds: [all[0]?.actionFieldId as number] }))
      .projects;
    expect(byField.every((p) => p.actionFieldId === all[0]?.actionFieldId)).toBe(true);
    const goals = (
      await list(backend, { projectGoals: ['strukturen_umbauen'], areaScopes: ['lokal'] })
    ).projects;
    expect(goals.map((p) => p.id)).toEqual(
      all
        .filter((p) => p.projectGoal === 'strukturen_umbauen' && p.areaScope === 'lokal')
        .map((p) => p.id),
    );
    expect((await list(backend, { keyMeasure: false })).projects.every((p) => !p.keyMeasure)).toBe(
      true,
    );
    expect((await list(backend, { statuses: [], targetGroupIds: [] })).projects).toHaveLength(20);
  });
});

describe('full-text search', () => {
  it('finds a word with an umlaut typed without it, and in any case', async () => {
    const backend = await demo();
    const id = await project(backend, 'Gemeinsames Frühstück im Quartier', 'Jeden Samstag.');
    for (const query of ['fruhstuck', 'Frühstück', 'FRÜHSTÜCK', 'fruhst']) {
      expect((await list(backend, {}, query)).projects.map((p) => p.id)).toEqual([id]);
    }
  });

  it('folds ß and ss both ways', async () => {
    const backend = await demo();
    const street = await project(backend, 'Straßenfest in der Altstadt');
    const tram = await project(backend, 'Strassenbahn nach Musterhausen');
    expect((await list(backend, {}, 'strassenfest')).projects.map((p) => p.id)).toEqual([street]);
    expect((await list(backend, {}, 'Straßenbahn')).projects.map((p) => p.id)).toEqual([tram]);
    expect((await list(backend, {}, 'straß')).projects.map((p) => p.id).sort()).toEqual(
      [street, tram].sort(),
    );
  });

  it('searches from two characters on, each word as a prefix', async () => {
    const backend = await demo();
    const ignored = await list(backend, {}, ' b ');
    expect(ignored.projects).toHaveLength(20);
    expect(ignored.projects.every((p) => p.matchedIdeaTexts.length === 0)).toBe(true);
    const prefix = await list(backend, {}, 'bahnh');
    expect(titles(prefix.projects)).toContain('Jugendclub „Bahnhof“ am Wochenende');
    expect(prefix.projects.length).toBeLessThan(20);
    expect(prefix.total).toBe(20);
    // Two characters already search: fewer than all projects start a word with "ju".
    const two = await list(backend, {}, 'ju');
    expect(two.projects.length).toBeGreaterThan(0);
    expect(two.projects.length).toBeLessThan(20);
    // Only word starts match: "hnhof" is inside "Bahnhof", not the start of a word.
    expect((await list(backend, {}, 'hnhof')).projects).toEqual([]);
    expect((await list(backend, {}, '!!')).projects).toEqual([]);
  });

  it('finds projects through their ideas and names the ideas that matched', async () => {
    const backend = await demo();
    const { projects } = await list(backend, {}, 'chill');
    expect(projects).toHaveLength(1);
    const [found] = projects as [LibraryProject];
    expect(`${found.title} ${found.description}`.toLowerCase()).not.toContain('chill');
    expect(found.matchedIdeaTexts).toEqual([
      expect.stringContaining('Chill-Ecke mit Dach, Strom und WLAN'),
    ]);
    // Every word must occur in the project, each in any of its texts.
    const both = await list(backend, {}, 'jugendclub chill');
    expect(both.projects.map((p) => p.id)).toEqual([found.id]);
    expect((await list(backend, {}, 'chill rufbus')).projects).toEqual([]);
  });

  it('ranks a title match above a match in a description or an idea', async () => {
    const backend = await demo();
    const inIdea = await project(backend, 'Treffpunkt Marktplatz', '', 'Ein Zirkuszelt im Sommer');
    const inDescription = await project(backend, 'Sommerprogramm', 'Mit einem Zirkuszelt.');
    const inTitle = await project(backend, 'Zirkuszelt für alle');
    const { projects } = await list(backend, {}, 'zirkus');
    expect(projects.map((p) => p.id)).toEqual([inTitle, inDescription, inIdea]);
    expect(projects[2]?.matchedIdeaTexts).toEqual(['Ein Zirkuszelt im Sommer']);
    expect(projects[0]?.matchedIdeaTexts).toEqual([]);
  });

  it('combines the query with the filters', async () => {
    const backend = await demo();
    const families = await targetGroupId(backend, 'junge Familien');
    const all = (await list(backend, {}, 'kita')).projects;
    const filtered = (await list(backend, { targetGroupIds: [families] }, 'kita')).projects;
    expect(all.length).toBeGreaterThan(0);
    expect(filtered.map((p) => p.id)).toEqual(
      all.filter((p) => p.targetGroupIds.includes(families)).map((p) => p.id),
    );
  });

  it('follows edits, moves of ideas, deletions, undo and redo', async () => {
    const backend = await demo();
    const id = await project(backend, 'Bücherschrank am Rathaus', 'Bücher tauschen.');
    expect(titles((await list(backend, {}, 'bucherschrank')).projects)).toEqual([
      'Bücherschrank am Rathaus',
    ]);
    await call(backend, 'projects:update', { id, changes: { title: 'Tauschregal am Rathaus' } });
    expect((await list(backend, {}, 'bucherschrank')).projects).toEqual([]);
    expect((await list(backend, {}, 'tauschregal')).projects.map((p) => p.id)).toEqual([id]);
    await call(backend, 'history:undo', {});
    expect((await list(backend, {}, 'tauschregal')).projects).toEqual([]);
    expect((await list(backend, {}, 'bücherschrank')).projects.map((p) => p.id)).toEqual([id]);
    await call(backend, 'history:redo', {});
    expect((await list(backend, {}, 'tauschregal')).projects.map((p) => p.id)).toEqual([id]);

    // An idea carries its words into the project it moves to, and out of the one it leaves.
    const created = await call(backend, 'ideas:create', {
      text: 'Lastenrad ausleihen',
      phase: 'fantasie',
    });
    const ideaId = (created.patch.ideas[0] as { id: number }).id;
    expect((await list(backend, {}, 'lastenrad')).projects).toEqual([]);
    await call(backend, 'ideas:move', {
      id: ideaId,
      to: { kind: 'project', projectId: id, beforeIdeaId: null },
    });
    expect((await list(backend, {}, 'lastenrad')).projects.map((p) => p.matchedIdeaTexts)).toEqual([
      ['Lastenrad ausleihen'],
    ]);
    await call(backend, 'ideas:update', { id: ideaId, text: 'Lastenfahrrad ausleihen' });
    expect((await list(backend, {}, 'lastenrad')).projects).toEqual([]);
    expect((await list(backend, {}, 'lastenf')).projects.map((p) => p.id)).toEqual([id]);
    await call(backend, 'ideas:move', { id: ideaId, to: { kind: 'inbox' } });
    expect((await list(backend, {}, 'lastenf')).projects).toEqual([]);

    await call(backend, 'projects:dissolve', { id });
    expect((await list(backend, {}, 'tauschregal')).projects).toEqual([]);
    await call(backend, 'history:undo', {});
    expect((await list(backend, {}, 'tauschregal')).projects.map((p) => p.id)).toEqual([id]);
  });
});

/** A workspace file at schema version 1 (before the search index) with one project and its idea. */
function versionOneFile(file: string): void {
  const db = new Database(file);
  try {
    applyConnectionSettings(db);
    migrate(db, [initialSchema]);
    db.transaction(() => {
      const writer = new Writer(db);
      insertWorkspace(writer, {
        name: 'Altdorf',
        officialKey: '',
        state: '',
        district: '',
        inhabitants: null,
        consultant: '',
      });
      seedDefaultCatalogues(writer);
      const stamp = new Date().toISOString();
      const projectId = writer.insert('projects', {
        action_field_id: 1,
        position: 1,
        title: 'Dorfladen',
        created_at: stamp,
        updated_at: stamp,
      });
      // Written as version 1 knew a card: today's repository reads columns it did not have.
      writer.insert('ideas', {
        text: 'Ein Café im Dorfladen',
        phase: 'fantasie',
        project_id: projectId,
        position: 1,
        created_at: stamp,
      });
    })();
  } finally {
    db.close();
  }
}

describe('migration 002', () => {
  it('makes a version 1 workspace searchable, its projects and ideas indexed', async () => {
    const dir = freshDir();
    const file = path.join(dir, 'Altdorf.werkstatt');
    versionOneFile(file);
    const backend = backendIn(dir);
    await call(backend, 'workspace:open', { path: file });
    // Migrated to the newest version, 002 on the way.
    expect(backend.workspaces.current().db.pragma('user_version', { simple: true })).toBe(
      schemaVersion,
    );
    const found = await list(backend, {}, 'cafe');
    expect(found.projects.map((p) => p.title)).toEqual(['Dorfladen']);
    expect(found.projects[0]?.matchedIdeaTexts).toEqual(['Ein Café im Dorfladen']);
  });
});
