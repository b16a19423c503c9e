// `npm run cli`: the built command-line tool against real files (needs `npm run build`).
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { schemaVersion } from '../../electron/backend/store/migrations';
import { repoRoot } from '../support/app';
import { testBackend, call } from '../support/backend';
import { tempDir } from '../support/temp';

const cli = path.join(repoRoot, 'dist/electron/cli.cjs');
const dir = tempDir('kw-cli-');
const dataDir = path.join(dir, 'daten');

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args, '--data-dir', dataDir], {
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const dumpIdeas = (file: string) =>
  execFileSync('sqlite3', ['-readonly', file, 'SELECT id, text, dots FROM ideas ORDER BY id'], {
    encoding: 'utf8',
  });

describe('the command line', () => {
  const demo = path.join(dir, 'Musterstadt.werkstatt');

  it('creates the demo and checks it healthy with a summary, changing nothing', () => {
    expect(run('demo', demo).code).toBe(0);
    const before = sha(demo);
    const checked = run('check', demo);
    expect(checked.code).toBe(0);
    expect(checked.stdout).toContain('Musterstadt.werkstatt: in Ordnung.');
    expect(checked.stdout).toMatch(/12\d Ideen .* 20 Projekte · 2 Zukunftswerkstätten/);
    expect(sha(demo)).toBe(before);
  });

  it('creates an empty workspace with a name', () => {
    const file = path.join(dir, 'Aue.werkstatt');
    expect(run('new', file, '--name', 'Aue').stdout).toContain('Neue Werkstatt „Aue“ angelegt');
    expect(JSON.parse(run('stats', file).stdout)).toMatchObject({
      name: 'Aue',
      ideas: 0,
      actionFields: 16,
    });
  });

  it('creates a workspace with the Kommune’s key data, checked like the app checks it', () => {
    const file = path.join(dir, 'Zeitz.werkstatt');
    const created = run(
      'new',
      file,
      '--name',
      'Zeitz',
      '--ags',
      '15084590',
      '--state',
      'Sachsen-Anhalt',
      '--district',
      'Burgenlandkreis',
      '--inhabitants',
      '27.100',
    );
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(
      execFileSync(
        'sqlite3',
        ['-readonly', file, 'SELECT official_key, state, district, inhabitants FROM workspace'],
        { encoding: 'utf8' },
      ).trim(),
    ).toBe('15084590|Sachsen-Anhalt|Burgenlandkreis|27100');

    const wrongKey = run('new', path.join(dir, 'Falsch.werkstatt'), '--name', 'X', '--ags', '123');
    expect(wrongKey.code).toBe(1);
    expect(wrongKey.stderr).toContain('Der Amtliche Gemeindeschlüssel hat genau 8 Ziffern');
    const wrongLand = run(
      'new',
      path.join(dir, 'Falsch.werkstatt'),
      '--name',
      'X',
      '--ags',
      '15084590',
      '--state',
      'Bayern',
    );
    expect(wrongLand.stderr).toContain('gehört zu Sachsen-Anhalt, nicht zu Bayern');
    const wrongCount = run(
      'new',
      path.join(dir, 'Falsch.werkstatt'),
      '--name',
      'X',
      '--inhabitants',
      'viele',
    );
    expect(wrongCount.stderr).toContain('Die Einwohnerzahl bitte als ganze Zahl angeben');
    expect(existsSync(path.join(dir, 'Falsch.werkstatt'))).toBe(false);
  });

  it('prints the counts of every entity as JSON', () => {
    const stats = JSON.parse(run('stats', demo).stdout);
    expect(stats).toMatchObject({
      name: 'Musterstadt',
      fileVersion: schemaVersion,
      projects: 20,
      workshops: 2,
      targetGroups: 11,
    });
    expect(Object.keys(stats)).toEqual(
      expect.arrayContaining(['ideas', 'swotEntries', 'indicators', 'actors']),
    );
  });

  it('refuses a foreign file with the app’s German message, non-zero, file unchanged', () => {
    const file = path.join(dir, 'Notizen.werkstatt');
    writeFileSync(file, 'Einkaufsliste\n');
    const before = sha(file);
    const result = run('check', file);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('„Notizen.werkstatt“ ist keine Kommunalwerkstatt-Datei');
    expect(result.stderr).toContain('NOT_A_WORKSPACE');
    expect(sha(file)).toBe(before);
  });

  it('says "bereits geöffnet" when the app holds the workspace', async () => {
    const backend = testBackend(tempDir());
    await call(backend, 'workspace:open', { path: demo });
    try {
      const result = run('check', demo);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('bereits geöffnet');
    } finally {
      await backend.close();
    }
  });

  it('backs up and restores to an identical workspace, keeping a file it replaces', () => {
    const backedUp = run('backup', demo);
    expect(backedUp.code).toBe(0);
    const id = /Sicherung angelegt: "([^"]+)"/.exec(backedUp.stdout)?.[1] as string;
    const target = path.join(dir, 'Wiederhergestellt.werkstatt');
    expect(run('restore', id, target).code).toBe(0);
    expect(dumpIdeas(target)).toBe(dumpIdeas(demo));

    const replaced = run('restore', id, path.join(dir, 'Notizen.werkstatt'));
    expect(replaced.code).toBe(0);
    expect(replaced.stdout).toContain('Die bisherige Datei bleibt erhalten als');
    const aside = readdirSync(dir).find((name) =>
      name.startsWith('Notizen (vor Wiederherstellung'),
    );
    expect(aside).toMatch(
      /^Notizen \(vor Wiederherstellung \d{4}-\d\d-\d\d \d\d-\d\d\)\.werkstatt$/,
    );
    expect(readFileSync(path.join(dir, aside as string), 'utf8')).toBe('Einkaufsliste\n');
    expect(run('check', path.join(dir, 'Notizen.werkstatt')).code).toBe(0);
    // Restored again (within the same minute, as a script would): the first copy aside stays.
    expect(run('restore', id, path.join(dir, 'Notizen.werkstatt')).code).toBe(0);
    const asides = readdirSync(dir).filter((name) => name.startsWith('Notizen (vor'));
    expect(asides).toHaveLength(2);
    expect(readFileSync(path.join(dir, aside as string), 'utf8')).toBe('Einkaufsliste\n');
  });

  it('answers a wrong call with usage and exit code 2', () => {
    const result = run('frobnicate');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Unbekannter Befehl: frobnicate');
    expect(result.stderr).toContain('check FILE');
  });

  afterAll(() => expect(existsSync(path.join(dir, 'Musterstadt.werkstatt-journal'))).toBe(false));
});
