// Names of imported indicators and the short labels a chart gives each of its series or bars.
import { foldLabel } from '../statistics';

/**
 * A label as `reference` (the table's title) spells it, where the flat files before 2025 wrote
 * umlauts out: "Bevoelkerungsstand" in "Fortschreibung des Bevölkerungsstandes" is
 * "Bevölkerungsstand". Words the reference does not hold stay as they are.
 */
export function respell(label: string, reference: string): string {
  const spelled = reference.split(/[^\p{L}]+/u).filter((word) => /[äöüß]/i.test(word));
  return label.replace(/\p{L}+/gu, (word) => {
    if (!/ae|oe|ue|ss/i.test(word)) return word;
    const folded = foldLabel(word);
    for (const candidate of spelled) {
      for (let end = Math.max(1, word.length - 6); end <= candidate.length; end++) {
        if (foldLabel(candidate.slice(0, end)) === folded) return candidate.slice(0, end);
      }
    }
    return word;
  });
}

/**
 * "Bevölkerungsstand: unter 3 Jahre, weiblich"; "Insgesamt" says nothing and is left out. The
 * variable is spelled as `title` (the table's) spells it.
 */
export function seriesName(
  series: { variableLabel: string; attributes: readonly { label: string }[] },
  title = '',
): string {
  const parts = series.attributes
    .map((attribute) => attribute.label.trim())
    .filter((label) => label !== '' && !/^insgesamt$/i.test(label));
  const variable = respell(series.variableLabel.trim(), title) || 'Wert';
  return parts.length > 0 ? `${variable}: ${parts.join(', ')}` : variable;
}

const parts = (name: string): string[] =>
  name
    .split(/:\s+|,\s+|\s+[–-]\s+/)
    .map((part) => part.trim())
    .filter(Boolean);

/**
 * What tells each name apart from the others: the parts ("Bevölkerungsstand", "unter 3 Jahre",
 * "weiblich") every name shares are left out. A name with nothing of its own stays whole.
 */
export function distinctLabels(names: readonly string[]): string[] {
  if (names.length < 2) return [...names];
  const split = names.map(parts);
  const shared = (split[0] ?? []).filter((part) => split.every((other) => other.includes(part)));
  return names.map((name, index) => {
    const own = (split[index] ?? []).filter((part) => !shared.includes(part));
    return own.length > 0 ? own.join(', ') : name;
  });
}
