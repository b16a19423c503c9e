// One drag on the board, from grab to drop, kept outside React: which element moves, what is
// under it, what a screen reader hears, and the single backend call when it lands.
import type {
  Announcements,
  DragEndEvent,
  DragMoveEvent,
  KeyboardCoordinateGetter,
} from '@dnd-kit/core';
import type { KeyboardEvent, PointerEvent } from 'react';
import { api } from '../api/client';
import { useStore } from '../store';
import type { MutationOutcome } from '../store/boardSlice';
import { boardAnnouncements, describePayload, describeTarget, keyboardJumps } from './dnd';
import type { ProxyHandle } from './DragProxy';
import { dragSourceOf, dropDataOf, DropTracker, DropZones, movingNodeOf } from './dragSource';
import type { DragPayload } from './dragSource';
import { EdgeScroller } from './edgeScroll';
import {
  ideaTargetFor,
  isNoOp,
  optimisticIdeaMove,
  optimisticProjectMove,
  projectTargetFor,
} from './dropTargets';

export class BoardDrag {
  private proxy: ProxyHandle | undefined;
  private liveRegion: HTMLElement | null = null;
  readonly tracker: DropTracker;
  readonly announcements: Announcements;
  readonly keyboardCoordinates: KeyboardCoordinateGetter;
  private moving: { payload: DragPayload; node: HTMLElement } | undefined;
  private readonly zones = new DropZones();
  private readonly scroller = new EdgeScroller();

  /** `show` tells React which item the overlay shows (undefined: none). */
  constructor(private readonly show: (payload: DragPayload | undefined) => void) {
    this.tracker = new DropTracker((target) => {
      if (this.moving && this.liveRegion) {
        this.liveRegion.textContent = `${describePayload(this.moving.payload)} ist über ${describeTarget(target)}.`;
      }
    });
    const payload = () => this.moving?.payload;
    this.announcements = boardAnnouncements(this.tracker, payload);
    this.keyboardCoordinates = keyboardJumps(this.tracker, payload);
  }

  /** DragProxy hands over its start function once it is mounted inside the DndContext. */
  attachProxy(proxy: ProxyHandle): void {
    this.proxy = proxy;
  }

  /** Where target changes are announced (an aria-live element). */
  attachLiveRegion(element: HTMLElement | null): void {
    this.liveRegion = element;
  }

  onPointerDown = (event: PointerEvent) => {
    const target = event.target as Element;
    if (
      event.button !== 0 ||
      target.closest('input, textarea, select, a, [contenteditable="true"]')
    )
      return;
    if (target.closest('button') && !target.closest('.grip')) return;
    const source = target.closest<HTMLElement>('[data-drag]');
    if (source) this.begin(event, source);
  };

  onKeyDown = (event: KeyboardEvent) => {
    const grip = (event.target as Element).closest<HTMLElement>('.grip');
    if (grip && (event.code === 'Space' || event.code === 'Enter')) this.begin(event, grip);
  };

  onDragStart = () => {
    this.zones.invalidate();
    // Any scroll during the drag (wheel, auto-scroll) moves the targets: measure again.
    window.addEventListener('scroll', this.zones.invalidate, { capture: true, passive: true });
    this.scroller.start();
    this.moving?.node.classList.add('is-dragging');
    this.show(this.moving?.payload);
  };

  /** Pointer drags target what lies under the pointer; keyboard drags jump in keyboardJumps. */
  onDragMove = ({ activatorEvent, delta }: DragMoveEvent) => {
    if (!this.moving || !(activatorEvent instanceof globalThis.PointerEvent)) return;
    const point = { x: activatorEvent.clientX + delta.x, y: activatorEvent.clientY + delta.y };
    this.scroller.follow(point);
    this.tracker.set(this.zones.at(point.x, point.y, this.moving.payload));
  };

  onDragEnd = ({ activatorEvent, delta }: DragEndEvent) => {
    const moving = this.moving;
    const target = this.tracker.current;
    this.finish();
    if (!moving || !target) return;
    // The pointer's height decides the place within the target; the keyboard lands at its start.
    const y =
      activatorEvent instanceof globalThis.PointerEvent
        ? activatorEvent.clientY + delta.y
        : target.getBoundingClientRect().top;
    drop(moving.payload, target, y);
  };

  finish = () => {
    window.removeEventListener('scroll', this.zones.invalidate, { capture: true });
    this.scroller.stop();
    this.moving?.node.classList.remove('is-dragging');
    this.moving = undefined;
    this.tracker.set(null);
    this.show(undefined);
  };

  private begin(event: PointerEvent | KeyboardEvent, activator: HTMLElement) {
    const found = dragSourceOf(activator);
    if (!found || !this.proxy) return;
    const node = movingNodeOf(found.source, found.payload);
    this.moving = { payload: found.payload, node };
    this.proxy.start(event, node, activator, found.payload);
  }
}

/** One backend call per drop, shown at once (optimistic) and confirmed or rolled back. */
function drop(payload: DragPayload, target: Element, y: number) {
  const data = dropDataOf(target);
  const { board, mutate, setBoardUi } = useStore.getState();
  const dropped = performance.now();
  // Drop → committed → repainted, as the benchmark reads it: after the backend's answer, one
  // more frame if the answer changed what the optimistic move had already drawn.
  const measure = (outcome: MutationOutcome | undefined) => {
    const done = () => performance.measure('kw:drop', { start: dropped });
    if (outcome?.redrawn) requestAnimationFrame(done);
    else done();
  };
  if (payload.type === 'idea') {
    const to = ideaTargetFor(payload.id, data, y);
    if (isNoOp(board, board.index, payload.id, to)) return;
    void mutate(
      api.call('ideas:move', { id: payload.id, to }),
      optimisticIdeaMove(board.index, payload.id, to),
    ).then((done) => {
      measure(done);
      // A new project is titled from its idea; the facilitator can retitle it right away.
      const created = done?.patch.projects.find((project) => !(project.id in board.projects));
      if (to.kind === 'newProject' && created) setBoardUi({ editingProjectId: created.id });
    });
    return;
  }
  const to = projectTargetFor(payload.id, data, y, board);
  if (!to) return;
  void mutate(
    api.call('projects:move', { id: payload.id, ...to }),
    optimisticProjectMove(board.index, payload.id, to),
  ).then(measure);
}
