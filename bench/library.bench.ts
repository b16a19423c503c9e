// Projektbibliothek benchmark: full-text search (FTS5) through the contract over 20,000 ideas in
// 2,000 projects, typed as a user types (every keystroke from the second character on), next to
// the library without a query and the one-time indexing after a migration or a large import.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createBackend } from '../electron/backend/backend';
import type { Backend } from '../electron/backend/backend';
import { germanTexts, seedWorkspace } from './seed';
import { report } from './stats';

const ideaCount = 20_000;
const projectCount = 2_000;

/** What people look for in a library of demography projects, as they type it (no umlauts, too). */
const searchedWords = [
  'bahnhof',
  'rufbus',
  'jugendclub',
  'kita',
  'senioren',
  'fruhstuck',
  'strasse',
  'ehrenamt',
  'pflege',
  'ärztehaus',
  'dorfladen',
  'radweg',
  'markt',
  'familien',
  'verein',
  'schule',
  'spielplatz',
  'wohnraum',
  'mitfahr',
  'carsharing',
  'abend wochenende',
  'bus abends',
];

/** Each word as its keystrokes from two characters on: "ba", "bah", "bahn" … (2–10 characters). */
const keystrokeQueries = searchedWords.flatMap((word) =>
  Array.from({ length: Math.min(word.length, 10) - 1 }, (_, i) => word.slice(0, i + 2)),
);

async function timed(backend: Backend, input: unknown): Promise<{ ms: number; count: number }> {
  const started = performance.now();
  const result = await backend.dispatch('library:list', input);
  const ms = performance.now() - started;
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return { ms, count: (result.value as { projects: unknown[] }).projects.length };
}

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'kw-bench-library-'));
  const file = path.join(dir, 'Benchstadt.werkstatt');
  const backend = createBackend({
    dataDir: path.join(dir, 'daten'),
    workspaceFolder: dir,
    log: { error: (message, detail) => console.error(message, detail) },
  });
  try {
    await seedWorkspace(file, {
      ideas: ideaCount,
      projects: projectCount,
      inboxShare: 0,
      texts: germanTexts(),
    });
    await backend.dispatch('workspace:open', { path: file });

    // The first search folds and indexes everything the migration queued (once per workspace,
    // and after each large import); every later search only what changed since.
    const indexing = await timed(backend, { filters: {}, query: 'xq' });
    console.log(
      `Suchindex aufbauen (einmalig, ${projectCount.toLocaleString('de-DE')} Projekte, ${ideaCount.toLocaleString('de-DE')} Ideen): ${indexing.ms.toFixed(0)} ms`,
    );

    for (const query of keystrokeQueries) await timed(backend, { filters: {}, query });
    const searchTimes: number[] = [];
    const hits: number[] = [];
    for (let round = 0; round < 10; round++) {
      for (const query of keystrokeQueries) {
        const { ms, count } = await timed(backend, { filters: {}, query });
        searchTimes.push(ms);
        hits.push(count);
      }
    }
    const sortedHits = [...hits].sort((a, b) => a - b);
    console.log(
      `${keystrokeQueries.length} Suchbegriffe (2–10 Zeichen, jeder Tastendruck), Treffer: Median ${sortedHits[Math.floor(hits.length / 2)]}, max ${sortedHits.at(-1)} Projekte`,
    );
    report('library:list mit Suchbegriff (FTS5)', searchTimes, {
      target: 20,
      targetLabel: 'p95 < 20 ms',
    });

    const listTimes: number[] = [];
    for (let round = 0; round < 60; round++) {
      listTimes.push((await timed(backend, { filters: {} })).ms);
    }
    report(
      `library:list ohne Suchbegriff (alle ${projectCount.toLocaleString('de-DE')} Projekte)`,
      listTimes.slice(10),
    );

    // After a change the kept rows are read anew once: the first list after an edit pays that.
    const listed = await backend.dispatch('library:list', { filters: {} });
    if (!listed.ok) throw new Error(listed.error.message);
    const ids = (listed.value as { projects: { id: number }[] }).projects.map((p) => p.id);
    const afterChangeTimes: number[] = [];
    for (let round = 0; round < 60; round++) {
      const id = ids[round] as number;
      await backend.dispatch('projects:update', { id, changes: { lead: `Runde ${round}` } });
      afterChangeTimes.push((await timed(backend, { filters: {}, query: 'bahnh' })).ms);
    }
    report('library:list mit Suchbegriff direkt nach einer Änderung', afterChangeTimes.slice(10));

    const filteredTimes: number[] = [];
    for (let round = 0; round < 60; round++) {
      const filters = { targetGroupIds: [1 + (round % 11)], statuses: ['idee'], keyMeasure: false };
      filteredTimes.push((await timed(backend, { filters, query: 'bus' })).ms);
    }
    report('library:list mit Filtern und Suchbegriff', filteredTimes.slice(10));
  } finally {
    await backend.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
