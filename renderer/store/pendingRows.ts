// Rows this window has moved optimistically and the backend has not confirmed yet. A change from
// another window that touches one of them lost or won a race: the user is told (liveUpdates.ts).
import type { BoardPatch } from '../../shared/contract';
import type { BoardRows } from './boardSlice';
import { differingIds } from './rowRecords';

const pending = new Map<string, number>();

const keysOf = (patch: Pick<BoardPatch, 'ideas' | 'projects'>, removed: BoardPatch | undefined) => [
  ...patch.ideas.map((idea) => `i${idea.id}`),
  ...patch.projects.map((project) => `p${project.id}`),
  ...(removed?.removedIdeaIds.map((id) => `i${id}`) ?? []),
  ...(removed?.removedProjectIds.map((id) => `p${id}`) ?? []),
];

/** The ideas and projects an optimistic change altered, compared by identity with before. */
export function changedRows(before: BoardRows, after: Partial<BoardRows>): string[] {
  const ideas = differing(before.ideas, after.ideas);
  const projects = differing(before.projects, after.projects).filter((project) => project.id > 0);
  return keysOf({ ideas, projects }, undefined);
}

function differing<T extends { id: number }>(
  before: Record<number, T>,
  after: Record<number, T> | undefined,
): T[] {
  if (!after) return [];
  return [...differingIds(before, after)]
    .flatMap((id) => after[id] ?? [])
    .filter((row) => before[row.id] !== row);
}

export function holdRows(keys: string[]): void {
  for (const key of keys) pending.set(key, (pending.get(key) ?? 0) + 1);
}

export function releaseRows(keys: string[]): void {
  for (const key of keys) {
    const count = (pending.get(key) ?? 1) - 1;
    if (count <= 0) pending.delete(key);
    else pending.set(key, count);
  }
}

export function touchesPending(patch: BoardPatch): boolean {
  return pending.size > 0 && keysOf(patch, patch).some((key) => pending.has(key));
}
