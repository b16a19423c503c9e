// When an imported project is likely one the workspace already has: the rule, kept simple so a
// user can predict it (README, "Interkommunaler Austausch").
import { foldText } from '../../../shared/search';

/** Words that do not make a title different. */
const fillerWords = new Set(
  (
    'der die das den dem des ein eine einen einem einer eines und oder fur fuer mit von vom zu ' +
    'zum zur im in am an auf aus bei beim als'
  ).split(' '),
);

/**
 * Two titles are likely the same project when they have the same words, ignoring case, umlauts
 * and ß/ss (foldText), punctuation, filler words (der, die, und, für …) and word order:
 * "Radweg auf der alten Bahntrasse" = "Alten Bahntrasse: Radweg". Titles without any other word
 * are compared as folded text.
 */
export function duplicateKey(title: string): string {
  const words = foldText(title)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
  const significant = words.filter((word) => !fillerWords.has(word));
  return (significant.length > 0 ? significant : words).sort().join(' ');
}
