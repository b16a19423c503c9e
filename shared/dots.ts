// "Punkte vergeben": how many sticky dots each participant gets so a group can rank its options.
// The facilitators' rule of thumb (Dotmocracy): about a third of the options per person. Few
// options need one dot; many options are capped, because a sheet of stickers per person takes
// the room a long time and says little more; a person never gets as many dots as there are
// options, or everyone could simply dot everything.
import { countWord } from './countWord';

/** No more dots per person than this, however many options there are. */
export const mostDotsPerPerson = 7;

export interface DotRule {
  dotsPerPerson: number;
  /** Most dots one person may give a single option (stacking is allowed up to this). */
  maxPerOption: number;
  totalDots: number;
}

export function dotsPerParticipant(options: number, participants: number): DotRule {
  if (
    !Number.isInteger(options) ||
    !Number.isInteger(participants) ||
    options < 1 ||
    participants < 1
  ) {
    throw new RangeError('Optionen und Teilnehmende müssen ganze Zahlen ab 1 sein.');
  }
  const third = Math.round(options / 3);
  const fewerThanOptions = Math.max(1, options - 1);
  const dotsPerPerson = Math.max(1, Math.min(third, mostDotsPerPerson, fewerThanOptions));
  // With a few dots each goes to another option; with more, a strong favourite may get two or three.
  const maxPerOption = dotsPerPerson <= 3 ? 1 : dotsPerPerson <= 5 ? 2 : 3;
  return { dotsPerPerson, maxPerOption, totalDots: dotsPerPerson * participants };
}

/** "1 Klebepunkt", "3 Klebepunkte". */
export const dotsWord = (count: number, singular = 'Punkt', plural = 'Punkte'): string =>
  countWord(count, singular, plural);
