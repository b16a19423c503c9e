// "Punkte vergeben": how many dots each participant needs so the group can rank a options.

export interface DotRule {
  /** Dots per participant: at least ⌈a(a−1)/(2n)⌉, and at least one. */
  dotsPerPerson: number;
  /** Most dots one person may give a single option (stacking allowed up to this). */
  maxPerOption: number;
  totalDots: number;
}

/**
 * The pairwise-comparison bound: a options have a(a−1)/2 pairs to order; spread over n people
 * each needs ⌈a(a−1)/(2n)⌉ dots so that, together, every pair can be decided.
 */
export function dotsPerParticipant(options: number, participants: number): DotRule {
  if (
    !Number.isInteger(options) ||
    !Number.isInteger(participants) ||
    options < 1 ||
    participants < 1
  ) {
    throw new RangeError('Optionen und Teilnehmende müssen ganze Zahlen ab 1 sein.');
  }
  const dotsPerPerson = Math.max(1, Math.ceil((options * (options - 1)) / (2 * participants)));
  // Stacking is allowed, but capped so a few voices cannot decide alone (usual practice: three).
  const maxPerOption = Math.min(3, dotsPerPerson);
  return { dotsPerPerson, maxPerOption, totalDots: dotsPerPerson * participants };
}
