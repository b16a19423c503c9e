// The Zukunftswerkstatt board through the contract: capture, clustering, projects, Handlungsfelder,
// sessions, and the patches every action (and its undo/redo) answers with. Real files, no mocks.
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import type {
  BoardData,
  BoardPatch,
  BoardProject,
  Idea,
  MethodInput,
  MethodName,
  Mutation,
} from '../../shared/contract';
import { call, callFailing, testBackend } from '../support/backend';
import { tempDir } from '../support/temp';

const backends: Backend[] = [];
afterEach(async () => {
  while (backends.length) await backends.pop()?.close();
});

async function demo(): Promise<Backend> {
  const backend = testBackend(tempDir());
  backends.push(backend);
  await call(backend, 'workspace:openDemo', {});
  return backend;
}

async function empty(): Promise<Backend> {
  const backend = testBackend(tempDir());
  backends.push(backend);
  await call(backend, 'workspace:create', { name: 'Leerdorf' });
  return backend;
}

/** The board's rows; where the session stands (`sync`) moves on with every commit, undo too. */
async function load(backend: Backend): Promise<BoardRows> {
  const { ideas, projects, actionFields, workshops } = await call(backend, 'board:load', {});
  return { ideas, projects, actionFields, workshops };
}

/** Rows the board does not show (fact sheets, Zwischenbilanz), read from the open connection. */
const rows = (backend: Backend, sql: string, ...params: unknown[]) =>
  backend.workspaces
    .current()
    .db.prepare(sql)
    .all(...params);

const byPosition = <T extends { position: number }>(list: T[]) =>
  [...list].sort((a, b) => a.position - b.position);

/** The rows without where the session stands, which every commit moves on. */
type BoardRows = Omit<BoardData, 'sync'>;

const ideasOf = (board: BoardRows, projectId: number | null): Idea[] =>
  byPosition(board.ideas.filter((idea) => idea.projectId === projectId));

const projectsOf = (board: BoardRows, actionFieldId: number): BoardProject[] =>
  byPosition(board.projects.filter((project) => project.actionFieldId === actionFieldId));

function find<T extends { id: number }>(list: T[], id: number | undefined): T {
  const found = list.find((item) => item.id === id);
  if (!found) throw new Error(`Eintrag ${id} fehlt`);
  return found;
}

function fieldNamed(board: BoardRows, name: string) {
  const field = board.actionFields.find((candidate) => candidate.name === name);
  if (!field) throw new Error(`Handlungsfeld ${name} fehlt`);
  return field;
}

/** A demo project (with its fact sheet) holding at least `ideas` cards. */
function projectWithIdeas(board: BoardRows, ideas: number): BoardProject {
  const project = board.projects.find((p) => ideasOf(board, p.id).length >= ideas);
  if (!project) throw new Error(`Kein Projekt mit ${ideas} Ideen`);
  return project;
}

/** What the renderer does with a patch: replace or add the rows it names, drop the removed ones. */
function applyPatch(data: BoardRows, patch: BoardPatch): BoardRows {
  const merge = <T extends { id: number }>(list: T[], changed: T[], removed: number[]) => {
    const map = new Map(list.map((item) => [item.id, item]));
    for (const id of removed) map.delete(id);
    for (const item of changed) map.set(item.id, item);
    return [...map.values()];
  };
  return {
    ideas: merge(data.ideas, patch.ideas, patch.removedIdeaIds),
    projects: merge(data.projects, patch.projects, patch.removedProjectIds),
    actionFields: merge(data.actionFields, patch.actionFields, patch.removedActionFieldIds),
    workshops: merge(data.workshops, patch.workshops, patch.removedWorkshopIds),
  };
}

/** Order-independent form of board data, for comparing a patched copy with a fresh load. */
function sorted(data: BoardRows): BoardRows {
  const ids = <T extends { id: number }>(list: T[]) => [...list].sort((a, b) => a.id - b.id);
  return {
    ideas: ids(data.ideas),
    projects: ids(data.projects),
    actionFields: ids(data.actionFields),
    workshops: ids(data.workshops),
  };
}

/** Calls a mutating method and returns its patch. */
async function mutate<M extends MethodName>(backend: Backend, method: M, input: MethodInput<M>) {
  return ((await call(backend, method, input)) as Mutation).patch;
}

/** Moves an idea from the Ideenspeicher onto a Handlungsfeld; returns the new project's id. */
async function clusterFromInbox(backend: Backend, fieldName = 'Mobilität') {
  const board = await load(backend);
  const idea = ideasOf(board, null)[0] as Idea;
  const patch = await mutate(backend, 'ideas:move', {
    id: idea.id,
    to: {
      kind: 'newProject',
      actionFieldId: fieldNamed(board, fieldName).id,
      beforeProjectId: null,
    },
  });
  return { idea, projectId: (patch.projects[0] as BoardProject).id };
}

describe('board:load', () => {
  it('gives the demo’s 16 Handlungsfelder, 20 projects, all 122 cards and 2 sessions in order', async () => {
    const board = await load(await demo());
    expect(board.actionFields).toHaveLength(16);
    expect(board.projects).toHaveLength(20);
    expect(board.ideas).toHaveLength(122);
    expect(board.workshops).toHaveLength(2);
    expect(board.actionFields).toEqual(byPosition(board.actionFields));
    expect(board.actionFields[0]).toMatchObject({ name: 'Wohnen', hidden: false });
    expect(board.workshops.map((w) => w.groups.length)).toEqual([4, 3]);
    expect(board.workshops[0]?.groups.map((g) => g.name)[0]).toBe('Tisch 1 – Wohnen & Ortsmitte');
    expect(ideasOf(board, null).length).toBe(50);
    expect(board.projects.every((p) => typeof p.keyMeasure === 'boolean')).toBe(true);
  });
});

describe('capturing cards', () => {
  it('ideas:create answers with a patch holding the new card at the end of the Ideenspeicher', async () => {
    const backend = await demo();
    const before = await load(backend);
    const workshop = before.workshops[1];
    const { patch, history } = await call(backend, 'ideas:create', {
      text: 'Ein Bücherschrank am Bahnhof',
      phase: 'umsetzung',
      workshopId: workshop?.id,
      groupId: workshop?.groups[2]?.id,
      author: 'Tisch 3',
    });
    expect(patch.ideas).toHaveLength(1);
    expect(patch.ideas[0]).toMatchObject({
      text: 'Ein Bücherschrank am Bahnhof',
      phase: 'umsetzung',
      workshopId: workshop?.id,
      groupId: workshop?.groups[2]?.id,
      author: 'Tisch 3',
      dots: 0,
      color: null,
      projectId: null,
    });
    expect(patch.ideas[0]?.position).toBeGreaterThan(
      Math.max(...ideasOf(before, null).map((idea) => idea.position)),
    );
    expect(patch.projects).toEqual([]);
    expect(history).toEqual({ undoLabel: 'Idee anlegen', redoLabel: null });
  });

  it('ideas:createMany creates all cards in their order as one action that one undo removes', async () => {
    const backend = await empty();
    const { patch, history } = await call(backend, 'ideas:createMany', {
      texts: ['Eins', 'Zwei', 'Drei'],
      phase: 'kritik',
    });
    expect(byPosition(patch.ideas).map((idea) => idea.text)).toEqual(['Eins', 'Zwei', 'Drei']);
    expect(history.undoLabel).toBe('3 Ideen anlegen');

    const undone = await call(backend, 'history:undo', {});
    expect(undone.patch.removedIdeaIds.sort()).toEqual(patch.ideas.map((idea) => idea.id).sort());
    expect((await load(backend)).ideas).toEqual([]);
    expect(undone.history).toEqual({ undoLabel: null, redoLabel: '3 Ideen anlegen' });
  });

  it('ideas:update changes text, phase and colour, and keeps the card where it is', async () => {
    const backend = await demo();
    const idea = ideasOf(await load(backend), null)[0] as Idea;
    const { patch, history } = await call(backend, 'ideas:update', {
      id: idea.id,
      text: 'Neu formuliert',
      phase: 'fantasie',
      color: '#ffcc00',
    });
    expect(patch.ideas).toEqual([
      { ...idea, text: 'Neu formuliert', phase: 'fantasie', color: '#ffcc00' },
    ]);
    expect(history.undoLabel).toBe('Idee bearbeiten');
  });

  it('refuses a group that belongs to another session', async () => {
    const backend = await demo();
    const [first, second] = (await load(backend)).workshops;
    const error = await callFailing(backend, 'ideas:create', {
      text: 'Falscher Tisch',
      phase: 'kritik',
      workshopId: first?.id,
      groupId: second?.groups[0]?.id,
    });
    expect(error).toEqual({
      code: 'INVALID_INPUT',
      message: 'Die Gruppe gehört nicht zu dieser Zukunftswerkstatt.',
    });
  });

  it('keeps a 10,000-character card and one with emoji and RTL override, cleaning control characters', async () => {
    const backend = await empty();
    const long = '🌳'.repeat(10_000);
    const strange = 'Radweg 🚲👩‍👩‍👧 \u202Eknurb\u202C\u0007 Tab\t\u0001Eins\r\nZeile 2\u200B\uFFFE';
    // The text rule: CRLF becomes "\n", BEL, SOH and the noncharacter go; the rest is kept.
    const cleaned = 'Radweg 🚲👩‍👩‍👧 \u202Eknurb\u202C Tab\tEins\nZeile 2\u200B';
    for (const [text, stored] of [
      [long, long],
      [strange, cleaned],
      ['x'.repeat(10_000), 'x'.repeat(10_000)],
    ] as const) {
      const { patch } = await call(backend, 'ideas:create', { text, phase: 'kritik' });
      expect(patch.ideas[0]?.text).toBe(stored);
    }
    const texts = (await load(backend)).ideas.map((idea) => idea.text);
    expect(texts).toEqual([long, cleaned, 'x'.repeat(10_000)]);
  });

  it('refuses a NUL character, which SQLite would cut the text at, with a German message', async () => {
    const backend = await empty();
    const error = await callFailing(backend, 'ideas:create', {
      text: 'Null\u0000Byte',
      phase: 'kritik',
    });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toContain('Nullzeichen (NUL)');
    expect((await load(backend)).ideas).toEqual([]);
  });

  it('refuses 10,001 characters (code points) with a German message and saves nothing', async () => {
    const backend = await empty();
    const error = await callFailing(backend, 'ideas:create', {
      text: '🌳'.repeat(10_001),
      phase: 'kritik',
    });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toContain('Eine Karte fasst höchstens 10.000 Zeichen');
    expect((await load(backend)).ideas).toEqual([]);
  });

  it('sets the dots of a card and of a project, refusing negative ones', async () => {
    const backend = await demo();
    const board = await load(backend);
    const idea = board.ideas[0] as Idea;
    const project = board.projects[0] as BoardProject;
    const forIdea = await call(backend, 'ideas:setDots', { id: idea.id, dots: 7 });
    expect(forIdea.patch.ideas).toEqual([{ ...idea, dots: 7 }]);
    expect(forIdea.history.undoLabel).toBe('Punkte ändern');
    const forProject = await call(backend, 'projects:setDots', { id: project.id, dots: 12 });
    expect(forProject.patch.projects).toEqual([{ ...project, dots: 12 }]);
    expect((await callFailing(backend, 'ideas:setDots', { id: idea.id, dots: -1 })).code).toBe(
      'INVALID_INPUT',
    );
  });

  it('deletes a card, and undo brings it back with the same id and position', async () => {
    const backend = await demo();
    const before = await load(backend);
    const idea = ideasOf(before, projectWithIdeas(before, 3).id)[1] as Idea;
    const deleted = await call(backend, 'ideas:delete', { id: idea.id });
    expect(deleted.patch.removedIdeaIds).toEqual([idea.id]);
    expect(deleted.history.undoLabel).toBe('Idee löschen');

    const undone = await call(backend, 'history:undo', {});
    expect(undone.patch.ideas).toEqual([idea]);
    expect(await load(backend)).toEqual(before);
  });
});

describe('moving cards', () => {
  it('onto a Handlungsfeld makes a new project titled from the card’s first line', async () => {
    const backend = await demo();
    const board = await load(backend);
    const field = fieldNamed(board, 'Mobilität');
    const first = projectsOf(board, field.id)[0] as BoardProject;
    const created = await mutate(backend, 'ideas:create', {
      text: '  Bürgerbus   am\tWochenende \nweil samstags nichts fährt',
      phase: 'fantasie',
    });
    const idea = created.ideas[0] as Idea;

    const { patch, history } = await call(backend, 'ideas:move', {
      id: idea.id,
      to: { kind: 'newProject', actionFieldId: field.id, beforeProjectId: first.id },
    });
    expect(history.undoLabel).toBe('Idee verschieben');
    expect(patch.projects).toHaveLength(1);
    const project = patch.projects[0] as BoardProject;
    expect(project).toMatchObject({
      actionFieldId: field.id,
      title: 'Bürgerbus am Wochenende',
      status: 'idee',
      dots: 0,
      keyMeasure: false,
    });
    expect(project.position).toBeLessThan(first.position);
    expect(patch.ideas).toEqual([{ ...idea, projectId: project.id, position: 1 }]);
    const after = await load(backend);
    expect(projectsOf(after, field.id)[0]?.id).toBe(project.id);
  });

  it('titles a new project with the first words of its card, short enough for the projector', async () => {
    const backend = await empty();
    const text =
      'Wir wünschen uns einen überdachten Treffpunkt für Jugendliche am Stadtpark mit WLAN, Steckdosen und Sitzgelegenheiten';
    await call(backend, 'ideas:create', { text, phase: 'fantasie' });
    const board = await load(backend);
    await mutate(backend, 'ideas:move', {
      id: (board.ideas[0] as Idea).id,
      to: {
        kind: 'newProject',
        actionFieldId: (board.actionFields[0] as { id: number }).id,
        beforeProjectId: null,
      },
    });
    const title = ((await load(backend)).projects[0] as BoardProject).title;
    expect(title).toBe('Wir wünschen uns einen überdachten Treffpunkt …');
    expect([...title].length).toBeLessThanOrEqual(50);
  });

  it('into a project before another card puts it between that card and its predecessor', async () => {
    const backend = await demo();
    const board = await load(backend);
    const project = projectWithIdeas(board, 4);
    const [a, b, c] = ideasOf(board, project.id) as [Idea, Idea, Idea];
    const card = ideasOf(board, null)[0] as Idea;

    const { patch } = await call(backend, 'ideas:move', {
      id: card.id,
      to: { kind: 'project', projectId: project.id, beforeIdeaId: c.id },
    });
    // Only the moved card is written; its neighbours keep their positions.
    expect(patch.ideas).toHaveLength(1);
    const moved = patch.ideas[0] as Idea;
    expect(moved.position).toBeGreaterThan(b.position);
    expect(moved.position).toBeLessThan(c.position);
    const order = ideasOf(await load(backend), project.id).map((idea) => idea.id);
    expect(order.slice(0, 4)).toEqual([a.id, b.id, card.id, c.id]);

    await mutate(backend, 'ideas:move', {
      id: c.id,
      to: { kind: 'project', projectId: project.id, beforeIdeaId: a.id },
    });
    const reordered = ideasOf(await load(backend), project.id).map((idea) => idea.id);
    expect(reordered.slice(0, 4)).toEqual([c.id, a.id, b.id, card.id]);
  });

  it('keeps the order when many cards are dropped at the same spot', async () => {
    const backend = await empty();
    await call(backend, 'ideas:create', { text: 'Anfang', phase: 'kritik' });
    const { projectId } = await clusterFromInbox(backend, 'Wohnen');
    const end = (await call(backend, 'ideas:create', { text: 'Ende', phase: 'kritik' })).patch
      .ideas[0] as Idea;
    await mutate(backend, 'ideas:move', {
      id: end.id,
      to: { kind: 'project', projectId, beforeIdeaId: null },
    });
    const texts = Array.from({ length: 70 }, (_, n) => `Karte ${n + 1}`);
    const created = await mutate(backend, 'ideas:createMany', { texts, phase: 'kritik' });
    // Each lands right before "Ende": after ~50 halvings the gap is gone and the project is renumbered.
    for (const idea of byPosition(created.ideas)) {
      await mutate(backend, 'ideas:move', {
        id: idea.id,
        to: { kind: 'project', projectId, beforeIdeaId: end.id },
      });
    }
    const order = ideasOf(await load(backend), projectId).map((idea) => idea.text);
    expect(order).toEqual(['Anfang', ...texts, 'Ende']);
  });

  it('back to the Ideenspeicher appends it there', async () => {
    const backend = await demo();
    const board = await load(backend);
    const idea = ideasOf(board, projectWithIdeas(board, 2).id)[0] as Idea;
    const { patch } = await call(backend, 'ideas:move', { id: idea.id, to: { kind: 'inbox' } });
    const inbox = ideasOf(await load(backend), null);
    expect(inbox.at(-1)?.id).toBe(idea.id);
    expect(patch.ideas).toEqual([inbox.at(-1)]);
    expect(patch.removedProjectIds).toEqual([]);
  });

  it('removes a project a drag leaves empty when nobody worked on its fact sheet', async () => {
    const backend = await demo();
    const first = await clusterFromInbox(backend);
    const toInbox = await mutate(backend, 'ideas:move', {
      id: first.idea.id,
      to: { kind: 'inbox' },
    });
    expect(toInbox.removedProjectIds).toEqual([first.projectId]);

    const second = await clusterFromInbox(backend);
    const board = await load(backend);
    const target = projectWithIdeas(board, 2);
    const toProject = await mutate(backend, 'ideas:move', {
      id: second.idea.id,
      to: { kind: 'project', projectId: target.id, beforeIdeaId: null },
    });
    expect(toProject.removedProjectIds).toEqual([second.projectId]);
    expect((await load(backend)).projects).toHaveLength(20);
  });

  it('keeps a project a drag leaves empty when it has a description', async () => {
    const backend = await demo();
    const board = await load(backend);
    const project = projectWithIdeas(board, 3);
    expect(rows(backend, 'SELECT description FROM projects WHERE id = ?', project.id)).not.toEqual([
      { description: '' },
    ]);
    for (const idea of ideasOf(board, project.id)) {
      const patch = await mutate(backend, 'ideas:move', { id: idea.id, to: { kind: 'inbox' } });
      expect(patch.removedProjectIds).toEqual([]);
    }
    const after = await load(backend);
    expect(ideasOf(after, project.id)).toEqual([]);
    expect(find(after.projects, project.id)).toEqual(project);
  });
});

describe('the one rule for empty projects', () => {
  it('deleting the last card of a bare project removes the project, as moving it out does', async () => {
    const backend = await demo();
    const { idea, projectId } = await clusterFromInbox(backend);
    const deleted = await mutate(backend, 'ideas:delete', { id: idea.id });
    expect(deleted.removedIdeaIds).toEqual([idea.id]);
    expect(deleted.removedProjectIds).toEqual([projectId]);
    // One undo brings back both, the card inside its project.
    const undone = await call(backend, 'history:undo', {});
    expect(undone.patch.projects.map((project) => project.id)).toEqual([projectId]);
    expect(ideasOf(await load(backend), projectId).map((card) => card.id)).toEqual([idea.id]);
  });

  it('deleting the last card of a project with fact-sheet entries keeps the project', async () => {
    const backend = await demo();
    const board = await load(backend);
    const project = projectWithIdeas(board, 3);
    for (const idea of ideasOf(board, project.id)) {
      const patch = await mutate(backend, 'ideas:delete', { id: idea.id });
      expect(patch.removedProjectIds).toEqual([]);
    }
    expect(find((await load(backend)).projects, project.id)).toEqual(project);
  });
});

describe('several cards at once', () => {
  it('make one new project in their order, and one undo puts them all back', async () => {
    const backend = await empty();
    const texts = ['Erste', 'Zweite', 'Dritte'];
    const created = byPosition(
      (await mutate(backend, 'ideas:createMany', { texts, phase: 'kritik' })).ideas,
    );
    const board = await load(backend);
    const ids = [created[2], created[0], created[1]].map((idea) => (idea as Idea).id);
    const moved = await mutate(backend, 'ideas:moveMany', {
      ids,
      to: {
        kind: 'newProject',
        actionFieldId: fieldNamed(board, 'Wohnen').id,
        beforeProjectId: null,
      },
    });
    const projectId = (moved.projects[0] as BoardProject).id;
    expect(moved.projects).toHaveLength(1);
    expect(ideasOf(await load(backend), projectId).map((idea) => idea.text)).toEqual([
      'Dritte',
      'Erste',
      'Zweite',
    ]);
    expect((await call(backend, 'history:state', {})).undoLabel).toBe('3 Ideen verschieben');
    await call(backend, 'history:undo', {});
    const after = await load(backend);
    expect(after.projects).toEqual([]);
    expect(ideasOf(after, null).map((idea) => idea.text)).toEqual(texts);
  });

  it('are refused as a whole when one of them is gone, and nothing moves', async () => {
    const backend = await empty();
    const created = (
      await mutate(backend, 'ideas:createMany', { texts: ['A', 'B'], phase: 'kritik' })
    ).ideas;
    const board = await load(backend);
    const error = await callFailing(backend, 'ideas:moveMany', {
      ids: [(created[0] as Idea).id, 99_999],
      to: {
        kind: 'newProject',
        actionFieldId: fieldNamed(board, 'Wohnen').id,
        beforeProjectId: null,
      },
    });
    expect(error.code).toBe('NOT_FOUND');
    expect(await load(backend)).toEqual(board);
  });
});

describe('projects', () => {
  it('merge moves the source’s cards after the target’s, adds its dots and removes it with its fact sheet', async () => {
    const backend = await demo();
    const board = await load(backend);
    const [source, target] = board.projects.filter((p) => ideasOf(board, p.id).length >= 3) as [
      BoardProject,
      BoardProject,
    ];
    await mutate(backend, 'projects:setDots', { id: source.id, dots: 4 });
    await mutate(backend, 'projects:setDots', { id: target.id, dots: 5 });
    // The demo's Zwischenbilanz has an entry about every measure, the source's too.
    const entryOfSource = rows(
      backend,
      'SELECT id FROM review_entries WHERE project_id = ?',
      source.id,
    ) as { id: number }[];
    expect(entryOfSource).toHaveLength(1);
    const before = await load(backend);
    const factSheets = () =>
      [
        'project_milestones',
        'project_target_groups',
        'project_strategic_goals',
        'project_swot_entries',
        'review_entries',
      ].map((table) => rows(backend, `SELECT * FROM ${table} ORDER BY 1, 2`));
    const factSheetsBefore = factSheets();
    expect(
      rows(backend, 'SELECT 1 FROM project_milestones WHERE project_id = ?', source.id),
    ).not.toEqual([]);

    const { patch, history } = await call(backend, 'projects:merge', {
      sourceId: source.id,
      targetId: target.id,
    });
    expect(history.undoLabel).toBe('Projekte zusammenführen');
    expect(patch.removedProjectIds).toEqual([source.id]);
    expect(patch.projects).toEqual([{ ...find(before.projects, target.id), dots: 9 }]);
    const after = await load(backend);
    expect(ideasOf(after, target.id).map((idea) => idea.id)).toEqual([
      ...ideasOf(before, target.id).map((idea) => idea.id),
      ...ideasOf(before, source.id).map((idea) => idea.id),
    ]);
    for (const table of [
      'project_milestones',
      'project_target_groups',
      'project_strategic_goals',
      'project_swot_entries',
    ]) {
      expect(rows(backend, `SELECT * FROM ${table} WHERE project_id = ?`, source.id)).toEqual([]);
    }
    // The entry stays, no longer pointing at the project but keeping its title.
    expect(
      rows(
        backend,
        'SELECT project_id, project_title FROM review_entries WHERE id = ?',
        entryOfSource[0]?.id,
      ),
    ).toEqual([{ project_id: null, project_title: source.title }]);

    await call(backend, 'history:undo', {});
    expect(await load(backend)).toEqual(before);
    expect(factSheets()).toEqual(factSheetsBefore);
  });

  it('merge with itself or with a vanished project is refused', async () => {
    const backend = await demo();
    const project = (await load(backend)).projects[0] as BoardProject;
    const self = await callFailing(backend, 'projects:merge', {
      sourceId: project.id,
      targetId: project.id,
    });
    expect(self.code).toBe('INVALID_INPUT');
    expect(self.message).toContain('Ein Projekt lässt sich nicht mit sich selbst zusammenführen.');
    const gone = await callFailing(backend, 'projects:merge', {
      sourceId: project.id,
      targetId: 99_999,
    });
    expect(gone).toEqual({ code: 'NOT_FOUND', message: 'Dieses Projekt gibt es nicht mehr.' });
  });

  it('dissolve puts the cards at the end of the Ideenspeicher in their order and removes the project', async () => {
    const backend = await demo();
    const before = await load(backend);
    const project = projectWithIdeas(before, 3);
    const { patch, history } = await call(backend, 'projects:dissolve', { id: project.id });
    expect(history.undoLabel).toBe('Projekt auflösen');
    expect(patch.removedProjectIds).toEqual([project.id]);
    const inbox = ideasOf(await load(backend), null).map((idea) => idea.id);
    expect(inbox).toEqual([
      ...ideasOf(before, null).map((idea) => idea.id),
      ...ideasOf(before, project.id).map((idea) => idea.id),
    ]);
    expect(
      rows(backend, 'SELECT 1 FROM project_milestones WHERE project_id = ?', project.id),
    ).toEqual([]);
    await call(backend, 'history:undo', {});
    expect(await load(backend)).toEqual(before);
  });

  it('rename trims the title and stamps updated_at', async () => {
    const backend = await demo();
    const project = (await load(backend)).projects[0] as BoardProject;
    const stamp = () => rows(backend, 'SELECT updated_at FROM projects WHERE id = ?', project.id);
    const before = stamp();
    const { patch, history } = await call(backend, 'projects:rename', {
      id: project.id,
      title: '  Jugendwohnen im Altbau  ',
    });
    expect(patch.projects).toEqual([{ ...project, title: 'Jugendwohnen im Altbau' }]);
    expect(history.undoLabel).toBe('Projekt umbenennen');
    expect(stamp()).not.toEqual(before);
  });

  it('move puts a project into another Handlungsfeld before a given one, and reorders within one', async () => {
    const backend = await demo();
    const board = await load(backend);
    const wohnen = fieldNamed(board, 'Wohnen');
    const mobility = fieldNamed(board, 'Mobilität');
    const [p1] = projectsOf(board, wohnen.id) as [BoardProject];
    const [m1, m2, m3] = projectsOf(board, mobility.id) as [
      BoardProject,
      BoardProject,
      BoardProject,
    ];

    const { patch, history } = await call(backend, 'projects:move', {
      id: p1.id,
      actionFieldId: mobility.id,
      beforeProjectId: m2.id,
    });
    expect(history.undoLabel).toBe('Projekt verschieben');
    expect(patch.projects).toHaveLength(1);
    expect(patch.projects[0]).toMatchObject({ id: p1.id, actionFieldId: mobility.id });
    let after = await load(backend);
    expect(projectsOf(after, mobility.id).map((p) => p.id)).toEqual([m1.id, p1.id, m2.id, m3.id]);
    expect(projectsOf(after, wohnen.id).map((p) => p.id)).not.toContain(p1.id);

    await mutate(backend, 'projects:move', {
      id: m3.id,
      actionFieldId: mobility.id,
      beforeProjectId: m1.id,
    });
    after = await load(backend);
    expect(projectsOf(after, mobility.id).map((p) => p.id)).toEqual([m3.id, m1.id, p1.id, m2.id]);
  });

  it('move before a project of another Handlungsfeld is refused', async () => {
    const backend = await demo();
    const board = await load(backend);
    const project = projectsOf(board, fieldNamed(board, 'Wohnen').id)[0] as BoardProject;
    const elsewhere = projectsOf(board, fieldNamed(board, 'Mobilität').id)[0] as BoardProject;
    const error = await callFailing(backend, 'projects:move', {
      id: project.id,
      actionFieldId: fieldNamed(board, 'Wohnen').id,
      beforeProjectId: elsewhere.id,
    });
    expect(error.code).toBe('INVALID_INPUT');
    expect(await load(backend)).toEqual(board);
  });
});

describe('Handlungsfelder', () => {
  it('are created at the end, renamed, recoloured, hidden and moved', async () => {
    const backend = await empty();
    const board = await load(backend);
    const created = await call(backend, 'actionFields:create', {
      name: ' Klimaanpassung ',
      color: '#2e7d32',
    });
    expect(created.history.undoLabel).toBe('Handlungsfeld anlegen');
    const field = created.patch.actionFields[0];
    expect(field).toMatchObject({
      name: 'Klimaanpassung',
      color: '#2e7d32',
      description: '',
      hidden: false,
    });
    expect(field?.position).toBeGreaterThan(Math.max(...board.actionFields.map((f) => f.position)));

    const updated = await call(backend, 'actionFields:update', {
      id: field?.id as number,
      name: 'Klima & Hitze',
      color: '#00695C',
      description: 'Hitzeschutz und Starkregen',
      hidden: true,
    });
    expect(updated.history.undoLabel).toBe('Handlungsfeld ändern');
    expect(updated.patch.actionFields).toEqual([
      {
        ...field,
        name: 'Klima & Hitze',
        color: '#00695C',
        description: 'Hitzeschutz und Starkregen',
        hidden: true,
      },
    ]);

    const first = board.actionFields[0] as { id: number };
    const moved = await call(backend, 'actionFields:move', {
      id: field?.id as number,
      beforeId: first.id,
    });
    expect(moved.history.undoLabel).toBe('Handlungsfeld verschieben');
    expect((await load(backend)).actionFields[0]?.id).toBe(field?.id);
    await mutate(backend, 'actionFields:move', { id: first.id, beforeId: null });
    expect((await load(backend)).actionFields.at(-1)?.id).toBe(first.id);
  });
});

describe('Zukunftswerkstatt sessions', () => {
  it('are created with their groups and edited without losing them', async () => {
    const backend = await empty();
    const created = await call(backend, 'workshops:create', {
      title: 'Zukunftswerkstatt Ortsmitte',
      date: '2026-09-12',
      place: 'Dorfgemeinschaftshaus',
      participantCount: 31,
      groups: ['Tisch A', 'Tisch B'],
    });
    expect(created.history.undoLabel).toBe('Zukunftswerkstatt anlegen');
    const workshop = created.patch.workshops[0];
    expect(workshop).toMatchObject({
      title: 'Zukunftswerkstatt Ortsmitte',
      date: '2026-09-12',
      place: 'Dorfgemeinschaftshaus',
      participantCount: 31,
    });
    expect(workshop?.groups.map((g) => [g.name, g.position])).toEqual([
      ['Tisch A', 1],
      ['Tisch B', 2],
    ]);

    const updated = await call(backend, 'workshops:update', {
      id: workshop?.id as number,
      title: 'Ortsmitte 2030',
      participantCount: null,
    });
    expect(updated.history.undoLabel).toBe('Zukunftswerkstatt ändern');
    expect(updated.patch.workshops).toEqual([
      { ...workshop, title: 'Ortsmitte 2030', participantCount: null },
    ]);
    expect((await load(backend)).workshops).toEqual(updated.patch.workshops);

    const undone = await call(backend, 'history:undo', {});
    expect(undone.patch.workshops).toEqual([workshop]);
    await call(backend, 'history:undo', {});
    expect((await load(backend)).workshops).toEqual([]);
  });
});

describe('stale references', () => {
  it('give NOT_FOUND with a German message and change nothing', async () => {
    const backend = await demo();
    const board = await load(backend);
    const idea = board.ideas[0] as Idea;
    const field = board.actionFields[0] as { id: number };
    const history = await call(backend, 'history:state', {});
    const cases: [MethodName, unknown, string][] = [
      ['ideas:update', { id: 99_999, text: 'x' }, 'Diese Idee gibt es nicht mehr.'],
      ['ideas:delete', { id: 99_999 }, 'Diese Idee gibt es nicht mehr.'],
      [
        'ideas:move',
        { id: idea.id, to: { kind: 'project', projectId: 99_999, beforeIdeaId: null } },
        'Dieses Projekt gibt es nicht mehr.',
      ],
      [
        'ideas:move',
        { id: idea.id, to: { kind: 'newProject', actionFieldId: 99_999, beforeProjectId: null } },
        'Dieses Handlungsfeld gibt es nicht mehr.',
      ],
      [
        'ideas:move',
        {
          id: idea.id,
          to: { kind: 'newProject', actionFieldId: field.id, beforeProjectId: 99_999 },
        },
        'Dieses Projekt gibt es nicht mehr.',
      ],
      [
        'ideas:create',
        { text: 'x', phase: 'kritik', workshopId: 99_999 },
        'Diese Zukunftswerkstatt gibt es nicht mehr.',
      ],
      [
        'ideas:createMany',
        { texts: ['a', 'b'], phase: 'kritik', groupId: 99_999 },
        'Diese Gruppe gibt es nicht mehr.',
      ],
      ['projects:dissolve', { id: 99_999 }, 'Dieses Projekt gibt es nicht mehr.'],
      [
        'projects:move',
        {
          id: (board.projects[0] as BoardProject).id,
          actionFieldId: 99_999,
          beforeProjectId: null,
        },
        'Dieses Handlungsfeld gibt es nicht mehr.',
      ],
      [
        'actionFields:move',
        { id: field.id, beforeId: 99_999 },
        'Dieses Handlungsfeld gibt es nicht mehr.',
      ],
      [
        'workshops:update',
        { id: 99_999, title: 'x' },
        'Diese Zukunftswerkstatt gibt es nicht mehr.',
      ],
    ];
    for (const [method, input, message] of cases) {
      expect(await callFailing(backend, method, input), method).toEqual({
        code: 'NOT_FOUND',
        message,
      });
    }
    expect(await load(backend)).toEqual(board);
    expect(await call(backend, 'history:state', {})).toEqual(history);
  });
});

describe('undo and redo', () => {
  it('answer with patches that bring the renderer’s copy to the state of a fresh board:load', async () => {
    const backend = await demo();
    let copy: BoardRows = await load(backend);
    const board = copy;
    const field = fieldNamed(board, 'Ehrenamt');
    const [source, target] = board.projects.filter((p) => ideasOf(board, p.id).length >= 3) as [
      BoardProject,
      BoardProject,
    ];
    const [moved, renamed] = board.projects.filter((p) => p !== source && p !== target);
    const inboxIdea = ideasOf(board, null)[0] as Idea;
    const workshop = board.workshops[0];
    const actions: (() => Promise<BoardPatch>)[] = [
      () => mutate(backend, 'ideas:create', { text: 'Neu', phase: 'kritik' }),
      () => mutate(backend, 'ideas:createMany', { texts: ['A', 'B'], phase: 'umsetzung' }),
      () => mutate(backend, 'ideas:update', { id: inboxIdea.id, text: 'Geändert', groupId: null }),
      () =>
        mutate(backend, 'ideas:move', {
          id: inboxIdea.id,
          to: { kind: 'newProject', actionFieldId: field.id, beforeProjectId: null },
        }),
      () => mutate(backend, 'ideas:move', { id: inboxIdea.id, to: { kind: 'inbox' } }),
      () => mutate(backend, 'projects:merge', { sourceId: source.id, targetId: target.id }),
      () => mutate(backend, 'projects:dissolve', { id: target.id }),
      () =>
        mutate(backend, 'projects:move', {
          id: moved?.id as number,
          actionFieldId: field.id,
          beforeProjectId: null,
        }),
      () => mutate(backend, 'projects:rename', { id: renamed?.id as number, title: 'T' }),
      () => mutate(backend, 'actionFields:create', { name: 'Klima', color: '#123456' }),
      () => mutate(backend, 'actionFields:update', { id: field.id, hidden: true }),
      () => mutate(backend, 'actionFields:move', { id: field.id, beforeId: null }),
      () => mutate(backend, 'workshops:create', { title: 'Dritte', groups: ['X'] }),
      () => mutate(backend, 'workshops:update', { id: workshop?.id as number, place: 'Rathaus' }),
      () => mutate(backend, 'ideas:setDots', { id: inboxIdea.id, dots: 42 }),
      () => mutate(backend, 'ideas:delete', { id: inboxIdea.id }),
    ];
    const expectCopyCurrent = async () => expect(sorted(copy)).toEqual(sorted(await load(backend)));

    for (const action of actions) {
      copy = applyPatch(copy, await action());
      await expectCopyCurrent();
    }
    for (let n = 0; n < actions.length; n++) {
      copy = applyPatch(copy, (await call(backend, 'history:undo', {})).patch);
      await expectCopyCurrent();
    }
    expect(sorted(copy)).toEqual(sorted(board));
    for (let n = 0; n < actions.length; n++) {
      copy = applyPatch(copy, (await call(backend, 'history:redo', {})).patch);
      await expectCopyCurrent();
    }
    expect((await callFailing(backend, 'history:redo', {})).code).toBe('NOTHING_TO_REDO');
  });
});
