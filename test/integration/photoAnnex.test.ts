// The Werkstattplan's annex shows the pinboards' photos with the alt text the facilitator wrote,
// and leaves out phone cards the room has not seen (concealed) or that were taken off (hidden).
import { describe, expect, it } from 'vitest';
import { renderWerkstattplan } from '../../electron/backend/export/document';
import { readPlanData } from '../../electron/backend/repositories/plan';
import { defaultExportOptions } from '../../shared/plan';
import { call, closedAfterEach } from '../support/backend';
import { docxParts, parseStrictly, wordText } from '../support/docx';
import { freshFolders } from '../support/folders';
import { cameraJpeg } from '../support/photos';
import { fakePhonePage, joinPhone, openParticipation, phoneRequest } from '../support/phones';

const freshDir = freshFolders('kw-annex-');
const backendIn = closedAfterEach();

describe('photos and phone cards in the Werkstattplan', () => {
  it('puts each photo with its alt text into the annex, and only cards the room saw', async () => {
    const dir = freshDir();
    const backend = backendIn(dir, { phonePageDir: fakePhonePage(dir) });
    await call(backend, 'workspace:create', { name: 'Aue' });
    await call(backend, 'workshops:create', { title: 'Zukunftswerkstatt Aue', date: '2026-05-12' });
    const status = await openParticipation(backend);
    const phone = await joinPhone(status);
    for (const orientation of [1, 6]) {
      await phoneRequest(status, {
        path: '/api/foto',
        token: phone.token,
        body: cameraJpeg(orientation),
        headers: { 'Content-Type': 'image/jpeg' },
      });
    }
    const [upright] = await call(backend, 'photos:list', {});
    await call(backend, 'photos:setAltText', {
      id: upright?.id as number,
      altText: 'Pinnwand „Was stört?“ mit fünf Karten, darunter „Bus am Sonntag“',
    });
    const { id: hidden } = (await phone.post('/api/karte', { key: 'karte-0001', text: 'Unsinn' }))
      .json.value;
    await call(backend, 'ideas:setHidden', { id: hidden, hidden: true });
    await call(backend, 'participation:configure', { brainwriting: true });
    await phone.post('/api/karte', { key: 'karte-0002', text: 'Noch verdeckt' });
    await call(backend, 'participation:configure', { brainwriting: false });
    await phone.post('/api/karte', { key: 'karte-0004', text: 'Offen gesendet' });

    const plan = readPlanData(backend.workspaces.current().db);
    expect(plan.ideas.map((idea) => idea.text)).toEqual(['Offen gesendet']);
    expect(plan.photos).toHaveLength(2);
    const parts = docxParts(
      await renderWerkstattplan(plan, defaultExportOptions, {
        title: 'Werkstattplan',
        versionLabel: 'Entwurf',
        date: '2026-05-20',
        creator: 'Test',
      }),
    );
    const document = parts['word/document.xml'] as string;
    parseStrictly(document);
    const text = wordText(document);
    expect(text).toContain('Anhang: Ideen und Fotos aus der Zukunftswerkstatt');
    expect(text).toContain('Fotos der Pinnwände');
    expect(text).toMatch(/\nAbbildung 1: Pinnwand – Zukunftswerkstatt Aue, \d\d\.\d\d\.\d{4}\n/);
    expect(text).not.toMatch(/Unsinn|Noch verdeckt/);
    expect(document).toContain('descr="Pinnwand „Was stört?“ mit fünf Karten');
    expect(Object.keys(parts).filter((name) => name.startsWith('word/media/'))).toHaveLength(2);
    // The turned photo is turned in Word as well (a quarter clockwise).
    expect(document).toMatch(/rot="5400000"/);
  });
});
