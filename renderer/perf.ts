// Render counters read by the board benchmark (window.__kwPerf); plain increments, always on.

const perf = { cardRenders: 0, projectRenders: 0 };

(globalThis as unknown as { __kwPerf: typeof perf }).__kwPerf = perf;

/** Called during render on purpose: the benchmark counts renders, not commits. */
export function countRender(kind: 'card' | 'project'): void {
  if (kind === 'card') perf.cardRenders++;
  else perf.projectRenders++;
}

/**
 * Runs `callback` once the next frame has been drawn: a requestAnimationFrame callback runs before
 * that frame's style, layout and paint, a task queued from it runs after them.
 */
export function afterNextPaint(callback: () => void): void {
  requestAnimationFrame(() => setTimeout(callback, 0));
}
