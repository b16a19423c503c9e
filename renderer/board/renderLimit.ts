// Long card lists are drawn in parts: a list draws its first cards and stands in for the rest with
// a spacer of about their height; when the spacer comes within a screen of its scroll area's view,
// the next part is drawn. A board of 10,000 cards then lays out the few hundred one can see, not
// all of them (content-visibility alone still builds and styles every card). Drawn cards stay:
// scrolling back never draws them again, and focus and selection never lose their element.
import { useCallback, useState } from 'react';

/** Cards drawn each time the rest of a list comes near the view. */
export const renderStep = 40;

/** The scroll areas a card list lives in; the rest is watched against the nearest of them. */
const scrollAreas = '.inbox-ideas, .column-projects';

/**
 * How many of `total` cards to draw: at first `initial`, then growing as the rest nears the view;
 * always at least up to `pinnedIndex` (a card that must be on screen: edited, searched, moved).
 * `restRef` goes on the spacer element that stands in for the cards not drawn.
 */
export function useRenderLimit(total: number, initial: number, pinnedIndex: number) {
  const [limit, setLimit] = useState(initial);
  const shown = Math.min(total, Math.max(limit, pinnedIndex + 1));
  // A new callback, and a new spacer (keyed by `shown`), after each part.
  const restRef = useCallback(
    (rest: HTMLElement | null) => {
      if (!rest) return;
      const observer = new IntersectionObserver(
        (entries) => {
          if (!entries.some((entry) => entry.isIntersecting)) return;
          observer.disconnect();
          setLimit((current) => Math.max(current, shown) + renderStep);
        },
        { root: rest.closest(scrollAreas), rootMargin: '100% 0px' },
      );
      observer.observe(rest);
      return () => observer.disconnect();
    },
    [shown],
  );
  return { shown, restRef };
}
