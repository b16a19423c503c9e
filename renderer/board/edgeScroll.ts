// Scrolls the board while a dragged card rests near an edge: sideways through the Handlungsfelder,
// up and down inside a column or the Ideenspeicher. (dnd-kit's auto-scroll only knows the
// containers around the grabbed card, which lie elsewhere.)

const edge = 70;
const maxStep = 18;

/**
 * How far to scroll when `value` lies within the edge band of [low, high]; negative scrolls back.
 * A short list gets a narrower band, so its middle stays a calm place to drop.
 */
function stepFor(value: number, low: number, high: number): number {
  const band = Math.min(edge, (high - low) / 4);
  if (band <= 0) return 0;
  if (value < low + band) return -Math.ceil(((low + band - value) / band) * maxStep);
  if (value > high - band) return Math.ceil(((value - (high - band)) / band) * maxStep);
  return 0;
}

export class EdgeScroller {
  private frame = 0;
  private point: { x: number; y: number } | undefined;

  start(): void {
    const tick = () => {
      this.scrollOnce();
      this.frame = requestAnimationFrame(tick);
    };
    this.frame = requestAnimationFrame(tick);
  }

  /** The pointer's position; undefined for keyboard drags, which scroll targets into view. */
  follow(point: { x: number; y: number } | undefined): void {
    this.point = point;
  }

  stop(): void {
    cancelAnimationFrame(this.frame);
    this.point = undefined;
  }

  private scrollOnce() {
    const point = this.point;
    if (!point) return;
    const columns = document.querySelector('.columns');
    const area = columns?.getBoundingClientRect();
    if (!columns || !area || point.y < area.top || point.y > area.bottom) return;
    if (point.x >= area.left && point.x <= area.right) {
      const sideways = stepFor(point.x, area.left, area.right);
      if (sideways !== 0) columns.scrollLeft += sideways;
    }
    for (const list of document.querySelectorAll('.column-projects, .inbox-ideas')) {
      const rect = list.getBoundingClientRect();
      // Only inside the list: a pointer passing above or below it on its way elsewhere scrolls nothing.
      if (
        point.x < rect.left ||
        point.x > rect.right ||
        point.y < rect.top ||
        point.y > rect.bottom
      )
        continue;
      const down = stepFor(point.y, rect.top, rect.bottom);
      if (down !== 0) list.scrollTop += down;
      break;
    }
  }
}
