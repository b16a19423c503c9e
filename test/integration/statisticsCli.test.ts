// `npm run cli -- import-statistics` and `indicators`: the built command line against real
// downloads and workspaces (needs `npm run build`), as a consultant preparing many Kommunen uses it.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { insertWorkspace } from '../../electron/backend/repositories/workspace';
import { Writer } from '../../electron/backend/store/changes';
import { createWorkspaceFile } from '../../electron/backend/store/connection';
import { repoRoot } from '../support/app';
import { erzgebirgeAgs } from '../support/profile';
import { encode, fixtureDir, fixtures, joinLines, classicFooter } from '../support/statistics';
import { tempDir } from '../support/temp';
import { migrationsUpTo } from '../support/testMigrations';

const cli = path.join(repoRoot, 'dist/electron/cli.cjs');
const dir = tempDir('kw-cli-statistik-');
const dataDir = path.join(dir, 'daten');

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args, '--data-dir', dataDir], {
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const fixture = (name: string) => path.join(fixtureDir, name);

function workspace(name: string, ags = erzgebirgeAgs, state = 'Sachsen'): string {
  const file = path.join(dir, `${name}.werkstatt`);
  expect(run('new', file, '--name', name).code).toBe(0);
  const sql = `UPDATE workspace SET official_key = '${ags}', state = '${state}'`;
  expect(spawnSync('sqlite3', [file, sql]).status).toBe(0);
  return file;
}

interface ListedIndicator {
  name: string;
  tableCode: string;
  regionCode: string;
  regionLabel: string;
  values: { time: string; value: number | null; flag: string | null }[];
}

const listed = (file: string) =>
  JSON.parse(run('indicators', file, '--json').stdout) as ListedIndicator[];

describe('import-statistics', () => {
  it('imports every series for the Kommune’s Kreis; the next downloads add their Stichtage', () => {
    const file = workspace('Annaberg-Buchholz');
    const first = run('import-statistics', file, fixture(fixtures.classic2015));
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('Tabelle 12411-01-01-4: 3 Kennzahlen neu.');
    expect(first.stdout).toContain('Gebiet: Erzgebirgskreis');
    const second = run('import-statistics', file, fixture(fixtures.flatOld2022));
    expect(second.stdout).toContain('3 Kennzahlen aktualisiert');
    expect(second.stdout).toContain(
      'Aktualisiert: Bevölkerungsstand (Erzgebirgskreis) – neu 31.12.2022',
    );

    const indicators = listed(file);
    expect(indicators.map((indicator) => [indicator.name, indicator.regionCode])).toEqual([
      ['Bevölkerungsstand', '14521'],
      ['Bevölkerungsstand: männlich', '14521'],
      ['Bevölkerungsstand: weiblich', '14521'],
    ]);
    expect(indicators[0]?.values).toEqual([
      { time: '2015-12-31', value: 347665, flag: null, quality: null },
      { time: '2022-12-31', value: 328850, flag: null, quality: null },
    ]);
  });

  it('imports the region given with --region, e.g. the Land', () => {
    const file = workspace('Vergleich');
    const result = run('import-statistics', file, fixture(fixtures.flatOld2022), '--region', '14');
    expect(result.code, result.stderr).toBe(0);
    expect(listed(file).every((indicator) => indicator.regionLabel === 'Sachsen')).toBe(true);
  });

  it('imports a table without regions as it is, with "..." as a flag and never 0', () => {
    const file = workspace('Ohneort');
    const table = path.join(dir, 'geburten.csv');
    const lines = [
      'GENESIS-Tabelle: 12612-0099',
      'Lebendgeborene: Stadt Ohneort;',
      'Lebendgeborene (Anzahl);',
      ';Insgesamt',
      '2022;96',
      '2023;...',
      ...classicFooter,
    ];
    writeFileSync(table, encode(joinLines(lines, '\r\n'), 'windows1252'));
    expect(run('import-statistics', file, table).code).toBe(0);
    expect(listed(file)[0]).toMatchObject({
      name: 'Lebendgeborene',
      regionCode: '',
      values: [
        { time: '2022', value: 96, flag: null },
        { time: '2023', value: null, flag: 'spaeter' },
      ],
    });
    const text = run('indicators', file).stdout;
    expect(text).toContain('  2023: ... (Angabe fällt später an)');
  });

  it('lists the regions found when none is the Kommune’s, and changes nothing', () => {
    const sachsenOnly = path.join(dir, 'sachsen.csv');
    const kreise = [
      'GENESIS-Tabelle: 12411-01-01-4',
      'Bevölkerungsstand (Anzahl);;',
      ';;31.12.2015',
      ';;Insgesamt',
      '14521;Erzgebirgskreis;347665',
      '14522;Mittelsachsen;312345',
      ...classicFooter,
    ];
    writeFileSync(sachsenOnly, encode(joinLines(kreise)));
    const file = workspace('München', '09162000', 'Bayern');
    const before = sha(file);
    const refused = run('import-statistics', file, sachsenOnly);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Bitte ein Gebiet mit --region wählen.');
    expect(refused.stderr).toContain('Enthalten sind: 14521 Erzgebirgskreis, 14522 Mittelsachsen.');
    expect(sha(file)).toBe(before);
  });

  it('refuses a damaged download with its line, before the workspace is even opened', () => {
    const file = workspace('Unberuehrt');
    const before = sha(file);
    const result = run('import-statistics', file, fixture(fixtures.mojibake));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^Zeile 2: /);
    expect(result.stderr).toContain('(Fehlercode STATISTICS_DAMAGED)');
    expect(sha(file)).toBe(before);
  });
});

describe('indicators', () => {
  it('reads a file of an older schema as it is today, without changing a byte of it', async () => {
    const file = path.join(dir, 'Altdorf.werkstatt');
    await createWorkspaceFile(
      file,
      (db) => {
        insertWorkspace(new Writer(db), {
          name: 'Altdorf',
          officialKey: '',
          state: '',
          district: '',
          inhabitants: null,
          consultant: '',
        });
        const id = db
          .prepare(
            `INSERT INTO indicators (name, unit, source, position) VALUES ('Einwohner', 'Personen', '', 1)`,
          )
          .run().lastInsertRowid;
        db.prepare(
          'INSERT INTO indicator_values (indicator_id, year, value) VALUES (?, 2020, 4300)',
        ).run(id);
      },
      migrationsUpTo(6),
    );
    const before = sha(file);
    expect(listed(file)).toMatchObject([
      { name: 'Einwohner', values: [{ time: '2020', value: 4300, flag: null, quality: null }] },
    ]);
    expect(sha(file)).toBe(before);
  });

  it('prints each indicator with unit, region, source table and values with their flags', () => {
    const file = path.join(dir, 'Musterstadt.werkstatt');
    expect(run('demo', file).code).toBe(0);
    const text = run('indicators', file).stdout;
    expect(text).toContain('Bevölkerungsstand – Anzahl · Musterstadt, Stadt (15099999) ·');
    expect(text).toContain('Tabelle 12411-01-01-5 · im Werkstattplan');
    expect(text).toContain('  31.12.2024: 11.790\u00a0p (vorläufige Zahl)');
    const json = listed(file);
    expect(json.find((indicator) => indicator.name === 'Geburten')?.values.at(-1)).toEqual({
      time: '2024',
      value: null,
      flag: 'spaeter',
      quality: null,
    });
  });
});
