// The region a Kommune imports by default: its own AGS (or the ARS containing it), else its Kreis,
// else its Land, else Deutschland — by code, or by name where the workspace knows no AGS.
import { describe, expect, it } from 'vitest';
import { chooseRegion } from '../../shared/statistics';
import type { RegionHint, StatisticsRegion } from '../../shared/statistics';

const regions = (...codes: string[]): StatisticsRegion[] =>
  codes.map((entry) => {
    const [code = '', label = code] = entry.split('=');
    return { code, label };
  });

const kreiseTable = regions(
  'DG=Deutschland',
  '14=Sachsen',
  '14521=Erzgebirgskreis',
  '14713=Leipzig, Stadt',
  '14729=Leipzig, Landkreis',
  '02=Hamburg',
);
const gemeindenTable = regions(
  '14=Sachsen',
  '14521=Erzgebirgskreis',
  '14521160=Annaberg-Buchholz, Stadt',
  '145210160170=Bärenstein',
);

describe('chooseRegion', () => {
  it.each<[string, StatisticsRegion[], RegionHint, string | null]>([
    ['the Gemeinde by its AGS', gemeindenTable, { ags: '14521160' }, '14521160'],
    [
      'the Gemeinde by an ARS containing its AGS',
      gemeindenTable,
      { ags: '14521170' },
      '145210160170',
    ],
    [
      'the ARS itself when the workspace has one',
      gemeindenTable,
      { ags: '145210160170' },
      '145210160170',
    ],
    ['the Kreis when the table lists Kreise only', kreiseTable, { ags: '14521160' }, '14521'],
    ['the Kreis from a workspace ARS', kreiseTable, { ags: '145210160160' }, '14521'],
    ['the Land when the Kreis is missing', kreiseTable, { ags: '14522010' }, '14'],
    ['the Land of a city state listed as Land only', kreiseTable, { ags: '02000000' }, '02'],
    ['Deutschland when the Land is missing', kreiseTable, { ags: '09162000' }, 'DG'],
    [
      'Deutschland by its name when coded "00"',
      regions('00=Deutschland', '01'),
      { ags: '14521160' },
      '00',
    ],
    ['nothing when the table has none of them', regions('09', '09162'), { ags: '14521160' }, null],
    ['nothing for a table without regions', [], { ags: '14521160' }, null],
    ['the Kreis by its 5-digit code', kreiseTable, { district: '14729' }, '14729'],
    ['the Kreis by its name', kreiseTable, { district: 'Erzgebirgskreis' }, '14521'],
    [
      'the Landkreis, not the city, for "Landkreis Leipzig"',
      kreiseTable,
      { district: 'Landkreis Leipzig' },
      '14729',
    ],
    ['the city for "Leipzig"', kreiseTable, { district: 'Leipzig' }, '14713'],
    ['the Land by its name', kreiseTable, { state: 'Sachsen', district: 'Vogtlandkreis' }, '14'],
    ['the Land by its code', kreiseTable, { state: '02' }, '02'],
    ['Deutschland when nothing is known', kreiseTable, {}, 'DG'],
    [
      'the AGS before the name of another Kreis',
      kreiseTable,
      { ags: '14521160', district: 'Leipzig' },
      '14521',
    ],
  ])('picks %s', (_, table, hint, expected) => {
    expect(chooseRegion(table, hint)).toBe(expected);
  });
});
