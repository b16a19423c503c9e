// Drags without a hook per card: the board starts every drag through one proxy draggable and
// tracks the target under the pointer in the DOM, so moving a card renders nothing but the card
// that follows it (2,000 cards would otherwise all re-render at every target change).
import type { DropData } from './dropTargets';

export const dragInstructionsId = 'board-drag-instructions';

export interface DragPayload {
  type: 'idea' | 'project';
  /** The grabbed card or project. */
  id: number;
  /** Every card that moves, in board order (several when a selection is dragged); [id] otherwise. */
  ids: number[];
}

/** The element a drag came from and what it carries, read from its data attributes. */
export function dragSourceOf(
  target: EventTarget | null,
  selectedIdeaIds: readonly number[],
): { source: HTMLElement; payload: DragPayload } | undefined {
  const source = (target as Element | null)?.closest<HTMLElement>('[data-drag]');
  const type = source?.dataset.drag;
  if (!source || (type !== 'idea' && type !== 'project')) return undefined;
  const id = Number(source.dataset.id);
  // A selected card takes the whole selection along, in board order; an unselected one goes alone.
  const ids =
    type === 'idea' && selectedIdeaIds.includes(id) ? inBoardOrder(selectedIdeaIds) : [id];
  return { source, payload: { type, id, ids } };
}

function inBoardOrder(ids: readonly number[]): number[] {
  const wanted = new Set(ids);
  return [...document.querySelectorAll<HTMLElement>('.drag-shell[data-id]')]
    .map((shell) => Number(shell.dataset.id))
    .filter((id) => wanted.has(id));
}

/** The elements that move: the cards' shells, or the whole project for a project's header. */
export function movingNodesOf(source: HTMLElement, payload: DragPayload): HTMLElement[] {
  if (payload.type === 'project') return [source.closest<HTMLElement>('.project') ?? source];
  return payload.ids
    .map((id) => document.querySelector<HTMLElement>(`.drag-shell[data-id="${id}"]`))
    .filter((node): node is HTMLElement => node !== null);
}

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

/** Whether a dragged payload may land on a drop element: a project never on itself or the inbox. */
export function accepts(element: Element, payload: DragPayload): boolean {
  if (payload.type === 'idea') return true;
  return (
    element.getAttribute('data-drop') !== 'inbox' &&
    element.getAttribute('data-project-id') !== String(payload.id)
  );
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

  /** The innermost target under a point that accepts the payload. */
  at(x: number, y: number, payload: DragPayload): Element | null {
    this.zones ??= measureZones();
    const hits = this.zones.filter(
      (zone) =>
        inside(zone.rect, x, y) && inside(zone.clip, x, y) && accepts(zone.element, payload),
    );
    return (hits.find((zone) => zone.kind === 'project') ?? hits[0])?.element ?? null;
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
