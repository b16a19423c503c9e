// The renderer's board index: orderings from rows, and unchanged lists keeping their identity.
import { describe, expect, it } from 'vitest';
import type { BoardActionField, BoardProject, Idea } from '../../shared/contract';
import { buildIndex, emptyIndex } from '../../renderer/board/boardIndex';

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
});
