// Pure logic shared by backend and renderer: dots per participant, German search, positions.
import { describe, expect, it } from 'vitest';
import { dotsPerParticipant, dotsWord } from '../../shared/dots';
import { positionBetween } from '../../shared/positions';
import { titleFromIdea } from '../../shared/projectTitle';
import { foldText, matchesQuery, matchRanges } from '../../shared/search';

describe('dots per participant', () => {
  // The advice a facilitator would give: a third of the options, at least one, at most seven,
  // fewer than the options; stacking only when a person has more than three dots.
  it.each([
    // options, people, dots each, at most per option
    [1, 30, 1, 1],
    [2, 50, 1, 1],
    [3, 10, 1, 1],
    [5, 12, 2, 1],
    [9, 42, 3, 1],
    [12, 20, 4, 2],
    [16, 8, 5, 2],
    [20, 8, 7, 3],
    [40, 42, 7, 3],
    [150, 60, 7, 3],
  ])('gives %i options among %i people %i dots each, at most %i on one', (a, n, dots, most) => {
    const rule = dotsPerParticipant(a, n);
    expect(rule.dotsPerPerson).toBe(dots);
    expect(rule.maxPerOption).toBe(most);
    expect(rule.totalDots).toBe(dots * n);
  });

  it('never gives a person as many dots as there are options (from two options on)', () => {
    for (let a = 2; a <= 200; a++) {
      for (const n of [1, 2, 8, 42, 500]) {
        const rule = dotsPerParticipant(a, n);
        expect(rule.dotsPerPerson).toBeLessThan(a);
        expect(rule.dotsPerPerson).toBeGreaterThanOrEqual(1);
        expect(rule.maxPerOption).toBeLessThanOrEqual(rule.dotsPerPerson);
      }
    }
  });

  it('refuses nonsense', () => {
    expect(() => dotsPerParticipant(0, 10)).toThrow(RangeError);
    expect(() => dotsPerParticipant(5, 2.5)).toThrow(RangeError);
  });

  it('says "1 Klebepunkt" and "3 Klebepunkte"', () => {
    expect(dotsWord(1, 'Klebepunkt', 'Klebepunkte')).toBe('1 Klebepunkt');
    expect(dotsWord(3, 'Klebepunkt', 'Klebepunkte')).toBe('3 Klebepunkte');
    expect(dotsWord(1500)).toBe('1.500 Punkte');
  });
});

describe('a project title from its card', () => {
  it.each([
    ['Radweg zum Bahnhof', 'Radweg zum Bahnhof'],
    [
      'Es wäre schön, wenn es eine Azubi-WG mitten im Ort gäbe.',
      'Eine Azubi-WG mitten im Ort gäbe',
    ],
    [
      'Altes Postamt umbauen: unten Gemeinschaftsraum, oben kleine Wohnungen',
      'Altes Postamt umbauen: unten Gemeinschaftsraum …',
    ],
    ['Erste Zeile\nzweite Zeile', 'Erste Zeile'],
    [
      'Donaudampfschifffahrtsgesellschaftskapitänskajütenschlüsselanhänger',
      'Donaudampfschifffahrtsgesellschaftskapitänskajü …',
    ],
    ['   ', 'Neues Projekt'],
    ['Es wäre schön, wenn', 'Es wäre schön, wenn'],
  ])('%j → %j', (text, title) => {
    expect(titleFromIdea(text)).toBe(title);
  });
});

describe('German search', () => {
  it.each(['Bürgermeister', 'Buergermeister', 'Burgermeister', 'BÜRGERMEISTER'])(
    'finds the mayor written as %s, and every spelling finds it',
    (spelling) => {
      for (const text of ['Bürgermeister', 'Buergermeister', 'Burgermeister']) {
        expect(matchesQuery(`Sprechstunde mit dem ${text}`, spelling)).toBe(true);
      }
      expect(foldText(spelling)).toBe('burgermeister');
    },
  );

  it('folds ß and ss, ä and ae, ö and oe alike, and marks the written-out umlaut whole', () => {
    expect(foldText('Größe Groesse Grösse')).toBe(foldText('grosse grosse grosse'));
    expect(foldText('Schäfer Schaefer')).toBe('schafer schafer');
    expect(matchRanges('Der Buergermeister kommt', 'bürger')).toEqual([[4, 11]]);
  });

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
