// Which cells name a region: codes of the Regionalschlüssel ("DG", "14", "14521", 8-digit AGS,
// 12-digit ARS), the region dimensions of the flat files, and Länder named without a code.
import { foldLabel, stateCodes } from '../../../shared/statistics';

export const isRegionCode = (text: string): boolean => /^(DG|\d{2,12})$/.test(text);

// GENESIS (DINSG … GEMEIN) and the Zensus database (GEOBL1, GEOLK4, GEOGM4 …).
const regionVariableCodes = /^(DINSG|DLAND|REGBEZ|KREISE|GEMEIN|GEMVB|GVBAND|GEO[A-Z]{2}\d?)$/;
const regionVariableWords = /gemeinde|kreis|bundesl|länder|regierungsbezirk|deutschland|region/i;

/** A flat file's dimension that holds the regions; "Gemeindegrößenklassen" (GEMGR01) does not. */
export function isRegionVariable(code: string, label: string, attributeCode: string): boolean {
  if (regionVariableCodes.test(code)) return true;
  return regionVariableWords.test(label) && (attributeCode === '' || isRegionCode(attributeCode));
}

const codesByName = new Map<string, string>([
  ['deutschland', 'DG'],
  ...Object.entries(stateCodes).map(([name, code]): [string, string] => [foldLabel(name), code]),
]);

/** "Deutschland" → "DG", "Sachsen" → "14"; null for any other label. */
export const regionCodeForName = (label: string): string | null =>
  codesByName.get(foldLabel(label)) ?? null;

/**
 * A flat file's region: its code; the total of the Länder (no code, "Insgesamt") is Deutschland.
 */
export function flatRegion(
  variableCode: string,
  attributeCode: string,
  attributeLabel: string,
): { code: string | null; label: string } {
  if (attributeCode) return { code: attributeCode, label: attributeLabel || attributeCode };
  const named = regionCodeForName(attributeLabel);
  if (named) return { code: named, label: attributeLabel };
  if (/^(DINSG|DLAND)$/.test(variableCode) && /^insgesamt$/i.test(attributeLabel)) {
    return { code: 'DG', label: 'Deutschland' };
  }
  return { code: null, label: attributeLabel };
}
