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

interface Zone {
  element: Element;
  kind: string;
  rect: DOMRect;
  /** The scrolling area the zone is seen through; outside it, it is hidden. */
  clip: DOMRect;
}

const inside = (rect: DOMRect, x: number, y: number) =>
  x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;

/**
 * Drop targets measured once per drag (and again after a scroll) and hit-tested by
 * arithmetic: asking the browser what lies under the pointer at every move forces a layout
 * of the whole board, which costs milliseconds with thousands of cards.
 */
export class DropZones {
  private zones: Zone[] | undefined;

  invalidate = (): void => {
    this.zones = undefined;
  };

  /** The innermost target under a point; a dragged project never targets itself. */
  at(x: number, y: number, payload: DragPayload): Element | null {
    this.zones ??= measureZones();
    const hits = this.zones.filter((zone) => inside(zone.rect, x, y) && inside(zone.clip, x, y));
    const allowed = hits.filter(
      (zone) =>
        payload.type === 'idea' ||
        (zone.kind !== 'inbox' &&
          zone.element.getAttribute('data-project-id') !== String(payload.id)),
    );
    return (allowed.find((zone) => zone.kind === 'project') ?? allowed[0])?.element ?? null;
  }
}

function measureZones(): Zone[] {
  const viewport = new DOMRect(0, 0, window.innerWidth, window.innerHeight);
  return [...document.querySelectorAll('[data-drop]')].map((element) => {
    const kind = element.getAttribute('data-drop') ?? '';
    const scroller =
      kind === 'project'
        ? element.closest('.column-projects')
        : kind === 'column'
          ? element.closest('.columns')
          : null;
    return {
      element,
      kind,
      rect: element.getBoundingClientRect(),
      clip: scroller?.getBoundingClientRect() ?? viewport,
    };
  });
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
