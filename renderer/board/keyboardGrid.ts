// Keyboard drags move in a grid the user can predict: left and right go lane by lane through the
// Ideenspeicher and every visible Handlungsfeld in order, up and down go along one lane (a
// column's projects from top to bottom, then the column itself: "neues Projekt" at its end).
// Pure: the lanes come from keyboardLanes.ts.
export interface GridPlace {
  lane: number;
  index: number;
}

/**
 * The next place for an arrow key, or undefined at the board's edge. Sideways keeps the row as far
 * as the next lane reaches; lanes without targets (a project cannot go to the inbox) are skipped.
 */
export function nextPlace(
  lanes: readonly (readonly unknown[])[],
  from: GridPlace | undefined,
  key: string,
): GridPlace | undefined {
  const start = from ?? { lane: -1, index: 0 };
  if (key === 'ArrowUp' || key === 'ArrowDown') {
    if (!from) return firstFrom(lanes, 0, 1, 0);
    const length = lanes[from.lane]?.length ?? 0;
    const index = from.index + (key === 'ArrowDown' ? 1 : -1);
    return index >= 0 && index < length ? { lane: from.lane, index } : undefined;
  }
  if (key === 'ArrowRight') return firstFrom(lanes, start.lane + 1, 1, start.index);
  if (key === 'ArrowLeft') return firstFrom(lanes, start.lane - 1, -1, start.index);
  return undefined;
}

function firstFrom(
  lanes: readonly (readonly unknown[])[],
  lane: number,
  step: 1 | -1,
  row: number,
): GridPlace | undefined {
  for (let current = lane; current >= 0 && current < lanes.length; current += step) {
    const length = lanes[current]?.length ?? 0;
    if (length > 0) return { lane: current, index: Math.min(row, length - 1) };
  }
  return undefined;
}
