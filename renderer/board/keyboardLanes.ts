// The board's drop targets as the lanes of the keyboard grid (keyboardGrid.ts), read from the DOM.
import { accepts } from './dragSource';
import type { DragPayload } from './dragSource';
import type { GridPlace } from './keyboardGrid';

/** The drop targets of the board as lanes, each in its order on screen. */
export function boardLanes(payload: DragPayload): Element[][] {
  const lanes: Element[][] = [];
  const inbox = document.querySelector('[data-drop="inbox"]');
  if (inbox) lanes.push([inbox]);
  for (const column of document.querySelectorAll('[data-drop="column"]')) {
    lanes.push([...column.querySelectorAll('[data-drop="project"]'), column]);
  }
  return lanes.map((lane) => lane.filter((element) => accepts(element, payload)));
}

/** Where an element sits in the lanes; a card's own place for the first arrow key. */
export function placeOf(lanes: Element[][], element: Element | null): GridPlace | undefined {
  if (!element) return undefined;
  for (const [lane, targets] of lanes.entries()) {
    const index = targets.findIndex((target) => target === element || target.contains(element));
    if (index >= 0) return { lane, index };
  }
  return undefined;
}
