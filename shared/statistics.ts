// Official statistics as the parser reads them (DESIGN §4a): a table of series with values per
// region and time, the special values of German official statistics, and which region a Kommune
// imports by default.

/**
 * How the download was laid out: the classic table CSV, the flat file before 2025 (German column
 * names), or the flat file since 2025 (English column names, delivered in a ZIP — also when the
 * CSV was unpacked first).
 */
export type StatisticsLayout = 'classic' | 'flat' | 'flatZip';

/** A symbol of German official statistics in place of a number. */
export type SpecialValue =
  'nichts' | 'unbekannt' | 'spaeter' | 'unsicher' | 'gesperrt' | 'eingeschraenkt';

/** The symbol as the statistical offices print it. */
export const specialValueSymbols: Record<SpecialValue, string> = {
  nichts: '-',
  unbekannt: '.',
  spaeter: '...',
  unsicher: '/',
  gesperrt: 'x',
  eingeschraenkt: '()',
};

/** The meaning, as a footnote under a table or chart. */
export const specialValueLabels: Record<SpecialValue, string> = {
  nichts: 'nichts vorhanden',
  unbekannt: 'Zahlenwert unbekannt oder geheim zu halten',
  spaeter: 'Angabe fällt später an',
  unsicher: 'keine Angabe, da Zahlenwert nicht sicher genug',
  gesperrt: 'Tabellenfach gesperrt, weil Aussage nicht sinnvoll',
  eingeschraenkt: 'Aussagewert eingeschränkt, da der Zahlenwert statistisch relativ unsicher ist',
};

/** Quality marks of GENESIS; other marks are kept as they came and shown as they are. */
export const qualityLabels: Record<string, string> = {
  p: 'vorläufige Zahl',
  r: 'berichtigte Zahl',
  s: 'geschätzte Zahl',
  e: 'endgültige Zahl',
};

export interface StatisticsValue {
  /** "DG", "14", "14521", "14521160", "145210160160" … (leading zeros kept); null: no region. */
  regionCode: string | null;
  regionLabel: string | null;
  /** "2024", "2024-12-31", "2024-03" (a month), "2024-Q1" (a quarter), or as the file names it. */
  time: string;
  /** Null whenever the office gave no number; "-" (nichts vorhanden) is 0 with its flag. */
  value: number | null;
  flag: SpecialValue | null;
  /** Quality mark such as "p", "r", "s", "e". */
  quality: string | null;
}

export interface StatisticsAttribute {
  /** The dimension ("Geschlecht"); empty where a classic table does not name it. */
  dimension: string;
  /** The office's code ("GESM"); absent in classic tables. */
  code?: string;
  label: string;
}

export interface StatisticsSeries {
  /**
   * Stable across downloads and layouts of the same table: folded variable label, unit and the
   * sorted attribute labels. Labels, not codes, because the classic layout has no codes and the
   * flat file before 2025 spells "Bevoelkerungsstand" where the others write "Bevölkerungsstand".
   */
  key: string;
  /** "BEVSTD"; empty in classic tables. */
  variableCode: string;
  variableLabel: string;
  /** "Anzahl", "%", "EUR" …; empty when the file names none. */
  unit: string;
  attributes: StatisticsAttribute[];
  values: StatisticsValue[];
}

export interface StatisticsRegion {
  code: string;
  label: string;
}

export interface StatisticsTable {
  /** "12411-01-01-4"; from the file's header or its name; empty when neither names one. */
  code: string;
  title: string;
  layout: StatisticsLayout;
  /** Who publishes it, for the source line under a chart. */
  source: string;
  /** When the office produced the download, "2017-12-14T15:51:18" (classic tables only). */
  stand?: string;
  series: StatisticsSeries[];
  /** Every region with a code, in the order of the file. */
  regions: StatisticsRegion[];
  /** Sorted. */
  times: string[];
  /** Footnotes and licence text of the file. */
  notes: string[];
}

/** The largest download the parser reads; a whole Land's Gemeinden over years fits well below it. */
export const statisticsMaxBytes = 50 * 1024 * 1024;

/** A request carrying such a download: its bytes as base64 (4/3 of them) and the JSON around it. */
export const statisticsUploadMaxBytes = Math.ceil((statisticsMaxBytes * 4) / 3) + 64 * 1024;

/** The Länder by their code, the first two digits of every AGS. */
export const stateCodes: Record<string, string> = {
  'Schleswig-Holstein': '01',
  Hamburg: '02',
  Niedersachsen: '03',
  Bremen: '04',
  'Nordrhein-Westfalen': '05',
  Hessen: '06',
  'Rheinland-Pfalz': '07',
  'Baden-Württemberg': '08',
  Bayern: '09',
  Saarland: '10',
  Berlin: '11',
  Brandenburg: '12',
  'Mecklenburg-Vorpommern': '13',
  Sachsen: '14',
  'Sachsen-Anhalt': '15',
  Thüringen: '16',
};

/** Lower case, umlauts spelled out, everything but letters, digits and % dropped. */
export function foldLabel(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9%]/g, '');
}

/** What the workspace knows about where the Kommune is. */
export interface RegionHint {
  /** Amtlicher Gemeindeschlüssel (8 digits) or Amtlicher Regionalschlüssel (12 digits). */
  ags?: string;
  /** The Kreis: its 5-digit code or its name ("Erzgebirgskreis", "Landkreis Leipzig"). */
  district?: string;
  /** The Land: its 2-digit code or its name ("Sachsen"). */
  state?: string;
}

/** A Kreis name without its kind ("Leipzig"), and whether it names a Landkreis. */
function kreisName(label: string): { name: string; rural: boolean } {
  const lower = label.toLowerCase();
  const name = lower
    .replace(/,.*$/s, '')
    .replace(/\b(landkreis|kreisfreie stadt|stadtkreis|kreis|stadt)\b/g, '');
  return { name: foldLabel(name), rural: /\b(landkreis|kreis)\b/.test(lower) };
}

function districtByName(regions: StatisticsRegion[], district: string): string | null {
  const wanted = kreisName(district);
  if (!wanted.name) return null;
  const candidates = regions.filter(
    (region) => /^\d{5}$/.test(region.code) && kreisName(region.label).name === wanted.name,
  );
  const sameKind = candidates.find((region) => kreisName(region.label).rural === wanted.rural);
  return (sameKind ?? candidates[0])?.code ?? null;
}

/**
 * The region a Kommune imports by default: its own (AGS, or a 12-digit ARS containing it), else
 * its Kreis, else its Land, else Deutschland; null when the table has none of them.
 */
export function chooseRegion(regions: StatisticsRegion[], hint: RegionHint): string | null {
  const codes = new Set(regions.map((region) => region.code));
  const has = (code: string | undefined): code is string => code !== undefined && codes.has(code);
  const key = hint.ags?.trim() ?? '';
  // An ARS is the AGS with the Gemeindeverband's four digits after the Kreis: LL R KK VVVV GGG.
  const ags = /^\d{12}$/.test(key) ? key.slice(0, 5) + key.slice(9) : key;
  if (/^\d{8}$/.test(ags)) {
    if (has(key)) return key;
    if (has(ags)) return ags;
    const ars = regions.find(
      (region) =>
        /^\d{12}$/.test(region.code) && region.code.slice(0, 5) + region.code.slice(9) === ags,
    );
    if (ars) return ars.code;
  }

  const district = hint.district?.trim() ?? '';
  const districtCode = /^\d{5}$/.test(district) ? district : ags.slice(0, 5);
  if (has(districtCode)) return districtCode;
  if (district && !/^\d+$/.test(district)) {
    const named = districtByName(regions, district);
    if (named) return named;
  }

  const state = hint.state?.trim() ?? '';
  const stateCode = /^\d{2}$/.test(state) ? state : (stateCodes[state] ?? ags.slice(0, 2));
  if (has(stateCode)) return stateCode;

  const germany = regions.find(
    (region) =>
      region.code === 'DG' || region.code === '00' || foldLabel(region.label) === 'deutschland',
  );
  return germany?.code ?? null;
}
