// Hostile project files never harm the workspace: for arbitrary JSON, mutated valid files
// (values replaced, keys removed or duplicated, text cut off) and random bytes, an import either
// takes every project of the file or is refused with a typed error — and then nothing changed.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import type { ErrorCode } from '../../shared/errors';
import { call, closedAfterEach } from '../support/backend';
import { freshFolders } from '../support/folders';

const freshDir = freshFolders('kw-hostile-');
const backendIn = closedAfterEach();

const refusals: readonly ErrorCode[] = [
  'EXCHANGE_INVALID',
  'EXCHANGE_UNSUPPORTED',
  'EXCHANGE_TOO_LARGE',
];

/** Three demo projects with their ideas and milestones, as the export writes them. */
let validText = '';

beforeAll(async () => {
  const source = backendIn(freshDir());
  await call(source, 'workspace:openDemo', {});
  const { projects } = await call(source, 'library:list', { filters: {} });
  const chosen = [projects[0], projects[6], projects[11]].map((project) => project?.id as number);
  const { path } = await call(source, 'exchange:export', { projectIds: chosen });
  validText = readFileSync(path, 'utf8');
  await source.close();
});

/** Counts of everything an import writes, plus a hash of the project rows and catalogues. */
function fingerprint(backend: Backend): string {
  const db = backend.workspaces.current().db;
  const rows = (sql: string) => JSON.stringify(db.prepare(sql).all());
  const counts = rows(
    `SELECT (SELECT count(*) FROM projects), (SELECT count(*) FROM ideas),
       (SELECT count(*) FROM project_milestones), (SELECT count(*) FROM project_target_groups),
       (SELECT count(*) FROM project_strategic_goals), (SELECT count(*) FROM action_fields),
       (SELECT count(*) FROM target_groups), (SELECT count(*) FROM strategic_goals)`,
  );
  const hash = createHash('sha256')
    .update(rows('SELECT * FROM projects ORDER BY id'))
    .update(rows('SELECT id, name FROM action_fields ORDER BY id'))
    .update(rows('SELECT id, name FROM target_groups ORDER BY id'))
    .update(rows('SELECT id, text FROM strategic_goals ORDER BY id'))
    .digest('hex');
  return `${counts} ${hash}`;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Every path into a JSON value, the root included. */
function pathsOf(value: Json, prefix: Path = []): Path[] {
  const children: Path[] = [];
  if (Array.isArray(value))
    value.forEach((item, i) => children.push(...pathsOf(item, [...prefix, i])));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value))
      children.push(...pathsOf(item, [...prefix, key]));
  }
  return [prefix, ...children];
}

type Mutation = { path: Path; kind: 'replace' | 'delete' | 'duplicate'; value: Json };

/** The valid file with one value replaced, removed or (in an array) repeated. */
function mutate(file: Json, { path, kind, value }: Mutation): Json {
  if (path.length === 0) return kind === 'replace' ? value : file;
  const copy = structuredClone(file);
  const parent = path.slice(0, -1).reduce<Json>((node, key) => (node as never)[key], copy);
  const key = path.at(-1) as string | number;
  if (Array.isArray(parent) && typeof key === 'number') {
    if (kind === 'replace') parent[key] = value;
    else if (kind === 'delete') parent.splice(key, 1);
    else parent.splice(key, 0, structuredClone(parent[key] as Json));
  } else if (parent !== null && typeof parent === 'object' && typeof key === 'string') {
    const record = parent as Record<string, Json>;
    if (kind === 'delete') delete record[key];
    else record[key] = kind === 'replace' ? value : structuredClone(record[key] as Json);
  }
  return copy;
}

/** The same key twice in one object (JSON.parse keeps the last): the text of `"key": ` repeated. */
function duplicateKey(text: string, at: number, value: Json): string {
  const keys = [...text.matchAll(/"(\w+)": /g)];
  const match = keys[at % keys.length];
  if (!match || match.index === undefined) return text;
  const before = text.slice(0, match.index);
  return `${before}${match[0]}${JSON.stringify(value)}, ${text.slice(match.index)}`;
}

function hostileInputs(): fc.Arbitrary<string> {
  const valid = JSON.parse(validText) as Json;
  const paths = pathsOf(valid);
  const json = fc.jsonValue({ maxDepth: 3, stringUnit: 'binary' }) as fc.Arbitrary<Json>;
  const arbitraryJson = fc.oneof(
    fc.json({ maxDepth: 4, stringUnit: 'binary' }),
    fc.anything().map((value) => JSON.stringify(value) ?? 'undefined'),
    // Past the format check, so the schema has to do the refusing.
    fc
      .record({ version: fc.oneof(fc.constant(1), json), origin: json, projects: json })
      .map((rest) => JSON.stringify({ format: 'kommunalwerkstatt-projekte', ...rest })),
  );
  const mutated = fc.oneof(
    fc
      .record({
        path: fc.constantFrom(...paths),
        kind: fc.constantFrom('replace', 'delete', 'duplicate'),
        value: json,
      })
      .map((mutation) => JSON.stringify(mutate(valid, mutation as Mutation), null, 2)),
    fc.nat(validText.length).map((end) => validText.slice(0, end)),
    fc.tuple(fc.nat(), json).map(([at, value]) => duplicateKey(validText, at, value)),
  );
  const randomBytes = fc
    .tuple(
      fc.uint8Array({ maxLength: 2_000 }),
      fc.constantFrom('utf8', 'latin1') as fc.Arbitrary<BufferEncoding>,
    )
    .map(([bytes, encoding]) => Buffer.from(bytes).toString(encoding));
  return fc.oneof(arbitraryJson, mutated, randomBytes);
}

/** How many projects a file that the app accepted has. */
const projectCountOf = (content: string): number =>
  (JSON.parse(content.replace(/^\uFEFF/, '')) as { projects: unknown[] }).projects.length;

describe('hostile project files', () => {
  it('import completely or are refused with a typed error, the workspace unchanged (1,000 runs)', async () => {
    const backend = backendIn(freshDir());
    await call(backend, 'workspace:create', { name: 'Prüfstadt' });
    const outcomes = { imported: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(hostileInputs(), async (content) => {
        const before = fingerprint(backend);
        const result = await backend.dispatch('exchange:import', { content, indexes: null });
        if (!result.ok) {
          expect(refusals).toContain(result.error.code);
          expect(result.error.message).toMatch(/Es wurde nichts importiert\.$/);
          expect(fingerprint(backend)).toBe(before);
          outcomes.refused++;
          return;
        }
        const { imported, projectIds } = result.value as { imported: number; projectIds: number[] };
        expect(imported).toBe(projectCountOf(content));
        expect(projectIds).toHaveLength(imported);
        const db = backend.workspaces.current().db;
        const count = db.prepare('SELECT count(*) FROM projects').pluck();
        expect(count.get()).toBe(imported);
        outcomes.imported++;
        // One undo takes the whole import back, so every run starts from the same workspace.
        if (imported > 0) await call(backend, 'history:undo', {});
        expect(fingerprint(backend)).toBe(before);
      }),
      { numRuns: 1_000 },
    );
    // The property means little unless both sides were exercised.
    expect(outcomes.imported).toBeGreaterThan(20);
    expect(outcomes.refused).toBeGreaterThan(500);
  }, 180_000);
});
