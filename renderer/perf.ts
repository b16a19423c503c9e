// Render counters read by the board benchmark (window.__kwPerf); plain increments, always on.

const perf = { cardRenders: 0, projectRenders: 0 };

(globalThis as unknown as { __kwPerf: typeof perf }).__kwPerf = perf;

/** Called during render on purpose: the benchmark counts renders, not commits. */
export function countRender(kind: 'card' | 'project'): void {
  if (kind === 'card') perf.cardRenders++;
  else perf.projectRenders++;
}
