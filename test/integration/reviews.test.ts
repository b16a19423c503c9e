// The Zwischenbilanz through the backend: started against a Fassung, recorded per measure (a status
// becomes the project's own), measures added and dropped since, a Fassung that is gone, the
// Fortschreibung, deleting — all undoable.
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import { call, callFailing, closedAfterEach } from '../support/backend';
import { freshFolders } from '../support/folders';

const freshDir = freshFolders('kw-reviews-');
const backendIn = closedAfterEach();

/** A workspace with three measures in one Handlungsfeld, frozen as "Ratsbeschluss". */
async function adoptedPlan() {
  const backend = backendIn(freshDir());
  await call(backend, 'workspace:create', { name: 'Zeitz' });
  const fieldId = (await call(backend, 'catalogs:list', {})).actionFields[0]!.id;
  const ids: number[] = [];
  for (const title of ['Dorfladen', 'Rufbus', 'Jugendclub']) {
    ids.push((await call(backend, 'projects:create', { actionFieldId: fieldId, title })).id);
  }
  await call(backend, 'projects:update', {
    id: ids[1]!,
    changes: { budgetCents: 10_000_000, lead: 'Landkreis', indicators: '1.000 Fahrgäste' },
  });
  const version = await call(backend, 'plan:freeze', { label: 'Ratsbeschluss' });
  return { backend, fieldId, ids, version };
}

const titles = (review: { measures: { title: string; change: unknown }[] }) =>
  review.measures.map((measure) => [measure.title, measure.change]);

describe('a Zwischenbilanz', () => {
  it('lists the Fassung’s measures, records fields per measure, and the status becomes the project’s', async () => {
    const { backend, ids, version } = await adoptedPlan();
    const review = await call(backend, 'reviews:start', {
      date: '2027-09-23',
      planVersionId: version.id,
    });
    expect(review).toMatchObject({ versionLabel: 'Ratsbeschluss', versionAvailable: true });
    expect(titles(review)).toEqual([
      ['Dorfladen', 'unchanged'],
      ['Rufbus', 'unchanged'],
      ['Jugendclub', 'unchanged'],
    ]);
    const rufbus = review.measures[1]!;
    expect(rufbus).toMatchObject({ entryId: null, indicatorTarget: '1.000 Fahrgäste' });

    const saved = await call(backend, 'reviews:saveMeasure', {
      reviewId: review.id,
      entryId: null,
      projectId: rufbus.projectId,
      versionProjectId: rufbus.versionProjectId,
      changes: { trafficLight: 'rot', barriers: 'Kein Fahrpersonal', status: 'in_umsetzung' },
    });
    const recorded = saved.measures[1]!;
    expect(recorded).toMatchObject({
      trafficLight: 'rot',
      barriers: 'Kein Fahrpersonal',
      status: 'in_umsetzung',
    });
    expect(recorded.entryId).not.toBeNull();
    expect((await call(backend, 'projects:sheet', { id: ids[1]! })).status).toBe('in_umsetzung');

    // The next field goes to the same entry.
    const again = await call(backend, 'reviews:saveMeasure', {
      reviewId: review.id,
      entryId: recorded.entryId,
      projectId: recorded.projectId,
      versionProjectId: recorded.versionProjectId,
      changes: { progress: 'Neu ausgeschrieben' },
    });
    expect(again.measures[1]).toMatchObject({
      entryId: recorded.entryId,
      barriers: 'Kein Fahrpersonal',
      progress: 'Neu ausgeschrieben',
    });
    await call(backend, 'history:undo', {});
    await call(backend, 'history:undo', {});
    expect((await call(backend, 'projects:sheet', { id: ids[1]! })).status).toBe('idee');
    expect((await call(backend, 'reviews:load', { id: review.id })).measures[1]?.entryId).toBe(
      null,
    );
  });

  it('shows what was added and dropped since, and what differs side by side', async () => {
    const { backend, fieldId, ids, version } = await adoptedPlan();
    await call(backend, 'projects:update', {
      id: ids[1]!,
      changes: { budgetCents: 18_200_000, lead: 'Verkehrsverbund' },
    });
    await call(backend, 'projects:create', { actionFieldId: fieldId, title: 'Mitfahrbank' });
    const review = await call(backend, 'reviews:start', {
      date: '2027-09-23',
      planVersionId: version.id,
    });
    // Recorded before its project goes: the entry keeps its title.
    const jugendclub = review.measures[2]!;
    await call(backend, 'reviews:saveMeasure', {
      reviewId: review.id,
      entryId: null,
      projectId: jugendclub.projectId,
      versionProjectId: jugendclub.versionProjectId,
      changes: { progress: 'In den Dorfladen integriert' },
    });
    await call(backend, 'projects:merge', { sourceId: ids[2]!, targetId: ids[0]! });

    const now = await call(backend, 'reviews:load', { id: review.id });
    expect(titles(now)).toEqual([
      ['Dorfladen', 'unchanged'],
      ['Rufbus', 'unchanged'],
      ['Mitfahrbank', 'added'],
      ['Jugendclub', 'dropped'],
    ]);
    expect(now.measures[1]?.differences).toEqual([
      { label: 'Budget', then: '100.000\u00a0€', now: '182.000\u00a0€' },
      { label: 'Verantwortlich', then: 'Landkreis', now: 'Verkehrsverbund' },
    ]);
    expect(now.measures[3]).toMatchObject({
      projectId: null,
      progress: 'In den Dorfladen integriert',
    });
    // A dropped measure is still recorded by its entry.
    const dropped = await call(backend, 'reviews:saveMeasure', {
      reviewId: review.id,
      entryId: now.measures[3]!.entryId,
      projectId: null,
      versionProjectId: now.measures[3]!.versionProjectId,
      changes: { trafficLight: 'gelb' },
    });
    expect(dropped.measures[3]?.trafficLight).toBe('gelb');
  });

  it('outlives its Fassung: everything recorded stays, only the comparison goes', async () => {
    const { backend, ids, version } = await adoptedPlan();
    const review = await call(backend, 'reviews:start', {
      date: '2027-09-23',
      planVersionId: version.id,
    });
    await call(backend, 'reviews:saveMeasure', {
      reviewId: review.id,
      entryId: null,
      projectId: ids[0]!,
      versionProjectId: ids[0]!,
      changes: { progress: 'Laden eröffnet' },
    });
    // No button deletes a Fassung; a tool working on the file might.
    const { db } = backend.workspaces.current();
    db.pragma('foreign_keys = OFF');
    db.prepare('DELETE FROM plan_versions').run();
    db.pragma('foreign_keys = ON');

    const orphaned = await call(backend, 'reviews:load', { id: review.id });
    expect(orphaned).toMatchObject({ versionAvailable: false, versionLabel: 'Ratsbeschluss' });
    expect(orphaned.measures[0]).toMatchObject({ progress: 'Laden eröffnet', change: null });
    expect(orphaned.measures.every((measure) => measure.differences.length === 0)).toBe(true);
    const gone = await callFailing(backend, 'reviews:saveMeasure', {
      reviewId: review.id,
      entryId: null,
      projectId: null,
      versionProjectId: 99,
      changes: { progress: 'x' },
    });
    expect(gone.message).toBe('Diese Maßnahme gibt es in der Fassung nicht.');
  });

  it('is followed by the Fortschreibung, and deleted with everything recorded — both undoable', async () => {
    const { backend, ids, version } = await adoptedPlan();
    const review = await call(backend, 'reviews:start', {
      date: '2027-09-23',
      planVersionId: version.id,
    });
    await call(backend, 'reviews:update', {
      id: review.id,
      changes: { notes: 'Gut angelaufen.', adjustments: 'Rufbus neu ausschreiben' },
    });
    await call(backend, 'reviews:saveMeasure', {
      reviewId: review.id,
      entryId: null,
      projectId: ids[0]!,
      versionProjectId: ids[0]!,
      changes: { trafficLight: 'gruen' },
    });
    const updated = await call(backend, 'reviews:freezeUpdate', {
      id: review.id,
      label: 'Fortschreibung 2027',
    });
    const versions = await call(backend, 'plan:versions', {});
    expect(versions.map((entry) => entry.label)).toContain('Fortschreibung 2027');
    expect(updated.updateVersionId).toBe(
      versions.find((entry) => entry.label === 'Fortschreibung 2027')?.id,
    );
    await call(backend, 'history:undo', {});
    expect((await call(backend, 'plan:versions', {})).map((entry) => entry.label)).toEqual([
      'Ratsbeschluss',
    ]);
    expect((await call(backend, 'reviews:load', { id: review.id })).updateVersionId).toBeNull();

    expect(await call(backend, 'reviews:delete', { id: review.id })).toEqual([]);
    await call(backend, 'history:undo', {});
    const restored = await call(backend, 'reviews:load', { id: review.id });
    expect(restored).toMatchObject({ notes: 'Gut angelaufen.' });
    expect(restored.measures[0]?.trafficLight).toBe('gruen');
    expect((await call(backend, 'workspace:current', {}))?.counts.reviews).toBe(1);
  });

  it('cannot start against a Fassung that does not exist', async () => {
    const { backend } = await adoptedPlan();
    const error = await callFailing(backend, 'reviews:start', {
      date: '2027-09-23',
      planVersionId: 42,
    });
    expect(error).toMatchObject({
      code: 'NOT_FOUND',
      message: 'Diese Fassung des Werkstattplans gibt es nicht mehr.',
    });
    expect(await call(backend, 'reviews:list', {})).toEqual([]);
  });
});

/** The demo's review, as the consultant meets it. */
describe('the demo Musterstadt', () => {
  it('has an adopted Fassung and a Zwischenbilanz against it with every kind of measure', async () => {
    const backend: Backend = backendIn(freshDir());
    await call(backend, 'workspace:openDemo', {});
    const [review] = await call(backend, 'reviews:list', {});
    expect(review).toMatchObject({
      date: '2027-09-23',
      versionLabel: 'Ratsbeschluss vom 26.11.2026',
      versionAvailable: true,
    });
    const detail = await call(backend, 'reviews:load', { id: review!.id });
    const changes = new Set(detail.measures.map((measure) => measure.change));
    expect([...changes].sort()).toEqual(['added', 'dropped', 'unchanged']);
    expect(detail.measures.some((measure) => measure.differences.length > 0)).toBe(true);
    expect(new Set(detail.measures.map((measure) => measure.trafficLight))).toEqual(
      new Set(['gruen', 'gelb', 'rot', null]),
    );
    const kickoff = await call(backend, 'kickoff:load', {});
    expect(kickoff.kickoff.agreements.length).toBeGreaterThan(3);
    expect(kickoff.actors.filter((actor) => actor.steeringGroup).length).toBeGreaterThan(3);
  });
});
