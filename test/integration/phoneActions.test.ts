// What phones do in the open workspace: cards that land once and follow the one text rule, kept
// out of the facilitator's undo; rate limits; their own cards editable until locked; brainwriting;
// dot votes within the rule that no reload repeats; photos without metadata; blocking a device.
import { describe, expect, it } from 'vitest';
import type { Idea } from '../../shared/contract';
import { call, closedAfterEach } from '../support/backend';
import { freshFolders } from '../support/folders';
import { cameraJpeg, metadataPng, secrets } from '../support/photos';
import {
  fakePhonePage,
  joinPhone,
  openParticipation,
  phoneEvents,
  phoneRequest,
} from '../support/phones';
import type { ParticipationSettings } from '../../shared/participation';

const freshDir = freshFolders('kw-phone-actions-');
const backendIn = closedAfterEach();

async function participation(settings: Partial<ParticipationSettings> = {}) {
  const dir = freshDir();
  const backend = backendIn(dir, { phonePageDir: fakePhonePage(dir) });
  await call(backend, 'workspace:create', { name: 'Aue' });
  await call(backend, 'workshops:create', { title: 'Zukunftswerkstatt Aue 2026' });
  const status = await openParticipation(backend, '127.0.0.2', settings);
  return { backend, status };
}

const ideasOf = async (backend: Parameters<typeof call>[0]): Promise<Idea[]> =>
  (await call(backend, 'board:load', {})).ideas;

describe('cards from phones', () => {
  it('land in the Ideenspeicher of the chosen session, marked with the device, anonymous', async () => {
    const { backend, status } = await participation({ phase: 'fantasie' });
    const phone = await joinPhone(status);
    const sent = await phone.post('/api/karte', {
      key: 'karte-0001',
      text: 'Ein Café\r\nam Markt',
      name: 'Anna',
    });
    expect(sent.status).toBe(200);
    const [idea] = await ideasOf(backend);
    expect(idea).toMatchObject({
      id: sent.json.value.id,
      text: 'Ein Café\nam Markt',
      phase: 'fantasie',
      workshopId: status.settings.workshopId,
      projectId: null,
      device: phone.device,
      visibility: 'shown',
      // Names only when the facilitator allows them.
      author: '',
    });
  });

  it('obey the one text rule: controls removed, NUL refused, too long refused', async () => {
    const { backend, status } = await participation({ namesAllowed: true });
    const phone = await joinPhone(status);
    await phone.post('/api/karte', {
      key: 'karte-0001',
      text: 'Bänke\u0007\uFFFE',
      name: 'Ali\u2028K',
    });
    expect((await ideasOf(backend))[0]).toMatchObject({ text: 'Bänke', author: 'Ali K' });
    const nul = await phone.post('/api/karte', { key: 'karte-0002', text: 'a\u0000b' });
    expect(nul.status).toBe(400);
    expect(nul.json.error.message).toMatch(/Nullzeichen/);
    const long = await phone.post('/api/karte', { key: 'karte-0003', text: 'x'.repeat(501) });
    expect(long.json.error.message).toMatch(/höchstens 500 Zeichen/);
    expect(await ideasOf(backend)).toHaveLength(1);
  });

  it('land exactly once when a phone sends the same card again after a lost answer', async () => {
    const { backend, status } = await participation();
    const phone = await joinPhone(status);
    const body = { key: 'karte-nochmal', text: 'Mehr Bänke' };
    const answers = await Promise.all([1, 2, 3].map(() => phone.post('/api/karte', body)));
    expect(new Set(answers.map((answer) => answer.json.value.id)).size).toBe(1);
    expect(await phone.post('/api/karte', body)).toMatchObject({ status: 200 });
    expect(await ideasOf(backend)).toHaveLength(1);
  });

  it('stay out of the facilitator’s undo history', async () => {
    const { backend, status } = await participation();
    await call(backend, 'ideas:create', { text: 'Vom Laptop', phase: 'kritik' });
    const phone = await joinPhone(status);
    await phone.post('/api/karte', { key: 'karte-0001', text: 'Vom Handy' });
    await call(backend, 'history:undo', {});
    expect((await ideasOf(backend)).map((idea) => idea.text)).toEqual(['Vom Handy']);
  });

  it('come ten at once, then one every two seconds (429 with Retry-After)', async () => {
    const { backend, status } = await participation();
    const phone = await joinPhone(status);
    const answers = [];
    for (let i = 0; i < 11; i++) {
      answers.push(await phone.post('/api/karte', { key: `karte-${1000 + i}`, text: `Idee ${i}` }));
    }
    expect(answers.slice(0, 10).every((answer) => answer.status === 200)).toBe(true);
    expect(answers[10]?.status).toBe(429);
    expect(answers[10]?.headers['retry-after']).toBe('2');
    // Another phone is not slowed down by this one.
    const other = await joinPhone(status);
    expect((await other.post('/api/karte', { key: 'andere-01', text: 'Frei' })).status).toBe(200);
    expect(await ideasOf(backend)).toHaveLength(11);
  });

  it('come several in one request, in order, each once, as far as the pace allows', async () => {
    const { backend, status } = await participation();
    const phone = await joinPhone(status);
    const cards = (from: number, count: number) =>
      Array.from({ length: count }, (_, i) => ({
        key: `karte-${from + i}`,
        text: `Idee ${from + i}`,
      }));
    const sent = await phone.post('/api/karten', { cards: cards(1000, 4) });
    expect(sent.status).toBe(200);
    expect(sent.json.value.waitMs).toBe(0);
    const ideas = await ideasOf(backend);
    expect(sent.json.value.ids).toEqual(ideas.map((idea) => idea.id));
    expect(ideas.map((idea) => idea.text)).toEqual([
      'Idee 1000',
      'Idee 1001',
      'Idee 1002',
      'Idee 1003',
    ]);
    // Sent again after a lost answer, with two new ones: only the new ones land, and only the
    // six cards the burst of ten still allows; the last two are told to wait.
    const again = await phone.post('/api/karten', {
      cards: [...cards(1000, 4), ...cards(1004, 6)],
    });
    expect(again.json.value.ids.slice(0, 4)).toEqual(sent.json.value.ids);
    expect(again.json.value.ids).toHaveLength(10);
    const more = await phone.post('/api/karten', { cards: cards(1010, 3) });
    expect(more.status).toBe(429);
    expect(more.headers['retry-after']).toBe('2');
    expect(await ideasOf(backend)).toHaveLength(10);
    // A refused card refuses its request: nothing of it is stored.
    const other = await joinPhone(status);
    const bad = await other.post('/api/karten', {
      cards: [
        { key: 'gut-0001', text: 'Gut' },
        { key: 'leer-0001', text: '  ' },
      ],
    });
    expect(bad.status).toBe(400);
    expect((await other.post('/api/karten', { cards: [] })).status).toBe(400);
    expect((await other.post('/api/karten', { cards: cards(2000, 11) })).status).toBe(400);
    expect(await ideasOf(backend)).toHaveLength(10);
  });

  it('are told how long to wait when the pace takes only some of several', async () => {
    const { backend, status } = await participation();
    const phone = await joinPhone(status);
    for (let i = 0; i < 8; i++) {
      await phone.post('/api/karte', { key: `einzeln-${1000 + i}`, text: `Einzeln ${i}` });
    }
    const cards = Array.from({ length: 5 }, (_, i) => ({
      key: `mehrere-${1000 + i}`,
      text: `Mehr ${i}`,
    }));
    const sent = await phone.post('/api/karten', { cards });
    expect(sent.status).toBe(200);
    expect(sent.json.value.ids).toHaveLength(2);
    expect(sent.json.value.waitMs).toBeGreaterThan(0);
    expect((await ideasOf(backend)).map((idea) => idea.text).slice(-2)).toEqual([
      'Mehr 0',
      'Mehr 1',
    ]);
  });

  it('can be changed and deleted by their own phone only, until locked or placed', async () => {
    const { backend, status } = await participation();
    const phone = await joinPhone(status);
    const other = await joinPhone(status);
    const { id } = (await phone.post('/api/karte', { key: 'karte-0001', text: 'Radwg' })).json
      .value;
    expect((await other.post('/api/karte/aendern', { id, text: 'Fremd' })).status).toBe(404);
    expect((await phone.post('/api/karte/aendern', { id, text: 'Radweg' })).status).toBe(200);
    expect((await ideasOf(backend))[0]?.text).toBe('Radweg');
    await call(backend, 'participation:configure', { cardsLocked: true });
    const locked = await phone.post('/api/karte/aendern', { id, text: 'Später' });
    expect(locked.status).toBe(409);
    expect(locked.json.error.code).toBe('CARD_LOCKED');
    await call(backend, 'participation:configure', { cardsLocked: false });
    const field = (await call(backend, 'board:load', {})).actionFields[0]?.id as number;
    await call(backend, 'ideas:move', {
      id,
      to: { kind: 'newProject', actionFieldId: field, beforeProjectId: null },
    });
    expect((await phone.post('/api/karte/loeschen', { id })).status).toBe(409);
    const state = await phoneRequest(status, { path: '/api/state', token: phone.token });
    expect(state.json.value.own.cards).toEqual([
      { id, text: 'Radweg', phase: 'kritik', state: 'placed', editable: false },
    ]);
  });

  it('reach the phone’s own stream when the facilitator changes them', async () => {
    const { backend, status } = await participation();
    const phone = await joinPhone(status);
    const stream = phoneEvents(status, phone.token);
    const { id } = (await phone.post('/api/karte', { key: 'karte-0001', text: 'Kino' })).json.value;
    await stream.next('own', (own) => own.cards.length === 1);
    await call(backend, 'ideas:setHidden', { id, hidden: true });
    const own = await stream.next('own', (data) => data.cards[0]?.state === 'hidden');
    expect(own.cards[0]).toMatchObject({ id, state: 'hidden', editable: false });
    stream.close();
  });
});

describe('brainwriting', () => {
  it('keeps phone cards concealed (counted, out of the plan) until the facilitator reveals them', async () => {
    const { backend, status } = await participation({ brainwriting: true });
    const phone = await joinPhone(status);
    for (const text of ['Bus am Sonntag', 'Jugendraum']) {
      await phone.post('/api/karte', { key: `karte-${text.length}x1`, text });
    }
    expect((await ideasOf(backend)).map((idea) => idea.visibility)).toEqual([
      'concealed',
      'concealed',
    ]);
    const revealed = await call(backend, 'ideas:reveal', {});
    expect(revealed.patch.ideas.map((idea) => idea.visibility)).toEqual(['shown', 'shown']);
    // The facilitator can take it back: revealing is an undoable step.
    await call(backend, 'history:undo', {});
    expect((await ideasOf(backend)).every((idea) => idea.visibility === 'concealed')).toBe(true);
  });
});

describe('dot votes on phones', () => {
  async function voteWithProjects(count: number) {
    const context = await participation();
    const field = (await call(context.backend, 'board:load', {})).actionFields[0]?.id as number;
    for (let i = 0; i < count; i++) {
      const idea = await call(context.backend, 'ideas:create', {
        text: `Projekt ${i}`,
        phase: 'kritik',
      });
      await call(context.backend, 'ideas:move', {
        id: idea.patch.ideas[0]?.id as number,
        to: { kind: 'newProject', actionFieldId: field, beforeProjectId: null },
      });
    }
    const projects = (await call(context.backend, 'board:load', {})).projects.map((p) => p.id);
    return { ...context, projects };
  }

  it('gives each device the dot helper’s rule and keeps its dots across a reload', async () => {
    const { backend, status, projects } = await voteWithProjects(12);
    const phone = await joinPhone(status);
    const opened = await call(backend, 'votes:open', {});
    // 12 options: 4 dots each, at most 2 on one project.
    expect(opened.open && opened.vote).toMatchObject({ dotsPerDevice: 4, maxPerOption: 2 });
    const voteId = opened.open ? (opened.vote?.id as number) : 0;
    const [a, b, c] = projects as [number, number, number];
    const given = await phone.post('/api/punkte', { voteId, dots: { [a]: 2, [b]: 1, [c]: 1 } });
    expect(given.status).toBe(200);
    const reloaded = await phoneRequest(status, { path: '/api/state', token: phone.token });
    expect(reloaded.json.value.own.dots).toEqual({ [a]: 2, [b]: 1, [c]: 1 });
    // Changing replaces, it does not add: still four dots in all.
    await phone.post('/api/punkte', { voteId, dots: { [a]: 2, [b]: 2 } });
    const status2 = await call(backend, 'participation:status', {});
    expect(status2.open && status2.vote?.results).toEqual([
      { projectId: a, dots: 2 },
      { projectId: b, dots: 2 },
    ]);
  });

  it('refuses more dots than the rule allows, and dots after the vote ended', async () => {
    const { backend, status, projects } = await voteWithProjects(3);
    const phone = await joinPhone(status);
    const opened = await call(backend, 'votes:open', {});
    const voteId = opened.open ? (opened.vote?.id as number) : 0;
    const [a, b] = projects as [number, number];
    const stacked = await phone.post('/api/punkte', { voteId, dots: { [a]: 2 } });
    expect(stacked.json.error.message).toMatch(/Höchstens 1 Punkt auf dasselbe Projekt/);
    const tooMany = await phone.post('/api/punkte', { voteId, dots: { [a]: 1, [b]: 1 } });
    expect(tooMany.json.error.message).toMatch(/nur 1 Punkte/);
    await phone.post('/api/punkte', { voteId, dots: { [a]: 1 } });
    await call(backend, 'votes:close', { apply: true });
    expect((await call(backend, 'board:load', {})).projects.find((p) => p.id === a)?.dots).toBe(1);
    const late = await phone.post('/api/punkte', { voteId, dots: { [b]: 1 } });
    expect(late.json.error.code).toBe('VOTE_CLOSED');
    // Taking the result into the projects is the facilitator's undoable step.
    await call(backend, 'history:undo', {});
    expect((await call(backend, 'board:load', {})).projects.find((p) => p.id === a)?.dots).toBe(0);
  });

  it('needs two projects', async () => {
    const { backend } = await voteWithProjects(1);
    const result = await backend.dispatch('votes:open', {});
    expect(result).toMatchObject({ ok: false, error: { message: /mindestens zwei Projekte/ } });
  });
});

describe('photos from phones', () => {
  it('are stored without camera, position or trailing data, in the chosen session', async () => {
    const { backend, status } = await participation();
    const phone = await joinPhone(status);
    const sent = await phoneRequest(status, {
      path: '/api/foto',
      token: phone.token,
      body: cameraJpeg(),
      headers: { 'Content-Type': 'image/jpeg' },
    });
    expect(sent.json).toEqual({ ok: true, value: { photos: 1 } });
    const png = await phoneRequest(status, {
      path: '/api/foto',
      token: phone.token,
      body: metadataPng(),
      headers: { 'Content-Type': 'image/png' },
    });
    expect(png.status).toBe(200);
    const photos = await call(backend, 'photos:list', {});
    expect(photos).toMatchObject([
      {
        mime: 'image/jpeg',
        width: 320,
        height: 240,
        device: phone.device,
        workshopId: status.settings.workshopId,
      },
      { mime: 'image/png', width: 4, height: 3 },
    ]);
    expect(photos[0]?.altText).toMatch(/^Foto einer Pinnwand aus „Zukunftswerkstatt Aue 2026“/);
    for (const photo of photos) {
      const image = await call(backend, 'photos:image', { id: photo.id });
      const bytes = Buffer.from(image.base64, 'base64');
      for (const secret of secrets) expect(bytes.includes(Buffer.from(secret))).toBe(false);
    }
  });

  it('refuses what is no JPEG or PNG, and what is too large', async () => {
    const { status } = await participation();
    const phone = await joinPhone(status);
    const upload = (body: Buffer, type: string) =>
      phoneRequest(status, {
        path: '/api/foto',
        token: phone.token,
        body,
        headers: { 'Content-Type': type },
      });
    expect((await upload(Buffer.from('GIF89a'), 'image/gif')).status).toBe(415);
    expect((await upload(Buffer.from('kein Bild'), 'image/jpeg')).status).toBe(422);
    expect((await upload(Buffer.alloc(16 * 1024 * 1024), 'image/jpeg')).status).toBe(413);
  });
});

describe('moderation', () => {
  it('blocks a device: it can send nothing more, nor join again from its address', async () => {
    const { backend, status } = await participation();
    const phone = await joinPhone(status);
    await call(backend, 'participation:blockDevice', { device: phone.device });
    const refused = await phone.post('/api/karte', { key: 'karte-0001', text: 'Spam' });
    expect(refused.status).toBe(403);
    expect(refused.json.error.code).toBe('DEVICE_BLOCKED');
    const again = await phoneRequest(status, {
      path: '/api/join',
      body: { code: status.joinCode },
    });
    expect(again.json.error.code).toBe('DEVICE_BLOCKED');
    expect(await call(backend, 'participation:status', {})).toMatchObject({
      blockedDevices: [phone.device],
    });
  });
});
