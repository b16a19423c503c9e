// A count in German with its noun: "1 Punkt", "1.250 Punkte".

// One formatter for all calls: `toLocaleString` builds a new one each time, which a board of
// hundreds of dotted cards paid for on every paint.
const grouped = new Intl.NumberFormat('de-DE');

export const countWord = (count: number, one: string, many: string): string =>
  `${grouped.format(count)} ${count === 1 ? one : many}`;
