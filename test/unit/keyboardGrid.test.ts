// Keyboard drags move in a grid one can predict: left/right lane by lane (Ideenspeicher, then each
// Handlungsfeld in order, none skipped), up/down along a lane, nothing beyond the board's edges.
import { describe, expect, it } from 'vitest';
import { nextPlace } from '../../renderer/board/keyboardGrid';

// The Ideenspeicher, a column with two projects (and itself), an empty column, a column with one.
const lanes = [['inbox'], ['p1', 'p2', 'column A'], ['column B'], ['p3', 'column C']];

describe('keyboard grid', () => {
  it('goes from the Ideenspeicher to the first Handlungsfeld, not past it', () => {
    expect(nextPlace(lanes, { lane: 0, index: 0 }, 'ArrowRight')).toEqual({ lane: 1, index: 0 });
  });

  it('keeps the row sideways as far as the next lane reaches', () => {
    expect(nextPlace(lanes, { lane: 1, index: 2 }, 'ArrowRight')).toEqual({ lane: 2, index: 0 });
    expect(nextPlace(lanes, { lane: 1, index: 1 }, 'ArrowLeft')).toEqual({ lane: 0, index: 0 });
    expect(nextPlace(lanes, { lane: 3, index: 1 }, 'ArrowLeft')).toEqual({ lane: 2, index: 0 });
  });

  it('moves up and down within one lane only', () => {
    expect(nextPlace(lanes, { lane: 1, index: 0 }, 'ArrowDown')).toEqual({ lane: 1, index: 1 });
    expect(nextPlace(lanes, { lane: 1, index: 2 }, 'ArrowDown')).toBeUndefined();
    expect(nextPlace(lanes, { lane: 1, index: 0 }, 'ArrowUp')).toBeUndefined();
  });

  it('stops at the board’s edges and skips lanes without targets', () => {
    expect(nextPlace(lanes, { lane: 3, index: 0 }, 'ArrowRight')).toBeUndefined();
    expect(nextPlace(lanes, { lane: 0, index: 0 }, 'ArrowLeft')).toBeUndefined();
    // A project cannot go to the Ideenspeicher: that lane is empty for it.
    const forProject = [[], ['p2', 'column A'], ['column B']];
    expect(nextPlace(forProject, { lane: 1, index: 0 }, 'ArrowLeft')).toBeUndefined();
  });

  it('starts from the first target when nothing is chosen yet', () => {
    expect(nextPlace(lanes, undefined, 'ArrowRight')).toEqual({ lane: 0, index: 0 });
    expect(nextPlace(lanes, undefined, 'ArrowDown')).toEqual({ lane: 0, index: 0 });
  });
});
