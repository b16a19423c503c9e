// `npm run cli -- export-projects FILE OUT` and `import-projects FILE IN` with the built CLI
// (needs `npm run build`, which `npm test` runs first): a round trip between two workspaces.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/app';
import { tempDir } from '../support/temp';

const cli = path.join(repoRoot, 'dist/electron/cli.cjs');
const dir = tempDir('kw-exchange-cli-');
const dataDir = path.join(dir, 'daten');

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args, '--data-dir', dataDir], {
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const query = (file: string, sql: string) =>
  execFileSync('sqlite3', ['-readonly', file, sql], { encoding: 'utf8' });

describe('project exchange on the command line', () => {
  const demo = path.join(dir, 'Musterstadt.werkstatt');
  const target = path.join(dir, 'Aue.werkstatt');
  const file = path.join(dir, 'Musterstadt.werkstatt-projekte');

  it('exports all projects of a workspace, changing nothing in it', () => {
    expect(run('demo', demo).code).toBe(0);
    const before = readFileSync(demo);
    const result = run('export-projects', demo, file);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^20 Projekte gespeichert: .*Musterstadt\.werkstatt-projekte \(\d+ KB\)/,
    );
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
      format: 'kommunalwerkstatt-projekte',
      version: 1,
      origin: { name: 'Musterstadt' },
    });
    expect(readFileSync(demo).equals(before)).toBe(true);
  });

  it('imports them into another workspace: same projects, from Musterstadt, after a backup', () => {
    expect(run('new', target, '--name', 'Aue').code).toBe(0);
    const result = run('import-projects', target, file);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('20 Projekte aus „Musterstadt“ importiert');
    const projects = `SELECT p.title, f.name, p.start_month, p.budget_cents,
      (SELECT count(*) FROM ideas i WHERE i.project_id = p.id),
      (SELECT group_concat(m.text, '|') FROM project_milestones m WHERE m.project_id = p.id),
      (SELECT group_concat(t.name, '|') FROM project_target_groups pt
         JOIN target_groups t ON t.id = pt.target_group_id WHERE pt.project_id = p.id)
      FROM projects p JOIN action_fields f ON f.id = p.action_field_id ORDER BY p.title`;
    expect(query(target, projects)).toBe(query(demo, projects));
    expect(query(target, `SELECT DISTINCT origin FROM projects`).trim()).toBe('Musterstadt');
    expect(query(target, 'PRAGMA integrity_check').trim()).toBe('ok');
    expect(JSON.parse(run('stats', target).stdout)).toMatchObject({ projects: 20 });
    // The backup taken before the import lets the user go back to the state before it.
    expect(existsSync(path.join(dataDir, 'Sicherungen'))).toBe(true);

    // Importing the same file again names every project as a likely duplicate.
    const again = run('import-projects', target, file);
    expect(again.stdout).toContain('Mögliche Dubletten (bitte prüfen):');
    expect(again.stdout).toContain('– Rufbus „Muster-Flexi“ (wie „Rufbus „Muster-Flexi““)');
  });

  it('refuses a damaged file with the app’s message and leaves the workspace as it was', () => {
    const broken = path.join(dir, 'Kaputt.werkstatt-projekte');
    writeFileSync(broken, readFileSync(file, 'utf8').slice(0, 5_000));
    const before = query(target, 'SELECT count(*) FROM projects');
    const result = run('import-projects', target, broken);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Die Projektdatei ist beschädigt oder unvollständig');
    expect(result.stderr).toContain('(Fehlercode EXCHANGE_INVALID)');
    expect(query(target, 'SELECT count(*) FROM projects')).toBe(before);
  });

  it('explains wrong calls with usage and exit code 2', () => {
    const wrong = run('export-projects', demo, path.join(dir, 'Projekte.json'));
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('Die Ausgabedatei muss auf .werkstatt-projekte enden.');
    const missing = run('import-projects', target);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Es fehlt: IN.');
    expect(missing.stderr).toContain('import-projects FILE IN');
  });
});
