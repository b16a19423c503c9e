// Positions as fractional numbers: inserting between two neighbours writes only the moved item.

/** The position for an item placed before `next` (undefined: at the end) after `previous`. */
export function positionBetween(previous: number | undefined, next: number | undefined): number {
  if (previous === undefined && next === undefined) return 1;
  if (previous === undefined) return (next as number) - 1;
  if (next === undefined) return previous + 1;
  return (previous + next) / 2;
}
