// Units as the offices write them in a classic table's last header row and after a variable
// ("Bevölkerungsstand (Anzahl)"): what tells a unit row from a row of attribute labels.

const knownUnits = new Set([
  'anzahl',
  'prozent',
  '%',
  '‰',
  'promille',
  'eur',
  'euro',
  '1000',
  '1 000',
  'tsd.',
  'qkm',
  'km²',
  'km2',
  'ha',
  'km',
  'm²',
  'm2',
  'qm',
  'm³',
  'm3',
  't',
  'tonnen',
  'dt',
  'kg',
  'jahre',
  'monate',
  'tage',
  'stunden',
  'std.',
  'kwh',
  'mwh',
  'gwh',
  'tj',
  'index',
  'ew/qkm',
  'einw./qkm',
]);

/** "Anzahl", "Tsd. EUR", "EUR je Einwohner", "2015=100", "dt/ha" … */
export function isUnit(text: string): boolean {
  const unit = text.trim().toLowerCase();
  return (
    knownUnits.has(unit) ||
    /^(tsd\.?|mill\.?|mio\.?|mrd\.?|1 ?000)\s/.test(unit) ||
    /\bje\b/.test(unit) ||
    /^\d{4}\s*=\s*100$/.test(unit) ||
    /^[a-z]{1,3}\/[a-z]{1,3}$/.test(unit)
  );
}

/** "Bevölkerungsstand (Anzahl)" → label and unit; null when the parentheses hold no unit. */
export function splitVariable(text: string): { label: string; unit: string } | null {
  const match = /^(.+?)\s*\(([^()]+)\)$/.exec(text.trim());
  if (!match) return null;
  const unit = (match[2] as string).trim();
  // "(17)" counts age groups; "(ohne Totgeborene)" explains. A unit is short and has a letter.
  const unitLike = isUnit(unit) || (/^\S{1,15}$/.test(unit) && /[^\d]/.test(unit));
  return unitLike ? { label: (match[1] as string).trim(), unit } : null;
}
