// The library's search reaches every text of a fact sheet and folds umlauts however they are
// typed; a workspace indexed by an older version is indexed again when it is opened.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import { call, closedAfterEach } from '../support/backend';
import { freshFolders } from '../support/folders';
import { workspaceAtVersion } from '../support/testMigrations';

const freshDir = freshFolders('kw-search-');
const backendIn = closedAfterEach();

const found = async (backend: Backend, query: string) =>
  (await call(backend, 'library:list', { filters: {}, query })).projects.map(
    (project) => project.title,
  );

async function workspaceWithProject(backend: Backend) {
  await call(backend, 'workspace:create', { name: 'Aue' });
  const catalogs = await call(backend, 'catalogs:list', {});
  const sheet = await call(backend, 'projects:create', {
    actionFieldId: catalogs.actionFields[0]?.id as number,
    title: 'Dorfladen',
  });
  return { id: sheet.id, catalogs };
}

describe('library search', () => {
  it.each(['Bürgermeister', 'Buergermeister', 'Burgermeister', 'BÜRGERMEISTER'])(
    'finds a Verantwortlich written “Bürgermeisteramt” from %s',
    async (query) => {
      const backend = backendIn(freshDir());
      const { id } = await workspaceWithProject(backend);
      await call(backend, 'projects:update', { id, changes: { lead: 'Bürgermeisteramt' } });
      expect(await found(backend, query)).toEqual(['Dorfladen']);
    },
  );

  it('finds Partner, Finanzierung, Indikatoren, Projektart, Meilensteine, Zielgruppen and Leitziele', async () => {
    const backend = backendIn(freshDir());
    const { id, catalogs } = await workspaceWithProject(backend);
    await call(backend, 'projects:update', {
      id,
      changes: {
        partners: 'Raiffeisenbank',
        funding: 'LEADER-Förderung',
        indicators: 'Kundenfrequenz',
        projectType: 'Genossenschaft',
      },
    });
    await call(backend, 'milestones:add', {
      projectId: id,
      month: '2027-03',
      text: 'Eröffnungsfest',
    });
    const group = catalogs.targetGroups.find((entry) => entry.name === 'Senioren');
    await call(backend, 'projects:setTargetGroups', { id, targetGroupIds: [group?.id as number] });
    for (const query of [
      'raiffeisen',
      'leader',
      'kundenfreq',
      'genossen',
      'eroeffnung',
      'senior',
    ]) {
      expect(await found(backend, query), query).toEqual(['Dorfladen']);
    }
    // A renamed Zielgruppe is found by its new name.
    await call(backend, 'targetGroups:rename', {
      id: group?.id as number,
      name: 'Ältere Menschen',
    });
    expect(await found(backend, 'aeltere')).toEqual(['Dorfladen']);
    expect(await found(backend, 'senior')).toEqual([]);
  });

  it('indexes a workspace of the previous version again when it opens, with the new folding', async () => {
    const dir = freshDir();
    const file = workspaceAtVersion(path.join(dir, 'Alt.werkstatt'), 3, 'Alt', (db) => {
      db.prepare(
        `INSERT INTO projects (action_field_id, title, lead, position, status, created_at, updated_at)
         VALUES (1, 'Bürgerbus', 'Kämmerei', 1, 'idee', '2026-01-01', '2026-01-01')`,
      ).run();
    });
    const backend = backendIn(dir);
    await call(backend, 'workspace:open', { path: file });
    expect(await found(backend, 'buergerbus')).toEqual(['Bürgerbus']);
    expect(await found(backend, 'kaemmerei')).toEqual(['Bürgerbus']);
  });
});
