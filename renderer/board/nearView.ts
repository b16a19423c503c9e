// Columns beside the view draw no cards until they come near it: at 1600 px five of sixteen
// Handlungsfelder are on screen, and drawing the other eleven cost two thirds of a big board's
// first paint. A column once near stays drawn (renderLimit.ts keeps what it drew).
import { createContext, useLayoutEffect, useState } from 'react';
import type { RefObject } from 'react';

/** Whether the lists inside may draw their cards; outside any column they always may. */
export const NearView = createContext(true);

/** The board's horizontal scroll area; "near" is within half its size of what it shows. */
const scrollArea = '.columns';
const margin = 0.5;

/**
 * True once `ref`'s element is within half a screen of its scroll area's view, and always when
 * `watch` is false. Checked before the first paint (a visible column never shows empty), then
 * observed as the board scrolls.
 */
export function useNearView(ref: RefObject<HTMLElement | null>, watch: boolean): boolean {
  const [near, setNear] = useState(!watch);
  useLayoutEffect(() => {
    const element = ref.current;
    if (near || !watch || !element) return;
    const root = element.closest(scrollArea);
    if (!root || isNear(element, root)) {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        setNear(true);
      },
      { root, rootMargin: `${margin * 100}%` },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near, watch, ref]);
  return near || !watch;
}

function isNear(element: Element, root: Element): boolean {
  const box = element.getBoundingClientRect();
  const view = root.getBoundingClientRect();
  const dx = view.width * margin;
  const dy = view.height * margin;
  return (
    box.left < view.right + dx &&
    box.right > view.left - dx &&
    box.top < view.bottom + dy &&
    box.bottom > view.top - dy
  );
}
