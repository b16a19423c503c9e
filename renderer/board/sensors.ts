// The board's pointer sensor: a mouse or pen drags after a few pixels of travel (so clicks on a
// card stay clicks); a finger must rest briefly first, so swiping through a list still scrolls it
// on a touch laptop or smartboard.
import { PointerSensor } from '@dnd-kit/core';
import type { PointerSensorProps } from '@dnd-kit/core';

export const mouseTravel = { distance: 6 };
export const touchHold = { delay: 220, tolerance: 8 };

export class BoardPointerSensor extends PointerSensor {
  constructor(props: PointerSensorProps) {
    const touch = (props.event as PointerEvent).pointerType === 'touch';
    super({
      ...props,
      options: { ...props.options, activationConstraint: touch ? touchHold : mouseTravel },
    });
  }
}
