// kill -9 during an export: a child exports a 500-project plan over and over to the same file and
// is killed at random moments. The target is always absent or a complete document, and a killed
// export leaves at most one temp file, which the next export clears. A second child writes a large
// file the same way, so that many kills land in the middle of writing, not only of rendering.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, closedAfterEach } from '../support/backend';
import { startChild } from '../support/children';
import { docxParts, parseStrictly } from '../support/docx';
import { buildExportBundles } from '../support/exportWorker';
import type { ExportBundles } from '../support/exportWorker';
import { freshFolders } from '../support/folders';
import { seedPlanWorkspace } from '../support/planSeed';
import { seededRandom } from '../support/random';
import { defaultExportOptions } from '../../shared/plan';

const freshDir = freshFolders('kw-kill-');
const backendIn = closedAfterEach();

let bundles: ExportBundles;
beforeAll(async () => {
  bundles = await buildExportBundles({ child: true });
});
afterAll(() => bundles?.remove());

const tempFiles = (folder: string) => readdirSync(folder).filter((name) => name.endsWith('.tmp'));

/** A complete document: the package unzips, its XML parses and the last chapter is in it. */
function assertComplete(file: string) {
  const document = docxParts(file)['word/document.xml'] as string;
  parseStrictly(document);
  expect(document).toContain('Anhang: Ideen aus der Zukunftswerkstatt');
  expect(document).toMatch(/<\/w:body><\/w:document>$/);
}

describe('kill -9 during an export', () => {
  it(
    'leaves the target absent or complete, and at most one temp file per kill',
    { timeout: 300_000 },
    async () => {
      const dir = freshDir();
      const dataDir = path.join(dir, 'daten');
      const folder = path.join(dir, 'ausgabe');
      const file = path.join(dir, 'Grossstadt.werkstatt');
      await seedPlanWorkspace(file, 500);
      const target = path.join(folder, 'Werkstattplan.docx');
      mkdirSync(folder);

      const seed = Number(process.env.KW_SEED ?? Date.now() % 1_000_000);
      const random = seededRandom(seed);
      const rounds = 12;
      let completed = 0;
      for (let round = 1; round <= rounds; round++) {
        const child = startChild(bundles.child, ['export', dataDir, dir, file, target]);
        let exports = 0;
        // Round 1 dies as soon as its first export is done: at least one export completes,
        // however slow the machine. The others die at a random moment after their first export
        // started (as the child reports); whether that export finishes first does not matter.
        let timer: NodeJS.Timeout | undefined;
        child.onLine((line) => {
          const message = JSON.parse(line) as { exporting?: number; exported?: number };
          if (message.exported !== undefined) exports++;
          if (round === 1 && exports === 1) child.process.kill('SIGKILL');
          if (round > 1 && message.exporting === 1) {
            timer = setTimeout(() => child.process.kill('SIGKILL'), random() * 2500);
          }
        });
        const { signal } = await child.exited;
        clearTimeout(timer);
        expect(signal, `Runde ${round} (Seed ${seed}): ${child.stderr()}`).toBe('SIGKILL');
        completed += exports;

        if (existsSync(target)) assertComplete(target);
        expect(tempFiles(folder).length, `Runde ${round} (Seed ${seed})`).toBeLessThanOrEqual(1);
      }
      expect(completed, `Seed ${seed}: mindestens ein Export wurde fertig`).toBeGreaterThan(0);

      // The next export (here in this process) clears what the last kill left.
      const backend = backendIn(dir, { exportWorker: bundles.worker });
      await call(backend, 'workspace:open', { path: file });
      await call(backend, 'plan:export', { options: defaultExportOptions, path: target });
      assertComplete(target);
      expect(tempFiles(folder)).toEqual([]);
    },
  );
});

describe('kill -9 while the file is being written', () => {
  it('leaves the old or the new file, never a mix or a stump', { timeout: 120_000 }, async () => {
    const dir = freshDir();
    const target = path.join(dir, 'gross.bin');
    const megabytes = 48;
    const seed = Number(process.env.KW_SEED ?? Date.now() % 1_000_000);
    const random = seededRandom(seed);
    let written = 0;
    for (let round = 1; round <= 10; round++) {
      const child = startChild(bundles.child, ['write', target, String(megabytes)]);
      // Killed as write 1–3 starts (48 MB take a while, so the kill lands mid-write); round 1
      // lets one write finish first.
      const nth = round === 1 ? 2 : 1 + Math.floor(random() * 3);
      child.onLine((line) => {
        const message = JSON.parse(line) as { writing?: number; written?: number };
        if (message.written !== undefined) written++;
        if (message.writing === nth) child.process.kill('SIGKILL');
      });
      await child.exited;
      if (existsSync(target)) {
        expect(statSync(target).size, `Seed ${seed}`).toBe(megabytes * 1024 * 1024);
        const bytes = readFileSync(target);
        // One round's bytes throughout, never the start of one round and the rest of another.
        expect(bytes.equals(Buffer.alloc(bytes.length, bytes[0])), `Seed ${seed}`).toBe(true);
      }
      expect(tempFiles(dir).length, `Runde ${round} (Seed ${seed})`).toBeLessThanOrEqual(1);
    }
    expect(written, `Seed ${seed}: mindestens ein Schreiben wurde fertig`).toBeGreaterThan(0);
  });
});
