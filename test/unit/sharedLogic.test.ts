// Pure logic shared by backend and renderer: dots per participant, German search, positions.
import { describe, expect, it } from 'vitest';
import { dotsPerParticipant } from '../../shared/dots';
import { positionBetween } from '../../shared/positions';
import { foldText, matchesQuery, matchRanges } from '../../shared/search';

describe('dots per participant', () => {
  it.each([
    [20, 40, 5],
    [10, 20, 3],
    [2, 50, 1],
    [16, 8, 15],
    [1, 30, 1],
  ])('gives %i options among %i people at least ⌈a(a−1)/(2n)⌉ = %i dots each', (a, n, expected) => {
    const rule = dotsPerParticipant(a, n);
    expect(rule.dotsPerPerson).toBe(expected);
    expect(rule.dotsPerPerson).toBeGreaterThanOrEqual((a * (a - 1)) / (2 * n));
    expect(rule.totalDots).toBe(expected * n);
  });

  it('caps stacking at three dots per option, or fewer when a person has fewer', () => {
    expect(dotsPerParticipant(20, 40).maxPerOption).toBe(3);
    expect(dotsPerParticipant(3, 30).maxPerOption).toBe(1);
  });

  it('refuses nonsense', () => {
    expect(() => dotsPerParticipant(0, 10)).toThrow(RangeError);
    expect(() => dotsPerParticipant(5, 2.5)).toThrow(RangeError);
  });
});

describe('German search', () => {
  it('folds case, umlauts and ß', () => {
    expect(foldText('Straße MÜHLE Café')).toBe('strasse muhle cafe');
    expect(matchesQuery('Die Hauptstraße im Sommer', 'STRASSE')).toBe(true);
    expect(matchesQuery('Mühlenweg', 'muhle')).toBe(true);
  });

  it('starts at two characters', () => {
    expect(matchesQuery('Bahnhof', 'b')).toBe(false);
    expect(matchesQuery('Bahnhof', 'ba')).toBe(true);
  });

  it('marks the original characters, also across a folded ß', () => {
    const text = 'Große Straße, große Pläne';
    expect(matchRanges(text, 'strasse').map(([start, end]) => text.slice(start, end))).toEqual([
      'Straße',
    ]);
    expect(matchRanges(text, 'GROSSE').map(([start, end]) => text.slice(start, end))).toEqual([
      'Große',
      'große',
    ]);
    expect(matchRanges('Familie 👩‍👩‍👧 plant', 'plant')).toEqual([[17, 22]]);
  });
});

describe('positions', () => {
  it('puts an item between, before the first, after the last, or alone', () => {
    expect(positionBetween(1, 2)).toBe(1.5);
    expect(positionBetween(undefined, 3)).toBe(2);
    expect(positionBetween(7, undefined)).toBe(8);
    expect(positionBetween(undefined, undefined)).toBe(1);
  });
});
