// The Kommune's key data and its rules: the Amtlicher Gemeindeschlüssel (which Land it names),
// the project period, and what a logo or Wappen may be.
import type { bundeslaender } from './domain';

export type Bundesland = (typeof bundeslaender)[number];

/** The first two digits of every Gemeindeschlüssel: the Land, numbered as the statistical offices do. */
const landByCode: Record<string, Bundesland> = {
  '01': 'Schleswig-Holstein',
  '02': 'Hamburg',
  '03': 'Niedersachsen',
  '04': 'Bremen',
  '05': 'Nordrhein-Westfalen',
  '06': 'Hessen',
  '07': 'Rheinland-Pfalz',
  '08': 'Baden-Württemberg',
  '09': 'Bayern',
  '10': 'Saarland',
  '11': 'Berlin',
  '12': 'Brandenburg',
  '13': 'Mecklenburg-Vorpommern',
  '14': 'Sachsen',
  '15': 'Sachsen-Anhalt',
  '16': 'Thüringen',
};

/** The Land an eight-digit Gemeindeschlüssel belongs to, or undefined for any other text. */
export function landOfOfficialKey(key: string): Bundesland | undefined {
  return /^\d{8}$/.test(key) ? landByCode[key.slice(0, 2)] : undefined;
}

/** Why `key` is no Amtlicher Gemeindeschlüssel ('' is fine: it is optional), or undefined. */
export function officialKeyProblem(key: string): string | undefined {
  if (key === '') return undefined;
  if (!/^\d{8}$/.test(key)) {
    return 'Der Amtliche Gemeindeschlüssel hat genau 8 Ziffern, z. B. 15089999.';
  }
  if (!landOfOfficialKey(key)) {
    return 'Die ersten beiden Ziffern des Gemeindeschlüssels nennen das Bundesland (01 bis 16).';
  }
  return undefined;
}

/** Why Gemeindeschlüssel and Bundesland contradict each other, or undefined when they fit. */
export function stateMismatch(key: string, state: string): string | undefined {
  const land = landOfOfficialKey(key);
  if (!land || state === '' || land === state) return undefined;
  return `Der Gemeindeschlüssel ${key} gehört zu ${land}, nicht zu ${state}.`;
}

/** Why a project period ("YYYY-MM" each, either may be open) is impossible, or undefined. */
export function periodProblem(start: string | null, end: string | null): string | undefined {
  return start !== null && end !== null && end < start
    ? 'Das Ende des Projektzeitraums liegt vor dem Beginn.'
    : undefined;
}

/** A logo larger than this is refused before anything is decoded. */
export const maxLogoBytes = 2 * 1024 * 1024;
