// The guided process through the backend: steps with dates and checklists, the Kick-Off with its
// Akteure, the Kommune's data and logo, the sessions — every change undoable, pushed to every
// window, and bad input refused with nothing half-saved.
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import type { WorkspaceChange } from '../../shared/events';
import { call, callFailing, closedAfterEach } from '../support/backend';
import { freshFolders } from '../support/folders';
import { decodePng } from '../support/png';

const freshDir = freshFolders('kw-process-');
const backendIn = closedAfterEach();

async function newWorkspace(): Promise<Backend> {
  const backend = backendIn(freshDir());
  await call(backend, 'workspace:create', { name: 'Aue', state: 'Sachsen' });
  return backend;
}

const stepOf = async (backend: Backend, key: string) =>
  (await call(backend, 'steps:load', {})).find((step) => step.key === key)!;

/** A 2×1 PNG, as a scanner or a town's website would hand one out. */
const pngBase64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAEUlEQVR4nGOQj+/+/2klw38AEpkEo7o1Hr8AAAAASUVORK5CYII=';

describe('the five steps', () => {
  it('start with the default checklists; a finished step gets today, a reopened one loses it', async () => {
    const backend = await newWorkspace();
    const steps = await call(backend, 'steps:load', {});
    expect(steps.map((step) => step.checklist.length)).toEqual([5, 5, 6, 5, 5]);
    expect(steps[0]?.checklist[0]).toMatchObject({
      text: 'Auftrag und Ziele mit der Verwaltungsspitze klären',
      done: false,
    });

    const finished = await call(backend, 'steps:update', {
      step: 'kickoff',
      changes: { status: 'abgeschlossen' },
    });
    expect(finished[0]?.doneDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const dated = await call(backend, 'steps:update', {
      step: 'kickoff',
      changes: { doneDate: '2026-03-10' },
    });
    expect(dated[0]?.doneDate).toBe('2026-03-10');
    const reopened = await call(backend, 'steps:update', {
      step: 'kickoff',
      changes: { status: 'in_arbeit' },
    });
    expect(reopened[0]).toMatchObject({ status: 'in_arbeit', doneDate: null });
    expect((await call(backend, 'history:state', {})).undoLabel).toBe('Kick-Off: Status ändern');
    await call(backend, 'history:undo', {});
    expect(await stepOf(backend, 'kickoff')).toMatchObject({
      status: 'abgeschlossen',
      doneDate: '2026-03-10',
    });
  });

  it('refuse a planned end before the start, with the stored other end, saving nothing', async () => {
    const backend = await newWorkspace();
    await call(backend, 'steps:update', { step: 'profile', changes: { startDate: '2026-03-02' } });
    const error = await callFailing(backend, 'steps:update', {
      step: 'profile',
      changes: { endDate: '2026-02-28' },
    });
    expect(error).toMatchObject({
      code: 'INVALID_INPUT',
      message: 'Das geplante Ende liegt vor dem Beginn.',
    });
    expect(await stepOf(backend, 'profile')).toMatchObject({
      startDate: '2026-03-02',
      endDate: null,
    });
    const badDay = await callFailing(backend, 'steps:update', {
      step: 'profile',
      changes: { endDate: '2026-02-30x' },
    });
    expect(badDay.message).toContain('Bitte ein gültiges Datum angeben.');
  });

  it('keep their checklists ticked, reworded, reordered within the step, and undoably removed', async () => {
    const backend = await newWorkspace();
    const [first, second, third] = (await stepOf(backend, 'plan')).checklist;
    await call(backend, 'checklist:update', { id: second!.id, done: true });
    await call(backend, 'checklist:update', { id: first!.id, text: 'Steckbriefe fertig' });
    await call(backend, 'checklist:move', { id: third!.id, beforeId: first!.id });
    let steps = await call(backend, 'checklist:add', { step: 'plan', text: 'Pressemitteilung' });
    const plan = steps.find((step) => step.key === 'plan')!;
    expect(plan.checklist.slice(0, 3).map((item) => [item.text, item.done])).toEqual([
      [third!.text, false],
      ['Steckbriefe fertig', false],
      [second!.text, true],
    ]);
    expect(plan.checklist.at(-1)?.text).toBe('Pressemitteilung');

    const kickoffItem = (await stepOf(backend, 'kickoff')).checklist[0]!;
    const across = await callFailing(backend, 'checklist:move', {
      id: kickoffItem.id,
      beforeId: first!.id,
    });
    expect(across.message).toBe('Der Punkt gehört zu einem anderen Prozessschritt.');

    steps = await call(backend, 'checklist:delete', { id: first!.id });
    expect(steps.find((step) => step.key === 'plan')!.checklist).toHaveLength(5);
    await call(backend, 'history:undo', {});
    expect((await stepOf(backend, 'plan')).checklist.map((item) => item.text)).toContain(
      'Steckbriefe fertig',
    );
    const empty = await callFailing(backend, 'checklist:add', { step: 'plan', text: '   ' });
    expect(empty.message).toContain('Bitte den Punkt der Checkliste beschreiben.');
  });
});

describe('the Kick-Off', () => {
  it('keeps the meeting, its agreements in order and the Akteure with their Steuerungsgruppe', async () => {
    const backend = await newWorkspace();
    await call(backend, 'kickoff:update', {
      changes: {
        date: '2026-02-12',
        place: 'Ratssaal',
        participantCount: 26,
        invitedBy: 'Bürgermeisterin',
        headPresent: true,
        nextSteps: 'Profil erstellen\r\nEinladen',
      },
    });
    await call(backend, 'agreements:add', { text: 'Schwerpunkt Jugend' });
    let data = await call(backend, 'agreements:add', { text: 'Steuerungsgruppe tagt monatlich' });
    const [jugend, gruppe] = data.kickoff.agreements;
    data = await call(backend, 'agreements:move', { id: gruppe!.id, beforeId: jugend!.id });
    expect(data.kickoff).toMatchObject({
      date: '2026-02-12',
      participantCount: 26,
      headPresent: true,
      nextSteps: 'Profil erstellen\nEinladen',
      agreements: [{ text: 'Steuerungsgruppe tagt monatlich' }, { text: 'Schwerpunkt Jugend' }],
    });

    await call(backend, 'actors:create', {
      name: 'Bürgermeisterin',
      organisation: 'Stadt Aue',
      steeringGroup: true,
    });
    data = await call(backend, 'actors:create', { name: 'Vorstand', contact: '0171 123' });
    expect(data.actors.map((actor) => [actor.name, actor.steeringGroup, actor.contact])).toEqual([
      ['Bürgermeisterin', true, ''],
      ['Vorstand', false, '0171 123'],
    ]);
    await call(backend, 'history:undo', {}); // the second Akteur
    await call(backend, 'history:undo', {}); // the first
    await call(backend, 'history:undo', {}); // the move of the agreements
    data = await call(backend, 'kickoff:load', {});
    expect(data.actors).toEqual([]);
    expect(data.kickoff.agreements.map((agreement) => agreement.text)).toEqual([
      'Schwerpunkt Jugend',
      'Steuerungsgruppe tagt monatlich',
    ]);
    await call(backend, 'history:redo', {});
    const nameless = await callFailing(backend, 'actors:create', { name: ' ' });
    expect(nameless.message).toContain('Bitte einen Namen angeben.');
    const counts = await call(backend, 'workspace:current', {});
    expect(counts?.counts.actors).toBe(0);
  });

  it('refuses a participant count that is no whole number, saving nothing', async () => {
    const backend = await newWorkspace();
    const error = await callFailing(backend, 'kickoff:update', {
      changes: { participantCount: -3, place: 'Rathaus' },
    });
    expect(error.message).toContain('Die Zahl der Teilnehmenden kann nicht negativ sein.');
    expect((await call(backend, 'kickoff:load', {})).kickoff.place).toBe('');
  });
});

describe('the Kommune’s data', () => {
  it('is editable at any time; a Gemeindeschlüssel sets its Land, a contradicting Land is refused', async () => {
    const backend = await newWorkspace();
    let summary = await call(backend, 'kommune:update', {
      changes: { officialKey: '15089999', inhabitants: 11_800, district: 'Kreis Musterland' },
    });
    expect(summary).toMatchObject({
      officialKey: '15089999',
      state: 'Sachsen-Anhalt',
      inhabitants: 11_800,
      district: 'Kreis Musterland',
    });
    const contradiction = await callFailing(backend, 'kommune:update', {
      changes: { state: 'Bayern' },
    });
    expect(contradiction.message).toBe(
      'Der Gemeindeschlüssel 15089999 gehört zu Sachsen-Anhalt, nicht zu Bayern.',
    );
    const invalid = await callFailing(backend, 'kommune:update', {
      changes: { officialKey: '1508999' },
    });
    expect(invalid.message).toContain('genau 8 Ziffern');
    summary = (await call(backend, 'workspace:current', {}))!;
    expect(summary).toMatchObject({ officialKey: '15089999', state: 'Sachsen-Anhalt' });
    await call(backend, 'kommune:update', { changes: { inhabitants: 11_750 } });
    expect((await call(backend, 'history:state', {})).undoLabel).toBe(
      'Kommune ändern: Einwohnerzahl',
    );
    await call(backend, 'history:undo', {});
    expect((await call(backend, 'workspace:current', {}))?.inhabitants).toBe(11_800);
  });

  it('refuses a project period that ends before it starts, against the stored end', async () => {
    const backend = await newWorkspace();
    await call(backend, 'kommune:update', { changes: { periodEnd: '2028-06' } });
    const error = await callFailing(backend, 'kommune:update', {
      changes: { periodStart: '2028-07' },
    });
    expect(error.message).toBe('Das Ende des Projektzeitraums liegt vor dem Beginn.');
    expect(await call(backend, 'workspace:current', {})).toMatchObject({
      periodStart: null,
      periodEnd: '2028-06',
    });
  });

  it('keeps a PNG logo as it is and draws an SVG as PNG; removing is undoable', async () => {
    const backend = await newWorkspace();
    let summary = await call(backend, 'kommune:setLogo', { base64: pngBase64 });
    expect(summary.hasLogo).toBe(true);
    expect(await call(backend, 'kommune:logo', {})).toEqual({
      mime: 'image/png',
      base64: pngBase64,
    });

    const svg = `<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20">
      <rect width="40" height="20" fill="#1f5f8b"/><script>alert(1)</script></svg>`;
    await call(backend, 'kommune:setLogo', { base64: Buffer.from(svg).toString('base64') });
    const drawn = await call(backend, 'kommune:logo', {});
    expect(drawn?.mime).toBe('image/png');
    const png = decodePng(Buffer.from(drawn!.base64, 'base64'));
    expect([png.width, png.height]).toEqual([800, 400]);

    summary = await call(backend, 'kommune:removeLogo', {});
    expect(summary.hasLogo).toBe(false);
    await call(backend, 'history:undo', {});
    expect((await call(backend, 'kommune:logo', {}))?.mime).toBe('image/png');
  });

  it('refuses what is no picture, an SVG reaching outside, and too much — keeping the old logo', async () => {
    const backend = await newWorkspace();
    await call(backend, 'kommune:setLogo', { base64: pngBase64 });
    const refused = async (bytes: Buffer | string) =>
      callFailing(backend, 'kommune:setLogo', {
        base64: Buffer.from(bytes).toString('base64'),
      });
    expect((await refused('%PDF-1.7 kein Bild')).message).toBe(
      'Das Logo muss ein Bild im Format PNG, JPEG oder SVG sein. Diese Datei ist keines.',
    );
    expect(
      (
        await refused(
          '<svg xmlns="http://www.w3.org/2000/svg"><image href="file:///etc/passwd"/></svg>',
        )
      ).message,
    ).toContain('verweist auf andere Dateien oder Adressen');
    expect(
      (await refused('<svg xmlns="http://www.w3.org/2000/svg"><rect width="nix"')).message,
    ).toBe('Die SVG-Datei lässt sich nicht als Bild lesen.');
    const huge = await callFailing(backend, 'kommune:setLogo', {
      base64: 'A'.repeat(3 * 1024 * 1024),
    });
    expect(huge.message).toContain('Das Logo ist zu groß: höchstens 2 MB.');
    expect(await call(backend, 'kommune:logo', {})).toEqual({
      mime: 'image/png',
      base64: pngBase64,
    });
  });
});

describe('the Zukunftswerkstatt sessions', () => {
  it('gain, rename and lose tables; a session with cards cannot be deleted', async () => {
    const backend = await newWorkspace();
    const created = await call(backend, 'workshops:create', { title: 'Werkstatt 1' });
    const id = created.patch.workshops[0]!.id;
    let mutation = await call(backend, 'workshops:addGroup', { workshopId: id, name: 'Tisch 1' });
    const group = mutation.patch.workshops[0]!.groups[0]!;
    mutation = await call(backend, 'workshops:renameGroup', { id: group.id, name: 'Tisch Wohnen' });
    expect(mutation.patch.workshops[0]?.groups.map((g) => g.name)).toEqual(['Tisch Wohnen']);
    await call(backend, 'ideas:create', {
      text: 'Mehr Bänke',
      phase: 'fantasie',
      workshopId: id,
      groupId: group.id,
    });
    mutation = await call(backend, 'workshops:removeGroup', { id: group.id });
    expect(mutation.patch.ideas.map((idea) => [idea.workshopId, idea.groupId])).toEqual([
      [id, null],
    ]);
    const refused = await callFailing(backend, 'workshops:delete', { id });
    expect(refused.message).toContain('schon eine Idee');
    const empty = await call(backend, 'workshops:create', { title: 'Werkstatt 2' });
    const removed = await call(backend, 'workshops:delete', {
      id: empty.patch.workshops[0]!.id,
    });
    expect(removed.patch.removedWorkshopIds).toEqual([empty.patch.workshops[0]!.id]);
  });
});

describe('every window', () => {
  it('hears each process change with the tables it touched', async () => {
    const backend = await newWorkspace();
    const heard: WorkspaceChange[] = [];
    const stop = backend.events.subscribe((event, payload) => {
      if (event === 'workspace:changed') heard.push(payload as WorkspaceChange);
    });
    await call(backend, 'steps:update', { step: 'review', changes: { notes: 'geplant' } });
    await call(backend, 'actors:create', { name: 'Sprecher' });
    await call(backend, 'kommune:update', { changes: { consultant: 'Büro' } });
    stop();
    expect(heard.map((change) => [change.label, change.tables])).toEqual([
      ['Zwischenbilanz: Ergebnisse ändern', ['steps']],
      ['Akteur „Sprecher“ hinzufügen', ['actors']],
      ['Kommune ändern: Prozessbegleitung', ['workspace']],
    ]);
  });
});
