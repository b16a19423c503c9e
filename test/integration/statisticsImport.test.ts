// Statistics downloads through the whole path a consultant takes: preview (nothing written), choose,
// import as one undoable action; the three layouts of one table become one series per Stichtag,
// a newer download updates it and says what changed, and bad files leave the workspace as it was.
import path from 'node:path';
import { copyFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { statisticsMaxBytes } from '../../shared/statistics';
import { call, callFailing, closedAfterEach } from '../support/backend';
import { sha256 } from '../support/files';
import { freshFolders } from '../support/folders';
import {
  erzgebirgeWorkspace,
  fixtureUpload,
  flatZip,
  indicators,
  upload,
  valueOf,
} from '../support/profile';
import {
  classicFooter,
  encode,
  fixtureDir,
  fixtures,
  joinLines,
  readFixture,
} from '../support/statistics';

const freshDir = freshFolders('kw-statistik-');
const backendIn = closedAfterEach();

async function openWorkspace() {
  const dir = freshDir();
  const backend = backendIn(dir);
  const summary = await erzgebirgeWorkspace(backend);
  return { dir, backend, file: summary.path };
}

const allSeries = (preview: { series: { key: string }[] }) => preview.series.map((s) => s.key);

describe('preview', () => {
  it('shows the table, its series with their values in the Kommune’s Kreis, and writes nothing', async () => {
    const { backend, file } = await openWorkspace();
    const before = sha256(file);
    const preview = await call(backend, 'statistics:preview', fixtureUpload(fixtures.flatOld2022));
    expect(preview).toMatchObject({
      tableCode: '12411-01-01-4',
      layout: 'flat',
      region: '14521',
      regionIsDefault: true,
      times: ['2022-12-31'],
    });
    expect(preview.comparisonRegions).toEqual([
      { code: '14', label: 'Sachsen' },
      { code: 'DG', label: 'Deutschland' },
    ]);
    expect(preview.regions.length).toBeGreaterThan(400);
    expect(preview.series.map((series) => series.name)).toEqual([
      'Bevölkerungsstand',
      'Bevölkerungsstand: männlich',
      'Bevölkerungsstand: weiblich',
    ]);
    expect(preview.series[0]).toMatchObject({
      unit: 'Anzahl',
      attributes: [{ dimension: 'Geschlecht', label: 'Insgesamt' }],
      values: [{ time: '2022-12-31', value: 328850, flag: null, quality: null }],
      effect: { kind: 'new' },
    });
    expect(sha256(file)).toBe(before);
  });

  it('shows any region asked for, e.g. the Land as a comparison', async () => {
    const { backend } = await openWorkspace();
    const preview = await call(backend, 'statistics:preview', {
      ...fixtureUpload(fixtures.classic2015),
      region: '14',
    });
    expect(preview).toMatchObject({ region: '14', regionIsDefault: false });
    expect(preview.series[0]?.values[0]?.value).toBe(4084851);
    const error = await callFailing(backend, 'statistics:preview', {
      ...fixtureUpload(fixtures.classic2015),
      region: '99999',
    });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(
      /Das Gebiet 99999 kommt in der Datei nicht vor. Enthalten sind: DG Deutschland, 01 Schleswig-Holstein/,
    );
  });

  it('reads a file named by path as the Electron dialog gives it', async () => {
    const { dir, backend } = await openWorkspace();
    const file = path.join(dir, fixtures.flatNew2024);
    copyFileSync(path.join(fixtureDir, fixtures.flatNew2024), file);
    const preview = await call(backend, 'statistics:preview', { path: file });
    expect(preview).toMatchObject({ fileName: fixtures.flatNew2024, layout: 'flatZip' });
    expect(preview.series.find((series) => series.name === 'Bevölkerungsstand')?.values).toEqual([
      { time: '2024-12-31', value: 318394, flag: null, quality: null },
    ]);
  });
});

describe('import', () => {
  it('joins the three layouts of 12411-01-01-4 into one series per sex: 2015, 2022, 2024', async () => {
    const { backend } = await openWorkspace();
    const downloads = [
      fixtureUpload(fixtures.classic2015),
      fixtureUpload(fixtures.flatOld2022),
      flatZip(readFixture(fixtures.flatNew2024)),
    ];
    for (const download of downloads) {
      const preview = await call(backend, 'statistics:preview', download);
      await call(backend, 'statistics:import', {
        ...download,
        regions: [preview.region as string],
        seriesKeys: allSeries(preview),
        inPlan: true,
      });
    }
    const list = await indicators(backend);
    expect(list.map((indicator) => indicator.name)).toEqual([
      'Bevölkerungsstand',
      'Bevölkerungsstand: männlich',
      'Bevölkerungsstand: weiblich',
    ]);
    for (const indicator of list) {
      expect(indicator).toMatchObject({
        tableCode: '12411-01-01-4',
        regionCode: '14521',
        regionLabel: 'Erzgebirgskreis',
        unit: 'Anzahl',
        inPlan: true,
      });
      expect(indicator.values.map((value) => value.time)).toEqual([
        '2015-12-31',
        '2022-12-31',
        '2024-12-31',
      ]);
    }
    expect(valueOf(list, 'Bevölkerungsstand', '2015-12-31')?.value).toBe(347665);
    expect(valueOf(list, 'Bevölkerungsstand', '2022-12-31')?.value).toBe(328850);
    expect(valueOf(list, 'Bevölkerungsstand', '2024-12-31')?.value).toBe(318394);
    expect(valueOf(list, 'Bevölkerungsstand: männlich', '2024-12-31')?.value).toBe(155744);
    expect(valueOf(list, 'Bevölkerungsstand: weiblich', '2015-12-31')?.value).toBe(177301);
    // The newest download names the source as it stands now.
    expect(list[0]?.source).toMatch(/Regionalstatistik/);
  });

  it('imports the Kommune and its comparison regions at once, one indicator each', async () => {
    const { backend } = await openWorkspace();
    const download = fixtureUpload(fixtures.flatOld2022);
    const preview = await call(backend, 'statistics:preview', download);
    const { report, profile } = await call(backend, 'statistics:import', {
      ...download,
      regions: ['14521', '14', 'DG'],
      seriesKeys: [preview.series[0]?.key as string],
      inPlan: false,
    });
    expect(report.created.map((entry) => entry.regionLabel)).toEqual([
      'Erzgebirgskreis',
      'Sachsen',
      'Deutschland',
    ]);
    expect(profile.indicators.map((indicator) => [indicator.regionCode, indicator.inPlan])).toEqual(
      [
        ['14521', false],
        ['14', false],
        ['DG', false],
      ],
    );
  });

  it('updates the values of a newer download of the same table and says what changed', async () => {
    const { backend } = await openWorkspace();
    const original = readFixture(fixtures.flatNew2024);
    const first = upload(original, '12411-01-01-4_flat.csv');
    const preview = await call(backend, 'statistics:preview', first);
    const choice = { regions: ['14521'], seriesKeys: allSeries(preview), inPlan: true };
    await call(backend, 'statistics:import', { ...first, ...choice });

    // A corrected download: the Erzgebirgskreis's total is now 318.400 instead of 318.394.
    const corrected = Buffer.from(original)
      .toString('utf8')
      .replace(
        /;14521;Erzgebirgskreis;GES;Geschlecht;;Insgesamt;318394;/,
        ';14521;Erzgebirgskreis;GES;Geschlecht;;Insgesamt;318400;',
      );
    expect(corrected).toContain('318400');
    const second = upload(new TextEncoder().encode(corrected), '12411-01-01-4_flat.csv');
    const again = await call(backend, 'statistics:preview', second);
    expect(again.series.map((series) => series.effect)).toEqual([
      { kind: 'update', indicatorId: expect.any(Number), added: 0, changed: 0, unchanged: 1 },
      { kind: 'update', indicatorId: expect.any(Number), added: 0, changed: 0, unchanged: 1 },
      { kind: 'update', indicatorId: expect.any(Number), added: 0, changed: 1, unchanged: 0 },
    ]);
    const { report } = await call(backend, 'statistics:import', { ...second, ...choice });
    expect(report.created).toEqual([]);
    const changed = report.updated.find((entry) => entry.changed.length > 0);
    expect(changed).toMatchObject({
      name: 'Bevölkerungsstand',
      added: [],
      changed: [
        {
          time: '2024-12-31',
          before: { value: 318394 },
          after: { value: 318400 },
        },
      ],
    });
    expect(valueOf(await indicators(backend), 'Bevölkerungsstand', '2024-12-31')?.value).toBe(
      318400,
    );
  });

  it('keeps "..." as "später", never 0, and imports a table without regions as it is', async () => {
    const { backend } = await openWorkspace();
    const lines = [
      'GENESIS-Tabelle: 12612-0099',
      'Lebendgeborene: Stadt Ohneort;;',
      'Lebendgeborene (Anzahl);;',
      ';Insgesamt;männlich',
      '2022;96;50',
      '2023;...;x',
      ...classicFooter,
    ];
    const download = upload(encode(joinLines(lines, '\r\n'), 'windows1252'), 'tabelle.csv');
    const preview = await call(backend, 'statistics:preview', download);
    expect(preview.regions).toEqual([]);
    expect(preview.region).toBeNull();
    await call(backend, 'statistics:import', {
      ...download,
      regions: [],
      seriesKeys: allSeries(preview),
      inPlan: true,
    });
    const list = await indicators(backend);
    expect(valueOf(list, 'Lebendgeborene', '2023')).toEqual({
      time: '2023',
      value: null,
      flag: 'spaeter',
      quality: null,
    });
    expect(valueOf(list, 'Lebendgeborene: männlich', '2023')).toMatchObject({
      value: null,
      flag: 'gesperrt',
    });
    expect(list[0]?.regionCode).toBe('');
  });

  it('is one undoable action: undo removes every indicator it made, redo brings them back', async () => {
    const { backend } = await openWorkspace();
    const download = fixtureUpload(fixtures.classic2015);
    const preview = await call(backend, 'statistics:preview', download);
    await call(backend, 'statistics:import', {
      ...download,
      regions: ['14521', '14'],
      seriesKeys: allSeries(preview),
      inPlan: true,
    });
    expect(await indicators(backend)).toHaveLength(6);
    const undone = await call(backend, 'history:undo', {});
    expect(undone.history.redoLabel).toBe('Statistik importieren (12411-01-01-4)');
    expect(await indicators(backend)).toEqual([]);
    await call(backend, 'history:redo', {});
    expect(await indicators(backend)).toHaveLength(6);
  });
});

describe('bad input leaves the workspace byte for byte as it was', () => {
  const empty = new Uint8Array();
  const cases: [string, () => Record<string, unknown>, string, RegExp][] = [
    [
      'mojibake',
      () => fixtureUpload(fixtures.mojibake),
      'STATISTICS_DAMAGED',
      /^Zeile 2: .*Ersatzzeichen/,
    ],
    ['an empty file', () => upload(empty, 'leer.csv'), 'STATISTICS_EMPTY', /leer \(0 Byte\)/],
    [
      'a truncated flat file',
      () => upload(readFixture(fixtures.flatOld2022).slice(0, 5_000), fixtures.flatOld2022),
      'STATISTICS_DAMAGED',
      /^Zeile \d+: /,
    ],
    [
      'a ZIP with two flat files',
      () => {
        const csv = readFixture(fixtures.flatNew2024);
        return upload(zipSync({ 'a_flat.csv': csv, 'b_flat.csv': csv }), 'download.zip');
      },
      'STATISTICS_ZIP',
      /genau eine/,
    ],
    [
      'not a table',
      () => upload(encode('Name;Wert\nA;1\n'), 'liste.csv'),
      'STATISTICS_UNREADABLE',
      /beginnt weder/,
    ],
  ];

  it.each(cases)('%s: refused in German, nothing written', async (_, source, code, reason) => {
    const { backend, file } = await openWorkspace();
    const before = sha256(file);
    const preview = await callFailing(backend, 'statistics:preview', source());
    expect(preview.code).toBe(code);
    expect(preview.message).toMatch(reason);
    const imported = await callFailing(backend, 'statistics:import', {
      ...source(),
      regions: ['14521'],
      seriesKeys: ['x'],
      inPlan: true,
    });
    expect(imported.code).toBe(code);
    expect(sha256(file)).toBe(before);
    expect(await indicators(backend)).toEqual([]);
  });

  it('refuses a region or series the file does not have, and a download over 50 MB', async () => {
    const { backend, file } = await openWorkspace();
    const before = sha256(file);
    const download = fixtureUpload(fixtures.classic2015);
    const preview = await call(backend, 'statistics:preview', download);
    const region = await callFailing(backend, 'statistics:import', {
      ...download,
      regions: ['14521', '99999'],
      seriesKeys: allSeries(preview),
      inPlan: true,
    });
    expect(region.message).toMatch(/Das Gebiet 99999 kommt in der Datei nicht vor/);
    const series = await callFailing(backend, 'statistics:import', {
      ...download,
      regions: ['14521'],
      seriesKeys: [...allSeries(preview), 'gibt|es|nicht'],
      inPlan: true,
    });
    expect(series.message).toMatch(/Diese Reihe gibt es in der Datei nicht/);
    const huge = await callFailing(backend, 'statistics:preview', {
      contentBase64: 'A'.repeat(Math.ceil((statisticsMaxBytes * 4) / 3) + 400),
      fileName: 'riesig.csv',
    });
    expect(huge.code).toBe('STATISTICS_TOO_LARGE');
    expect(huge.message).toMatch(/größer als 50 MB/);
    expect(sha256(file)).toBe(before);
  });
});
