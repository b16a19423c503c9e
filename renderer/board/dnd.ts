// What a screen reader hears while dragging on the board (German), and the keyboard's jumps.
import type { Announcements, KeyboardCoordinateGetter } from '@dnd-kit/core';
import { useStore } from '../store';
import { dropDataOf } from './dragSource';
import type { DragPayload, DropTracker } from './dragSource';
import type { DropData } from './dropTargets';
import { shortText } from './IdeaCard';
import { nextPlace } from './keyboardGrid';
import { boardLanes, placeOf } from './keyboardLanes';

export function describePayload(payload: DragPayload): string {
  const { board } = useStore.getState();
  if (payload.type === 'project')
    return `Projekt „${shortText(board.projects[payload.id]?.title ?? '')}“`;
  const first = `Idee „${shortText(board.ideas[payload.id]?.text ?? '')}“`;
  const others = payload.ids.length - 1;
  if (others === 0) return first;
  return `${first} und ${others === 1 ? 'eine weitere Idee' : `${others} weitere Ideen`}`;
}

/** A target in words: "dem Projekt „…“ im Handlungsfeld „…“". */
export function describeTarget(target: Element | null): string {
  if (!target) return 'keinem Ziel';
  return describeDropData(dropDataOf(target));
}

export function describeDropData(data: DropData): string {
  const { board } = useStore.getState();
  if (data.type === 'inbox') return 'dem Ideenspeicher';
  if (data.type === 'project') {
    const project = board.projects[data.projectId];
    const field = project ? board.actionFields[project.actionFieldId]?.name : undefined;
    const where = field ? ` im Handlungsfeld „${field}“` : '';
    return `dem Projekt „${shortText(project?.title ?? '')}“${where}`;
  }
  return `dem Handlungsfeld „${board.actionFields[data.actionFieldId]?.name ?? ''}“ (neues Projekt)`;
}

/**
 * Arrow keys move through the board's grid (keyboardGrid.ts); the coordinates returned move the
 * card that follows along. `placeGhost` puts that card next to the new target.
 */
export function keyboardJumps(
  tracker: DropTracker,
  payload: () => DragPayload | undefined,
  origin: () => Element | undefined,
  placeGhost: (x: number, y: number) => void,
): KeyboardCoordinateGetter {
  return (event) => {
    const current = payload();
    if (!current) return undefined;
    const lanes = boardLanes(current);
    const from = placeOf(lanes, tracker.current) ?? placeOf(lanes, origin() ?? null);
    const place = nextPlace(lanes, from, event.code);
    if (!place) return undefined;
    const target = lanes[place.lane]?.[place.index];
    if (!target) return undefined;
    event.preventDefault();
    target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    tracker.set(target);
    const rect = target.getBoundingClientRect();
    placeGhost(rect.left + 8, rect.top + 8);
    return { x: rect.left + 8, y: rect.top + 8 };
  };
}

/**
 * dnd-kit's own announcements for start and cancel. The drop is announced by the board itself
 * once the backend has answered (boardDrag.ts): only then is it true.
 */
export function boardAnnouncements(subject: () => string): Announcements {
  return {
    onDragStart: () =>
      `${subject()} aufgenommen. Mit den Pfeiltasten links und rechts zwischen Ideenspeicher und Handlungsfeldern wechseln, mit oben und unten zwischen den Projekten; mit Leertaste ablegen, mit Escape abbrechen.`,
    onDragOver: () => undefined,
    onDragEnd: () => undefined,
    onDragCancel: () => `Verschieben abgebrochen: ${subject()}, nichts wurde geändert.`,
  };
}

export const screenReaderInstructions = {
  draggable:
    'Zum Aufnehmen Leertaste oder Eingabetaste drücken. Mit den Pfeiltasten zu einem Projekt, Handlungsfeld oder dem Ideenspeicher bewegen, mit Leertaste oder Eingabetaste ablegen, mit Escape abbrechen.',
};
