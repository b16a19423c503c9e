// Row records made from others remember which ids changed, over a few steps and no further.
import { describe, expect, it } from 'vitest';
import { changedIds, differingIds, withRows } from '../../renderer/store/rowRecords';

const row = (id: number, text: string) => ({ id, text });

describe('row records', () => {
  const base = { 1: row(1, 'a'), 2: row(2, 'b'), 3: row(3, 'c') };

  it('makes a new record with rows put in and taken out, leaving the old one as it was', () => {
    const next = withRows(base, [row(2, 'B'), row(4, 'd')], [3]);
    expect(next).toEqual({ 1: row(1, 'a'), 2: row(2, 'B'), 4: row(4, 'd') });
    expect(base).toEqual({ 1: row(1, 'a'), 2: row(2, 'b'), 3: row(3, 'c') });
  });

  it('names the ids changed since a record, over several steps', () => {
    const first = withRows(base, [row(2, 'B')]);
    const second = withRows(first, [], [3]);
    expect(changedIds(base, second)).toEqual(new Set([2, 3]));
    expect(changedIds(first, second)).toEqual(new Set([3]));
    expect(changedIds(base, base)).toEqual(new Set());
  });

  it('knows nothing of records it did not make, nor of chains longer than a few steps', () => {
    expect(changedIds(base, { ...base, 2: row(2, 'B') })).toBeUndefined();
    expect(changedIds(withRows(base, []), base)).toBeUndefined();
    let long: Record<number, { id: number; text: string }> = base;
    for (let step = 0; step < 20; step++) long = withRows(long, [row(1, `v${step}`)]);
    expect(changedIds(base, long)).toBeUndefined();
  });

  it('finds the differing ids of records it did not make by comparing every row', () => {
    const after: Record<number, { id: number; text: string }> = { ...base, 2: row(2, 'B') };
    delete after[3];
    after[4] = row(4, 'd');
    expect(differingIds(base, after)).toEqual(new Set([2, 4, 3]));
    expect(differingIds(base, withRows(base, [row(1, 'A')]))).toEqual(new Set([1]));
  });
});
