// dnd-kit configuration for the board: which target wins, how the keyboard jumps between
// targets, and what a screen reader hears (in German).
import { pointerWithin, rectIntersection } from '@dnd-kit/core';
import type {
  Active,
  Announcements,
  CollisionDetection,
  KeyboardCoordinateGetter,
  Over,
} from '@dnd-kit/core';
import { useStore } from '../store';
import { shortText } from './IdeaCard';
import type { DropData } from './dropTargets';

const rank: Record<DropData['type'], number> = { project: 0, inbox: 1, column: 2 };

/** The pointer decides; of nested targets the innermost (a project inside its column) wins. */
export const boardCollision: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  const candidates = hits.length > 0 ? hits : rectIntersection(args);
  const activeProject =
    (args.active.data.current as { type?: string; id?: number } | undefined)?.type === 'project'
      ? `project:${(args.active.data.current as { id: number }).id}`
      : undefined;
  return candidates
    .filter((collision) => collision.id !== activeProject)
    .sort((a, b) => {
      const typeOf = (id: string | number) =>
        (
          args.droppableContainers.find((container) => container.id === id)?.data.current as
            DropData | undefined
        )?.type ?? 'column';
      return rank[typeOf(a.id)] - rank[typeOf(b.id)];
    });
};

const arrowKeys = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'];

/** Arrow keys jump to the nearest target in that direction (a project, a column, the Ideenspeicher). */
export const jumpToTarget: KeyboardCoordinateGetter = (event, { context }) => {
  if (!arrowKeys.includes(event.code)) return undefined;
  event.preventDefault();
  const { active, collisionRect, droppableRects, droppableContainers, over } = context;
  if (!active || !collisionRect) return undefined;
  const from = { x: collisionRect.left, y: collisionRect.top };
  let best: { x: number; y: number; score: number } | undefined;
  for (const container of droppableContainers.getEnabled()) {
    const rect = droppableRects.get(container.id);
    if (
      !rect ||
      container.id === over?.id ||
      container.id === `project:${(active.data.current as { id?: number })?.id}`
    )
      continue;
    const to = { x: rect.left + 8, y: rect.top + 8 };
    const dx = to.x - from.x;
    const dy = to.y - from.y;
    const along = { ArrowDown: dy, ArrowUp: -dy, ArrowRight: dx, ArrowLeft: -dx }[
      event.code
    ] as number;
    const across =
      event.code === 'ArrowDown' || event.code === 'ArrowUp' ? Math.abs(dx) : Math.abs(dy);
    if (along <= 4) continue;
    const score = along + 2 * across;
    if (!best || score < best.score) best = { ...to, score };
  }
  return best ? { x: best.x, y: best.y } : undefined;
};

function describeActive(active: Active): string {
  const data = active.data.current as { type: 'idea' | 'project'; id: number };
  const { board } = useStore.getState();
  if (data.type === 'idea') return `Idee „${shortText(board.ideas[data.id]?.text ?? '')}“`;
  return `Projekt „${shortText(board.projects[data.id]?.title ?? '')}“`;
}

function describeOver(over: Over): string {
  const data = over.data.current as DropData;
  const { board } = useStore.getState();
  if (data.type === 'inbox') return 'dem Ideenspeicher';
  if (data.type === 'project')
    return `dem Projekt „${shortText(board.projects[data.projectId]?.title ?? '')}“`;
  return `dem Handlungsfeld „${board.actionFields[data.actionFieldId]?.name ?? ''}“`;
}

export const announcements: Announcements = {
  onDragStart: ({ active }) =>
    `${describeActive(active)} aufgenommen. Mit den Pfeiltasten zu einem Ziel bewegen, mit Leertaste ablegen, mit Escape abbrechen.`,
  onDragOver: ({ active, over }) =>
    over
      ? `${describeActive(active)} ist über ${describeOver(over)}.`
      : `${describeActive(active)} ist über keinem Ziel.`,
  onDragEnd: ({ active, over }) =>
    over
      ? `${describeActive(active)} wurde bei ${describeOver(over)} abgelegt.`
      : `${describeActive(active)} wurde ohne Ziel losgelassen; nichts hat sich geändert.`,
  onDragCancel: ({ active }) =>
    `Verschieben abgebrochen. ${describeActive(active)} bleibt an seinem Platz.`,
};

export const screenReaderInstructions = {
  draggable:
    'Zum Aufnehmen Leertaste oder Eingabetaste drücken. Mit den Pfeiltasten zu einem Projekt, Handlungsfeld oder dem Ideenspeicher bewegen, mit Leertaste oder Eingabetaste ablegen, mit Escape abbrechen.',
};
