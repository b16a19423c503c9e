// One drag on the board, from grab to drop, kept outside React: which cards move, where the card
// that follows the pointer is, what is under it, what a screen reader hears, and the single
// backend call when it lands. dnd-kit provides activation, the keyboard sensor and the live
// region for start and cancel; position, targets and scrolling are the board's own, because its
// drop targets live in scrolled lists that dnd-kit would otherwise scroll and offset by itself.
import type { Announcements, KeyboardCoordinateGetter } from '@dnd-kit/core';
import type { KeyboardEvent, PointerEvent } from 'react';
import { useStore } from '../store';
import { boardAnnouncements, describePayload, describeTarget, keyboardJumps } from './dnd';
import type { ProxyHandle } from './DragProxy';
import { dragSourceOf, DropTracker, DropZones, movingNodesOf } from './dragSource';
import type { DragPayload } from './dragSource';
import { dropPayload } from './dropCommit';
import { EdgeScroller } from './edgeScroll';

interface Moving {
  payload: DragPayload;
  nodes: HTMLElement[];
  /** Where in the grabbed element the pointer took hold, so that point stays under the pointer. */
  grab: { x: number; y: number };
  width: number;
  keyboard: boolean;
}

export class BoardDrag {
  private proxy: ProxyHandle | undefined;
  private liveRegion: HTMLElement | null = null;
  private ghost: HTMLElement | null = null;
  private moving: Moving | undefined;
  /** The last payload, still known when dnd-kit announces a cancel after `finish`. */
  private lastPayload: DragPayload | undefined;
  private pointer: { x: number; y: number } | undefined;
  private readonly zones = new DropZones();
  private readonly scroller = new EdgeScroller();
  readonly tracker: DropTracker;
  readonly announcements: Announcements;
  readonly keyboardCoordinates: KeyboardCoordinateGetter;

  /** `show` tells React which payload the ghost shows (undefined: none). */
  constructor(private readonly show: (payload: DragPayload | undefined) => void) {
    this.tracker = new DropTracker((target) => {
      if (this.moving?.keyboard && target) this.say(`Über ${describeTarget(target)}.`);
    });
    this.announcements = boardAnnouncements(() =>
      this.lastPayload ? describePayload(this.lastPayload) : 'Element',
    );
    this.keyboardCoordinates = keyboardJumps(
      this.tracker,
      () => this.moving?.payload,
      () => this.moving?.nodes[0],
      (x, y) => this.placeGhost(x, y),
    );
  }

  /** DragProxy hands over its start function once it is mounted inside the DndContext. */
  attachProxy(proxy: ProxyHandle): void {
    this.proxy = proxy;
  }

  /** Where the board speaks to screen readers (an aria-live element). */
  attachLiveRegion(element: HTMLElement | null): void {
    this.liveRegion = element;
  }

  /** The element that follows the pointer; placed at once when it appears. */
  attachGhost(element: HTMLElement | null): void {
    this.ghost = element;
    if (!element || !this.moving) return;
    element.style.width = `${this.moving.width}px`;
    if (this.pointer) this.placeGhost(this.pointer.x, this.pointer.y);
  }

  say(text: string): void {
    if (this.liveRegion) this.liveRegion.textContent = text;
  }

  onPointerDown = (event: PointerEvent) => {
    const target = event.target as Element;
    if (
      event.button !== 0 ||
      event.ctrlKey ||
      event.metaKey ||
      event.shiftKey ||
      target.closest('input, textarea, select, a, [contenteditable="true"]')
    )
      return;
    if (target.closest('button') && !target.closest('.grip')) return;
    const source = target.closest<HTMLElement>('[data-drag]');
    if (source) this.begin(event, source, { x: event.clientX, y: event.clientY });
  };

  onKeyDown = (event: KeyboardEvent) => {
    const grip = (event.target as Element).closest<HTMLElement>('.grip');
    if (grip && (event.code === 'Space' || event.code === 'Enter')) this.begin(event, grip);
  };

  onDragStart = () => {
    this.zones.invalidate();
    // Any scroll during the drag (wheel, edge scrolling) moves the targets: measure again.
    window.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    window.addEventListener('pointermove', this.onPointerMove, { capture: true, passive: true });
    // A touch drag must not pan the list underneath once it has started.
    window.addEventListener('touchmove', preventDefault, { passive: false });
    if (!this.moving?.keyboard) this.scroller.start();
    for (const node of this.moving?.nodes ?? []) node.classList.add('is-dragging');
    this.show(this.moving?.payload);
  };

  onDragEnd = () => {
    const moving = this.moving;
    const target = this.tracker.current;
    // The pointer's height decides the place within the target; the keyboard lands at its start.
    const y = moving?.keyboard
      ? target?.getBoundingClientRect().top
      : (this.pointer?.y ?? target?.getBoundingClientRect().top);
    this.finish();
    if (!moving) return;
    if (!target || y === undefined) {
      this.say(
        `${describePayload(moving.payload)} wurde ohne Ziel losgelassen; nichts hat sich geändert.`,
      );
      return;
    }
    void dropPayload(moving.payload, target, y).then((spoken) => this.say(spoken));
  };

  finish = () => {
    window.removeEventListener('scroll', this.onScroll, { capture: true });
    window.removeEventListener('pointermove', this.onPointerMove, { capture: true });
    window.removeEventListener('touchmove', preventDefault);
    this.scroller.stop();
    for (const node of this.moving?.nodes ?? []) node.classList.remove('is-dragging');
    this.moving = undefined;
    this.pointer = undefined;
    this.tracker.set(null);
    this.show(undefined);
  };

  private begin(
    event: PointerEvent | KeyboardEvent,
    activator: HTMLElement,
    pointer?: { x: number; y: number },
  ) {
    const selected = useStore.getState().boardUi.selectedIdeaIds;
    const found = dragSourceOf(activator, selected);
    if (!found || !this.proxy) return;
    const nodes = movingNodesOf(found.source, found.payload);
    const grabbed =
      found.payload.type === 'project'
        ? (nodes[0] ?? found.source)
        : (found.source.closest<HTMLElement>('.drag-shell') ?? found.source);
    const rect = grabbed.getBoundingClientRect();
    this.moving = {
      payload: found.payload,
      nodes: nodes.length > 0 ? nodes : [grabbed],
      grab: pointer ? { x: pointer.x - rect.left, y: pointer.y - rect.top } : { x: 8, y: 8 },
      width: rect.width,
      keyboard: pointer === undefined,
    };
    this.lastPayload = found.payload;
    this.pointer = pointer;
    this.proxy.start(event, grabbed, activator, found.payload);
  }

  private onPointerMove = (event: globalThis.PointerEvent) => {
    if (!this.moving || this.moving.keyboard) return;
    this.pointer = { x: event.clientX, y: event.clientY };
    this.placeGhost(event.clientX, event.clientY);
    this.scroller.follow(this.pointer);
    this.hitTest();
  };

  private onScroll = () => {
    this.zones.invalidate();
    this.hitTest();
  };

  /** The target under the pointer, also when the board scrolled beneath a resting pointer. */
  private hitTest() {
    if (!this.moving || this.moving.keyboard || !this.pointer) return;
    this.tracker.set(this.zones.at(this.pointer.x, this.pointer.y, this.moving.payload));
  }

  private placeGhost(x: number, y: number) {
    if (!this.ghost || !this.moving) return;
    const { grab } = this.moving;
    const left = this.moving.keyboard ? x : x - grab.x;
    const top = this.moving.keyboard ? y : y - grab.y;
    this.ghost.style.transform = `translate3d(${Math.round(left)}px, ${Math.round(top)}px, 0)`;
  }
}

const preventDefault = (event: Event) => event.preventDefault();
