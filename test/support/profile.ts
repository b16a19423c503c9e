// The Kommunalprofil in tests: a workspace for a Gemeinde of the Erzgebirgskreis (where the real
// downloads in test/fixtures/statistik come from), downloads as the browser sends them, and the
// indicators an import made.
import { zipSync } from 'fflate';
import type { Backend } from '../../electron/backend/backend';
import type { Indicator } from '../../shared/profile/types';
import { call } from './backend';
import { readFixture } from './statistics';

/** Annaberg-Buchholz's AGS: its Kreis 14521 (Erzgebirgskreis) and Land 14 (Sachsen). */
export const erzgebirgeAgs = '14521040';

export async function erzgebirgeWorkspace(backend: Backend, name = 'Annaberg-Buchholz') {
  return call(backend, 'workspace:create', {
    name,
    officialKey: erzgebirgeAgs,
    state: 'Sachsen',
    district: 'Erzgebirgskreis',
  });
}

/** A download as the browser's file chooser hands it to the page: its bytes as base64. */
export const upload = (bytes: Uint8Array, fileName: string) => ({
  contentBase64: Buffer.from(bytes).toString('base64'),
  fileName,
});

export const fixtureUpload = (name: string) => upload(readFixture(name), name);

/** The 2025 download as it arrives: the flat CSV inside a ZIP. */
export const flatZip = (csv: Uint8Array, inner = '12411-01-01-4_flat.csv') =>
  upload(zipSync({ [inner]: csv }), inner.replace(/\.csv$/, '.zip'));

export async function indicators(backend: Backend): Promise<Indicator[]> {
  return (await call(backend, 'profile:load', {})).indicators;
}

/** The value of the indicator named `name` at `time`. */
export function valueOf(list: Indicator[], name: string, time: string) {
  return list.find((indicator) => indicator.name === name)?.values.find((v) => v.time === time);
}
