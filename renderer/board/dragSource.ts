// Drags without a hook per card: the board starts every drag through one proxy draggable and
// tracks the target under the pointer in the DOM, so moving a card renders nothing but the card
// that follows it (2,000 cards would otherwise all re-render at every target change).
import type { DropData } from './dropTargets';

export const dragInstructionsId = 'board-drag-instructions';

export interface DragPayload {
  type: 'idea' | 'project';
  id: number;
}

/** The element a drag came from and what it carries, read from its data attributes. */
export function dragSourceOf(
  target: EventTarget | null,
): { source: HTMLElement; payload: DragPayload } | undefined {
  const source = (target as Element | null)?.closest<HTMLElement>('[data-drag]');
  const type = source?.dataset.drag;
  if (!source || (type !== 'idea' && type !== 'project')) return undefined;
  return { source, payload: { type, id: Number(source.dataset.id) } };
}

/** The element that moves: a card's shell, or the whole project for a project's header. */
export const movingNodeOf = (source: HTMLElement, payload: DragPayload): HTMLElement =>
  payload.type === 'project' ? (source.closest<HTMLElement>('.project') ?? source) : source;

export function dropDataOf(element: Element): DropData {
  const kind = (element as HTMLElement).dataset.drop;
  if (kind === 'project')
    return { type: 'project', projectId: Number((element as HTMLElement).dataset.projectId) };
  if (kind === 'column')
    return {
      type: 'column',
      actionFieldId: Number((element as HTMLElement).dataset.actionFieldId),
    };
  return { type: 'inbox' };
}

/** The target under a point; a dragged project never targets itself, only what holds it. */
export function dropElementAt(x: number, y: number, payload: DragPayload): Element | null {
  let element = document.elementFromPoint(x, y)?.closest('[data-drop]') ?? null;
  if (payload.type === 'project') {
    if (element?.getAttribute('data-project-id') === String(payload.id)) {
      element = element.parentElement?.closest('[data-drop]') ?? null;
    }
    if (element?.getAttribute('data-drop') === 'inbox') return null;
  }
  return element;
}

/** The current target, kept outside React; marks it with a class and reports changes. */
export class DropTracker {
  private element: Element | null = null;

  constructor(private readonly onChange: (element: Element | null) => void) {}

  get current(): Element | null {
    return this.element;
  }

  set(element: Element | null): void {
    if (element === this.element) return;
    this.element?.classList.remove('is-over');
    element?.classList.add('is-over');
    this.element = element;
    this.onChange(element);
  }
}

const directions = {
  ArrowDown: [0, 1],
  ArrowUp: [0, -1],
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
} as const;

/**
 * The keyboard's next target: the nearest drop target in the arrow's direction from the current
 * one (or from the dragged item), preferring targets straight ahead.
 */
export function nextTarget(
  key: string,
  from: DOMRect,
  current: Element | null,
  payload: DragPayload,
): Element | undefined {
  const direction = directions[key as keyof typeof directions];
  if (!direction) return undefined;
  const [dx, dy] = direction;
  let best: { element: Element; score: number } | undefined;
  for (const element of document.querySelectorAll('[data-drop]')) {
    if (element === current) continue;
    if (payload.type === 'project') {
      const kind = element.getAttribute('data-drop');
      if (kind === 'inbox' || element.getAttribute('data-project-id') === String(payload.id))
        continue;
    }
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    const along = (rect.left - from.left) * dx + (rect.top - from.top) * dy;
    const across = Math.abs(dx !== 0 ? rect.top - from.top : rect.left - from.left);
    if (along <= 4) continue;
    const score = along + 2 * across;
    if (!best || score < best.score) best = { element, score };
  }
  return best?.element;
}
