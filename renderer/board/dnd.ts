// What a screen reader hears while dragging on the board (German), and the keyboard's jumps.
import type { Announcements, KeyboardCoordinateGetter } from '@dnd-kit/core';
import { useStore } from '../store';
import { dropDataOf, nextTarget } from './dragSource';
import type { DragPayload, DropTracker } from './dragSource';
import type { DropData } from './dropTargets';
import { shortText } from './IdeaCard';

export function describePayload(payload: DragPayload): string {
  const { board } = useStore.getState();
  if (payload.type === 'idea') return `Idee „${shortText(board.ideas[payload.id]?.text ?? '')}“`;
  return `Projekt „${shortText(board.projects[payload.id]?.title ?? '')}“`;
}

export function describeTarget(target: Element | null): string {
  if (!target) return 'keinem Ziel';
  const data: DropData = dropDataOf(target);
  const { board } = useStore.getState();
  if (data.type === 'inbox') return 'dem Ideenspeicher';
  if (data.type === 'project')
    return `dem Projekt „${shortText(board.projects[data.projectId]?.title ?? '')}“`;
  return `dem Handlungsfeld „${board.actionFields[data.actionFieldId]?.name ?? ''}“`;
}

/** Arrow keys jump from target to target; the coordinates move the card that follows along. */
export function keyboardJumps(
  tracker: DropTracker,
  payload: () => DragPayload | undefined,
): KeyboardCoordinateGetter {
  return (event, { context: { collisionRect } }) => {
    const current = payload();
    if (!current || !collisionRect) return undefined;
    const from = tracker.current?.getBoundingClientRect() ?? (collisionRect as unknown as DOMRect);
    const target = nextTarget(event.code, from, tracker.current, current);
    if (!target) return undefined;
    event.preventDefault();
    target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    tracker.set(target);
    const rect = target.getBoundingClientRect();
    return { x: rect.left + 8, y: rect.top + 8 };
  };
}

export function boardAnnouncements(
  tracker: DropTracker,
  payload: () => DragPayload | undefined,
): Announcements {
  const subject = () => {
    const current = payload();
    return current ? describePayload(current) : 'Element';
  };
  return {
    onDragStart: () =>
      `${subject()} aufgenommen. Mit den Pfeiltasten zu einem Ziel bewegen, mit Leertaste ablegen, mit Escape abbrechen.`,
    onDragOver: () => undefined,
    onDragEnd: () =>
      tracker.current
        ? `${subject()} wurde bei ${describeTarget(tracker.current)} abgelegt.`
        : `${subject()} wurde ohne Ziel losgelassen; nichts hat sich geändert.`,
    onDragCancel: () => `Verschieben abgebrochen. ${subject()} bleibt an seinem Platz.`,
  };
}

export const screenReaderInstructions = {
  draggable:
    'Zum Aufnehmen Leertaste oder Eingabetaste drücken. Mit den Pfeiltasten zu einem Projekt, Handlungsfeld oder dem Ideenspeicher bewegen, mit Leertaste oder Eingabetaste ablegen, mit Escape abbrechen.',
};
