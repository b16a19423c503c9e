// The quality check through the backend: a workspace filled by the same calls the app makes, a real
// SQLite file, and `plan:quality` naming exactly its gaps — then fewer as they are filled.
import { describe, expect, it } from 'vitest';
import { defaultExportOptions } from '../../shared/plan';
import { call, closedAfterEach } from '../support/backend';
import { freshFolders } from '../support/folders';

const freshDir = freshFolders('kw-quality-');
const backendIn = closedAfterEach();

const sections = defaultExportOptions.sections;

describe('plan:quality', () => {
  it('names the gaps of a workspace and forgets each once it is filled', async () => {
    const backend = backendIn(freshDir());
    await call(backend, 'workspace:create', { name: 'Lückenhausen' });
    const catalogs = await call(backend, 'catalogs:list', {});
    const field = catalogs.actionFields[0]?.id as number;
    const existingGoals = catalogs.strategicGoals.map((goal) => goal.id);

    const complete = await call(backend, 'projects:create', {
      actionFieldId: field,
      title: 'Dorfladen',
    });
    await call(backend, 'projects:update', {
      id: complete.id,
      changes: { lead: 'Bauamt', startMonth: '2027-01', endMonth: '2027-12', budgetCents: 500_000 },
    });
    // Described and measured, but nobody responsible, no period, no money: a measure with gaps.
    const bare = await call(backend, 'projects:create', {
      actionFieldId: field,
      title: 'Bürgerbus',
    });
    await call(backend, 'projects:update', {
      id: bare.id,
      changes: { description: 'Ehrenamtliche fahren Ältere', indicators: 'Fahrgäste je Woche' },
    });
    // Only a title: a sketch for „Weitere Projektideen“, not a measure with three gaps.
    const sketch = await call(backend, 'projects:create', {
      actionFieldId: field,
      title: 'Kino im Sommer',
    });
    const goals = await call(backend, 'strategicGoals:create', { text: 'Ortsmitte beleben' });
    const goal = goals.strategicGoals.find((entry) => entry.text === 'Ortsmitte beleben');
    const profile = await call(backend, 'swot:create', { kind: 'risiko', text: 'Ärztemangel' });
    const risk = profile.swot.find((entry) => entry.text === 'Ärztemangel');
    await call(backend, 'swot:create', { kind: 'staerke', text: 'Vereinsleben' });

    const before = await call(backend, 'plan:quality', { sections });
    expect(before.leftOut.map((chapter) => chapter.key)).toEqual(
      // A fresh workspace has no Prozess and no Zwischenbilanz to report.
      ['prozess', 'zwischenbilanz'],
    );
    expect(before.sketches).toEqual([{ id: sketch.id, title: 'Kino im Sommer' }]);
    expect(before.withoutLead).toEqual([{ id: bare.id, title: 'Bürgerbus' }]);
    expect(before.withoutPeriod).toEqual([{ id: bare.id, title: 'Bürgerbus' }]);
    expect(before.withoutBudget).toEqual([{ id: bare.id, title: 'Bürgerbus' }]);
    expect(before.goalsWithoutMeasure.map((entry) => entry.id)).toEqual([
      ...existingGoals,
      goal?.id,
    ]);
    expect(before.unansweredSwot).toEqual([{ id: risk?.id, kind: 'risiko', text: 'Ärztemangel' }]);

    await call(backend, 'projects:update', { id: bare.id, changes: { lead: 'Verkehrsverein' } });
    await call(backend, 'projects:setStrategicGoals', {
      id: bare.id,
      strategicGoalIds: [...existingGoals, goal?.id as number],
    });
    await call(backend, 'projects:setSwotEntries', {
      id: bare.id,
      swotEntryIds: [risk?.id as number],
    });
    const after = await call(backend, 'plan:quality', { sections });
    expect(after.withoutLead).toEqual([]);
    expect(after.withoutPeriod).toEqual([{ id: bare.id, title: 'Bürgerbus' }]);
    expect(after.goalsWithoutMeasure).toEqual([]);
    expect(after.unansweredSwot).toEqual([]);

    const fewer = await call(backend, 'plan:quality', {
      sections: { ...sections, prozess: false, massnahmen: false, uebersicht: false },
    });
    expect(fewer.leftOut.map((chapter) => `${chapter.key}:${chapter.reason}`)).toEqual([
      'prozess:abgewaehlt',
      'massnahmen:abgewaehlt',
      'uebersicht:abgewaehlt',
      'zwischenbilanz:leer',
    ]);
    expect(fewer.withoutPeriod).toEqual([]);
  });
});
