// The renderer's board index: orderings from rows, and unchanged lists keeping their identity.
import { describe, expect, it } from 'vitest';
import type { BoardActionField, BoardProject, Idea } from '../../shared/contract';
import { buildIndex, emptyIndex } from '../../renderer/board/boardIndex';
import { withRows } from '../../renderer/store/rowRecords';

const idea = (id: number, projectId: number | null, position: number): Idea => ({
  id,
  text: `Idee ${id}`,
  phase: 'kritik',
  workshopId: null,
  groupId: null,
  author: '',
  dots: 0,
  color: null,
  projectId,
  position,
  createdAt: '2026-01-01T00:00:00.000Z',
  device: null,
  visibility: 'shown',
});
const project = (id: number, actionFieldId: number, position: number): BoardProject => ({
  id,
  actionFieldId,
  title: `P${id}`,
  position,
  dots: 0,
  status: 'idee',
  keyMeasure: false,
});
const field = (id: number, position: number): BoardActionField => ({
  id,
  name: `F${id}`,
  description: '',
  color: '#000000',
  position,
  hidden: false,
});
const byId = <T extends { id: number }>(rows: T[]) =>
  Object.fromEntries(rows.map((row) => [row.id, row]));

describe('board index', () => {
  const ideas = byId([idea(1, null, 2), idea(2, null, 1), idea(3, 10, 1.5), idea(4, 10, 1)]);
  const projects = byId([project(10, 100, 2), project(11, 100, 1)]);
  const fields = byId([field(100, 2), field(101, 1)]);

  it('orders ideas per container and projects per Handlungsfeld by position', () => {
    const index = buildIndex(ideas, projects, fields, emptyIndex);
    expect(index.ideasByContainer.inbox).toEqual([2, 1]);
    expect(index.ideasByContainer.p10).toEqual([4, 3]);
    expect(index.ideasByContainer.p11).toEqual([]);
    expect(index.projectsByField[100]).toEqual([11, 10]);
    expect(index.fieldOrder).toEqual([101, 100]);
  });

  it('keeps the identity of lists that did not change, so only changed lists render again', () => {
    const first = buildIndex(ideas, projects, fields, emptyIndex);
    const moved = { ...ideas, 1: idea(1, 11, 1) };
    const second = buildIndex(moved, projects, fields, first);
    expect(second.ideasByContainer.p10).toBe(first.ideasByContainer.p10);
    expect(second.projectsByField[100]).toBe(first.projectsByField[100]);
    expect(second.ideasByContainer.inbox).not.toBe(first.ideasByContainer.inbox);
    expect(second.ideasByContainer.p11).toEqual([1]);
  });

  it('sums the dots of the shown cards per container', () => {
    const dotted = {
      ...ideas,
      3: { ...idea(3, 10, 1.5), dots: 2 },
      4: { ...idea(4, 10, 1), dots: 3 },
    };
    const index = buildIndex(dotted, projects, fields, emptyIndex);
    expect(index.dotsByContainer.p10).toBe(5);
    const hidden = { ...dotted, 4: { ...dotted[4]!, visibility: 'hidden' as const } };
    expect(buildIndex(hidden, projects, fields, index).dotsByContainer.p10).toBe(2);
  });

  it('builds from a change exactly what it builds afresh, over many random changes', () => {
    let seed = 7;
    const random = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % below;
    };
    const visibilities = ['shown', 'shown', 'shown', 'concealed', 'hidden'] as const;
    let rows = {
      ideas: byId(
        Array.from({ length: 60 }, (_, i) =>
          idea(i + 1, random(3) ? 10 + random(4) : null, random(20)),
        ),
      ),
      projects: byId([10, 11, 12, 13].map((id) => project(id, 100 + random(2), random(5)))),
      fields,
    };
    let index = buildIndex(rows.ideas, rows.projects, rows.fields, emptyIndex);
    for (let step = 0; step < 300; step++) {
      const ideasNow = { ...rows.ideas };
      let projectsNow = rows.projects;
      for (let n = 1 + random(4); n > 0; n--) {
        const id = 1 + random(70);
        const kind = random(10);
        if (kind === 0) delete ideasNow[id];
        else if (kind === 1)
          ideasNow[id] = { ...idea(id, null, random(20)), visibility: visibilities[random(5)]! };
        else if (ideasNow[id]) {
          const before = ideasNow[id];
          ideasNow[id] =
            kind < 5
              ? { ...before, projectId: random(2) ? 10 + random(4) : null, position: random(20) }
              : kind < 8
                ? { ...before, dots: random(4) }
                : { ...before, visibility: visibilities[random(5)]! };
        }
      }
      if (random(8) === 0) {
        const id = 10 + random(4);
        projectsNow = { ...rows.projects, [id]: { ...rows.projects[id]!, position: random(5) } };
      }
      // Every other step, the record is made as the store makes it, remembering what changed.
      const changed = Object.values(ideasNow).filter((row) => rows.ideas[row.id] !== row);
      const removed = Object.values(rows.ideas)
        .filter((row) => !(row.id in ideasNow))
        .map((row) => row.id);
      const made = step % 2 ? withRows(rows.ideas, changed, removed) : ideasNow;
      rows = { ideas: made, projects: projectsNow, fields };
      index = buildIndex(rows.ideas, rows.projects, rows.fields, index);
      const afresh = buildIndex(rows.ideas, rows.projects, rows.fields, emptyIndex);
      expect({ ...index, source: null }).toEqual({ ...afresh, source: null });
    }
  });
});
