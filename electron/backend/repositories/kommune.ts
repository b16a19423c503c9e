// The Kommune's data on the workspace row: its fields checked together with what is stored, and
// its logo or Wappen.
import type Database from 'better-sqlite3';
import type { KommuneChanges, Logo } from '../../../shared/contract/kommune';
import { AppFailure } from '../../../shared/errors';
import { landOfOfficialKey, periodProblem, stateMismatch } from '../../../shared/kommune';
import type { StoredLogo } from '../logo';
import type { Writer } from '../store/changes';
import { statement } from '../store/statements';
import type { Row } from '../store/tables';
import { now } from './time';
import { readWorkspaceRow } from './workspace';

const columns = {
  name: 'name',
  officialKey: 'official_key',
  state: 'state',
  district: 'district',
  inhabitants: 'inhabitants',
  consultant: 'consultant',
  periodStart: 'period_start',
  periodEnd: 'period_end',
} as const satisfies Record<keyof KommuneChanges, string>;

/**
 * Writes the changed fields. A Gemeindeschlüssel names its Land, so a new one sets the Bundesland
 * to match; a Bundesland that contradicts the stored Schlüssel is refused, as is a period whose
 * end (with the stored other end) lies before its start.
 */
export function updateKommune(writer: Writer, changes: KommuneChanges): void {
  const current = readWorkspaceRow(writer.db);
  const patch: Row = {};
  for (const [field, column] of Object.entries(columns)) {
    const value = changes[field as keyof KommuneChanges];
    if (value !== undefined) patch[column] = value;
  }
  const key = changes.officialKey ?? current.official_key;
  const land = changes.officialKey !== undefined ? landOfOfficialKey(key) : undefined;
  if (land && changes.state === undefined) patch.state = land;
  const mismatch = stateMismatch(key, changes.state ?? (patch.state as string) ?? current.state);
  if (mismatch) throw new AppFailure('INVALID_INPUT', mismatch);
  const period = periodProblem(
    changes.periodStart !== undefined ? changes.periodStart : current.period_start,
    changes.periodEnd !== undefined ? changes.periodEnd : current.period_end,
  );
  if (period) throw new AppFailure('INVALID_INPUT', period);
  writer.update('workspace', { id: 1 }, { ...patch, updated_at: now() });
}

export function setLogo(writer: Writer, logo: StoredLogo | null): void {
  writer.update(
    'workspace',
    { id: 1 },
    { logo: logo?.bytes ?? null, logo_mime: logo?.mime ?? null, updated_at: now() },
  );
}

export function readLogo(db: Database.Database): Logo | null {
  const row = statement(db, 'SELECT logo, logo_mime AS mime FROM workspace WHERE id = 1').get() as {
    logo: Buffer | null;
    mime: string | null;
  };
  if (!row.logo || (row.mime !== 'image/png' && row.mime !== 'image/jpeg')) return null;
  return { mime: row.mime, base64: row.logo.toString('base64') };
}
