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
 * How many of `ids` to draw: at first `initial`, then growing as the rest nears the view, and by
 * as many as arrive at the top (the Ideenspeicher's newest), so a drawn card never goes again;
 * always at least up to `pinnedIndex` (a card that must be on screen: edited, searched, moved).
 * `initial` may rise later (a column coming near); `growing` false keeps the list as it is.
 * `restRef` goes on the spacer element that stands in for the cards not drawn.
 */
export function useRenderLimit(
  ids: readonly number[],
  initial: number,
  pinnedIndex: number,
  growing = true,
) {
  const [limit, setLimit] = useState(initial);
  const [before, setBefore] = useState(ids);
  const floor = Math.max(limit, initial);
  if (before !== ids) {
    // Adjusted while rendering (React's pattern for state that follows props): no frame shows
    // the list with its last drawn cards gone.
    setBefore(ids);
    const arrived = before.length > 0 ? ids.indexOf(before[0] as number) : -1;
    if (arrived > 0 && floor > 0) setLimit(floor + arrived);
  }
  const shown = Math.min(ids.length, Math.max(floor, pinnedIndex + 1));
  // A new callback, and a new spacer (keyed by `shown`), after each part.
  const restRef = useCallback(
    (rest: HTMLElement | null) => {
      if (!rest || !growing) return;
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
    [shown, growing],
  );
  return { shown, restRef };
}
