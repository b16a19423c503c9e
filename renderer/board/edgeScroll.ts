// Scrolls the board while a dragged card rests near an edge: sideways through the Handlungsfelder,
// up and down inside a column or the Ideenspeicher. (dnd-kit's auto-scroll only knows the
// containers around the grabbed card, which lie elsewhere.)

const edge = 70;
const maxStep = 18;

/** How far to scroll when `value` lies within `edge` pixels of [low, high]; negative scrolls back. */
function stepFor(value: number, low: number, high: number): number {
  if (value < low + edge) return -Math.ceil(((low + edge - value) / edge) * maxStep);
  if (value > high - edge) return Math.ceil(((value - (high - edge)) / edge) * maxStep);
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
      if (
        point.x < rect.left ||
        point.x > rect.right ||
        point.y < rect.top - edge ||
        point.y > rect.bottom + edge
      )
        continue;
      const down = stepFor(point.y, rect.top, rect.bottom);
      if (down !== 0) list.scrollTop += down;
      break;
    }
  }
}
