// The Handlungsfelder side by side; in "Alles zeigen" wrapped into as few rows as keep every
// column readable (at least ~150 px wide), so the whole board fits one screen.
import { memo, useLayoutEffect, useRef, useState } from 'react';
import { useStore } from '../store';
import { useSameItems } from '../store/sameItems';
import { ActionFieldColumn } from './ActionFieldColumn';
import { columnsId } from './landmarks';

const narrowest = 150;

export const BoardColumns = memo(function BoardColumns() {
  const visible = useStore(
    useSameItems((state) =>
      state.board.index.fieldOrder.filter((id) => !state.board.actionFields[id]?.hidden),
    ),
  );
  const everything = useStore((state) => state.boardUi.zoom === 'all');
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || !everything) return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry?.contentRect.width ?? 0));
    observer.observe(element);
    return () => observer.disconnect();
  }, [everything]);

  const perRow = everything ? columnsPerRow(visible.length, width) : undefined;
  return (
    <div
      ref={ref}
      id={columnsId}
      className="columns"
      role="list"
      aria-label="Handlungsfelder"
      tabIndex={-1}
      style={perRow ? { ['--per-row' as string]: perRow } : undefined}
    >
      {visible.map((id) => (
        <div role="listitem" key={id} className="column-slot">
          <ActionFieldColumn id={id} />
        </div>
      ))}
    </div>
  );
});

/** As few rows as possible with columns no narrower than `narrowest`, then spread evenly. */
export function columnsPerRow(count: number, width: number): number {
  if (count === 0) return 1;
  const fit = Math.max(1, Math.floor(width / narrowest));
  const rows = Math.ceil(count / Math.min(fit, count));
  return Math.ceil(count / rows);
}
