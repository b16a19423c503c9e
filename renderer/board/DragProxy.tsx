// The board's single draggable: whichever card or project the user grabs, this one is lifted,
// pointed at that element, and carries its payload.
import { useDraggable } from '@dnd-kit/core';
import { useLayoutEffect, useState } from 'react';
import type { KeyboardEvent, PointerEvent } from 'react';
import type { BoardDrag } from './boardDrag';
import type { DragPayload } from './dragSource';

export interface ProxyHandle {
  start(
    event: PointerEvent | KeyboardEvent,
    node: HTMLElement,
    activator: HTMLElement,
    payload: DragPayload,
  ): void;
}

export function DragProxy({ drag }: { drag: BoardDrag }) {
  // dnd-kit reads the payload from `data` when the drag starts; one object, filled per drag.
  const [carried] = useState<Partial<DragPayload>>(() => ({}));
  const { setNodeRef, setActivatorNodeRef, listeners } = useDraggable({
    id: 'board-drag',
    data: carried,
  });
  useLayoutEffect(() => {
    drag.attachProxy({
      start(event, node, activator, payload) {
        Object.assign(carried, payload);
        setNodeRef(node);
        setActivatorNodeRef(activator);
        if (event.type === 'keydown') listeners?.onKeyDown?.(event);
        else listeners?.onPointerDown?.(event);
      },
    });
  });
  return null;
}
