// The Kommunalprofil kept in the workspace: figures typed in, charts from indicators, the SWOT
// moved between quadrants and linked to projects, the Bestandsaufnahme; every change undoable.
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import { call, callFailing, closedAfterEach } from '../support/backend';
import { freshFolders } from '../support/folders';
import { erzgebirgeWorkspace, fixtureUpload } from '../support/profile';
import { fixtures } from '../support/statistics';

const freshDir = freshFolders('kw-profil-');
const backendIn = closedAfterEach();

async function workspace(): Promise<Backend> {
  const backend = backendIn(freshDir());
  await erzgebirgeWorkspace(backend);
  return backend;
}

const typed = (time: string, value: number | null, flag: 'spaeter' | null = null) => ({
  time,
  value,
  flag,
  quality: null,
});

async function importKreisAndLand(backend: Backend) {
  const download = fixtureUpload(fixtures.classic2015);
  const preview = await call(backend, 'statistics:preview', download);
  return call(backend, 'statistics:import', {
    ...download,
    regions: ['14521', '14'],
    seriesKeys: [preview.series[0]?.key as string],
    inPlan: true,
  });
}

describe('indicators typed in', () => {
  it('keeps name, unit, source and values by year or date, flags without numbers', async () => {
    const backend = await workspace();
    const profile = await call(backend, 'indicators:create', {
      name: '  Geburten ',
      unit: 'Personen je Jahr',
      source: 'Melderegister',
      values: [typed('2023', 67), typed('2014', 91), typed('2024', null, 'spaeter')],
    });
    expect(profile.indicators).toEqual([
      {
        id: expect.any(Number),
        name: 'Geburten',
        unit: 'Personen je Jahr',
        source: 'Melderegister',
        tableCode: '',
        tableTitle: '',
        seriesKey: '',
        regionCode: '',
        regionLabel: '',
        inPlan: true,
        values: [typed('2014', 91), typed('2023', 67), typed('2024', null, 'spaeter')],
      },
    ]);
  });

  it('refuses a value that is neither number nor symbol, and a time given twice', async () => {
    const backend = await workspace();
    const noValue = await callFailing(backend, 'indicators:create', {
      name: 'Geburten',
      unit: '',
      source: '',
      values: [typed('2023', null)],
    });
    expect(noValue.message).toMatch(/Bitte eine Zahl oder ein Zeichen der Statistik/);
    const twice = await callFailing(backend, 'indicators:create', {
      name: 'Geburten',
      unit: '',
      source: '',
      values: [typed('2023', 1), typed('2023', 2)],
    });
    expect(twice.message).toMatch(/Jeder Zeitpunkt darf nur einmal vorkommen/);
    expect((await call(backend, 'profile:load', {})).indicators).toEqual([]);
  });

  it('replaces the value list on edit, moves, and deletes with undo', async () => {
    const backend = await workspace();
    await call(backend, 'indicators:create', {
      name: 'A',
      unit: '',
      source: '',
      values: [typed('2020', 1)],
    });
    const created = await call(backend, 'indicators:create', {
      name: 'B',
      unit: '',
      source: '',
      values: [typed('2020', 1), typed('2021', 2)],
    });
    const [a, b] = created.indicators;
    const edited = await call(backend, 'indicators:update', {
      id: b?.id as number,
      changes: { name: 'B neu', inPlan: false, values: [typed('2021', 3)] },
    });
    expect(edited.indicators[1]).toMatchObject({
      name: 'B neu',
      inPlan: false,
      values: [typed('2021', 3)],
    });
    const moved = await call(backend, 'indicators:move', {
      id: b?.id as number,
      beforeId: a?.id as number,
    });
    expect(moved.indicators.map((indicator) => indicator.name)).toEqual(['B neu', 'A']);
    const deleted = await call(backend, 'indicators:delete', { id: b?.id as number });
    expect(deleted.indicators.map((indicator) => indicator.name)).toEqual(['A']);
    await call(backend, 'history:undo', {});
    const back = await call(backend, 'profile:load', {});
    expect(back.indicators.map((indicator) => indicator.name)).toEqual(['B neu', 'A']);
    expect(back.indicators[0]?.values).toEqual([typed('2021', 3)]);
  });
});

describe('charts', () => {
  it('"mit Diagramm" compares the same series across regions; off removes the chart again', async () => {
    const backend = await workspace();
    const { profile } = await importKreisAndLand(backend);
    const [kreis, land] = profile.indicators;
    const charted = await call(backend, 'indicators:setChart', {
      id: land?.id as number,
      chart: true,
    });
    expect(charted.charts).toEqual([
      {
        id: expect.any(Number),
        kind: 'indexComparison',
        title: 'Bevölkerungsstand im Vergleich',
        time: '',
        comparisonTime: '',
        inPlan: true,
        // The Kreis first: the more local region leads.
        indicatorIds: [kreis?.id, land?.id],
      },
    ]);
    // Asked again for the Kreis, which is charted already: nothing new.
    const again = await call(backend, 'indicators:setChart', {
      id: kreis?.id as number,
      chart: true,
    });
    expect(again.charts).toHaveLength(1);
    const off = await call(backend, 'indicators:setChart', {
      id: land?.id as number,
      chart: false,
    });
    expect(off.charts[0]?.indicatorIds).toEqual([kreis?.id]);
    const none = await call(backend, 'indicators:setChart', {
      id: kreis?.id as number,
      chart: false,
    });
    expect(none.charts).toEqual([]);
  });

  it('keeps a chart’s kind, title, times and indicator order; deleting an indicator empties it away', async () => {
    const backend = await workspace();
    const { profile } = await importKreisAndLand(backend);
    const ids = profile.indicators.map((indicator) => indicator.id);
    const created = await call(backend, 'profileCharts:create', {
      kind: 'ageStructure',
      title: 'Test',
      indicatorIds: [ids[1] as number, ids[0] as number],
      comparisonTime: '2015-12-31',
    });
    const chart = created.charts[0];
    expect(chart).toMatchObject({
      kind: 'ageStructure',
      indicatorIds: [ids[1], ids[0]],
      comparisonTime: '2015-12-31',
    });
    const changed = await call(backend, 'profileCharts:update', {
      id: chart?.id as number,
      changes: { kind: 'population', title: 'Verlauf', inPlan: false },
    });
    expect(changed.charts[0]).toMatchObject({
      kind: 'population',
      title: 'Verlauf',
      inPlan: false,
    });
    const refused = await callFailing(backend, 'profileCharts:update', {
      id: chart?.id as number,
      changes: { indicatorIds: [] },
    });
    expect(refused.message).toMatch(/mindestens eine Kennzahl/);
    await call(backend, 'indicators:delete', { id: ids[0] as number });
    const left = await call(backend, 'indicators:delete', { id: ids[1] as number });
    expect(left.charts).toEqual([]);
  });
});

describe('SWOT', () => {
  it('moves entries within and between quadrants and keeps evidence and Handlungsfeld', async () => {
    const backend = await workspace();
    const { actionFields } = await call(backend, 'profile:load', {});
    const wohnen = actionFields.find((field) => field.name === 'Wohnen')?.id as number;
    await call(backend, 'swot:create', { kind: 'staerke', text: 'Vereine' });
    await call(backend, 'swot:create', {
      kind: 'staerke',
      text: 'Bauland',
      evidence: 'Bodenrichtwerte',
      actionFieldId: wohnen,
    });
    const third = await call(backend, 'swot:create', { kind: 'schwaeche', text: 'Leerstand' });
    const [vereine, bauland, leerstand] = third.swot;
    expect(bauland).toMatchObject({
      evidence: 'Bodenrichtwerte',
      actionFieldId: wohnen,
      answeredBy: [],
    });

    const reordered = await call(backend, 'swot:move', {
      id: bauland?.id as number,
      kind: 'staerke',
      beforeId: vereine?.id as number,
    });
    expect(reordered.swot.filter((e) => e.kind === 'staerke').map((e) => e.text)).toEqual([
      'Bauland',
      'Vereine',
    ]);
    const across = await call(backend, 'swot:move', {
      id: vereine?.id as number,
      kind: 'schwaeche',
      beforeId: leerstand?.id as number,
    });
    expect(across.swot.filter((e) => e.kind === 'schwaeche').map((e) => e.text)).toEqual([
      'Vereine',
      'Leerstand',
    ]);
    const wrong = await callFailing(backend, 'swot:move', {
      id: bauland?.id as number,
      kind: 'chance',
      beforeId: leerstand?.id as number,
    });
    expect(wrong.code).toBe('INVALID_INPUT');
    await call(backend, 'history:undo', {});
    const undone = await call(backend, 'profile:load', {});
    expect(undone.swot.find((e) => e.text === 'Vereine')?.kind).toBe('staerke');
  });

  it('names the projects answering an entry; deleting the entry unlinks them', async () => {
    const backend = await workspace();
    const { actionFields } = await call(backend, 'profile:load', {});
    const created = await call(backend, 'swot:create', {
      kind: 'risiko',
      text: 'Hausärzte fehlen',
    });
    const entry = created.swot[0];
    const project = await call(backend, 'projects:create', {
      actionFieldId: actionFields[0]?.id as number,
      title: 'Gesundheitslotsin',
    });
    await call(backend, 'projects:setSwotEntries', {
      id: project.id,
      swotEntryIds: [entry?.id as number],
    });
    const linked = await call(backend, 'profile:load', {});
    expect(linked.swot[0]?.answeredBy).toEqual([{ id: project.id, title: 'Gesundheitslotsin' }]);
    await call(backend, 'swot:delete', { id: entry?.id as number });
    expect((await call(backend, 'projects:sheet', { id: project.id })).swotEntryIds).toEqual([]);
  });

  it('follows a deleted Handlungsfeld: entries and measures lose it or move with its projects', async () => {
    const backend = await workspace();
    const { actionFields } = await call(backend, 'profile:load', {});
    const [first, second] = actionFields;
    await call(backend, 'swot:create', {
      kind: 'chance',
      text: 'Radweg',
      actionFieldId: first?.id as number,
    });
    await call(backend, 'inventory:create', {
      title: 'Bürgerbus',
      actionFieldId: first?.id as number,
    });
    await call(backend, 'actionFields:merge', {
      sourceId: first?.id as number,
      targetId: second?.id as number,
    });
    const profile = await call(backend, 'profile:load', {});
    expect(profile.swot[0]?.actionFieldId).toBe(second?.id);
    expect(profile.inventory[0]?.actionFieldId).toBe(second?.id);
  });
});

describe('Bestandsaufnahme', () => {
  it('keeps title, Träger, Handlungsfeld, status and note, in the user’s order', async () => {
    const backend = await workspace();
    await call(backend, 'inventory:create', { title: 'Jugendclub' });
    const created = await call(backend, 'inventory:create', {
      title: 'Bürgerbus',
      sponsor: 'Bürgerbusverein e. V.',
      status: 'ruhend',
      note: 'Zwei Fahrten\r\nje Woche',
    });
    expect(created.inventory).toEqual([
      {
        id: expect.any(Number),
        title: 'Jugendclub',
        sponsor: '',
        actionFieldId: null,
        status: 'laufend',
        note: '',
      },
      {
        id: expect.any(Number),
        title: 'Bürgerbus',
        sponsor: 'Bürgerbusverein e. V.',
        actionFieldId: null,
        status: 'ruhend',
        note: 'Zwei Fahrten\nje Woche',
      },
    ]);
    const [jugendclub, buergerbus] = created.inventory;
    const moved = await call(backend, 'inventory:move', {
      id: buergerbus?.id as number,
      beforeId: jugendclub?.id as number,
    });
    expect(moved.inventory.map((measure) => measure.title)).toEqual(['Bürgerbus', 'Jugendclub']);
    const updated = await call(backend, 'inventory:update', {
      id: jugendclub?.id as number,
      changes: { status: 'beendet' },
    });
    expect(updated.inventory[1]?.status).toBe('beendet');
    const empty = await callFailing(backend, 'inventory:update', {
      id: jugendclub?.id as number,
      changes: { title: '  ' },
    });
    expect(empty.message).toMatch(/Bitte die Maßnahme benennen/);
    const removed = await call(backend, 'inventory:delete', { id: jugendclub?.id as number });
    expect(removed.inventory).toHaveLength(1);
  });
});
