// The process's pure rules: the Gemeindeschlüssel and its Land, periods, the contract's German
// refusals, where the process stands, the review's comparison, and older Fassungen read today.
import { describe, expect, it } from 'vitest';
import { kickoffChanges } from '../../shared/contract/kickoff';
import { kommuneChanges } from '../../shared/contract/kommune';
import { measureChanges } from '../../shared/contract/reviews';
import { stepChanges } from '../../shared/contract/steps';
import { newWorkspaceInput } from '../../shared/contract/workspace';
import {
  landOfOfficialKey,
  officialKeyProblem,
  periodProblem,
  stateMismatch,
} from '../../shared/kommune';
import { planFormatVersion } from '../../shared/plan';
import { upgradePlanData } from '../../shared/planFormat';
import { processPosition } from '../../shared/process';
import type { StepDetail } from '../../shared/process';
import { measureDifferences, reviewMeasures } from '../../shared/review';
import type { MeasureFacts, ReviewEntry } from '../../shared/review';
import { fieldMessage } from '../../renderer/process/saving';

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe('the Amtlicher Gemeindeschlüssel', () => {
  it('names its Land by the first two digits', () => {
    expect(landOfOfficialKey('15089999')).toBe('Sachsen-Anhalt');
    expect(landOfOfficialKey('09162000')).toBe('Bayern');
    expect(landOfOfficialKey('11000000')).toBe('Berlin');
    expect(landOfOfficialKey('17000000')).toBeUndefined();
    expect(landOfOfficialKey('1508999')).toBeUndefined();
  });

  it('is 8 digits with a Land code from 01 to 16, or empty', () => {
    expect(officialKeyProblem('')).toBeUndefined();
    expect(officialKeyProblem('14521000')).toBeUndefined();
    expect(officialKeyProblem('1452100')).toContain('genau 8 Ziffern');
    expect(officialKeyProblem('145210001234')).toContain('genau 8 Ziffern');
    expect(officialKeyProblem('1452l000')).toContain('genau 8 Ziffern');
    expect(officialKeyProblem('00521000')).toContain('Bundesland (01 bis 16)');
    expect(officialKeyProblem('99521000')).toContain('Bundesland (01 bis 16)');
  });

  it('contradicts a Bundesland of another Land, and fits an empty one', () => {
    expect(stateMismatch('15089999', 'Bayern')).toBe(
      'Der Gemeindeschlüssel 15089999 gehört zu Sachsen-Anhalt, nicht zu Bayern.',
    );
    expect(stateMismatch('15089999', 'Sachsen-Anhalt')).toBeUndefined();
    expect(stateMismatch('15089999', '')).toBeUndefined();
    expect(stateMismatch('', 'Bayern')).toBeUndefined();
  });

  it('is checked by the contract with a German message, when creating and when editing', () => {
    expect(messages(kommuneChanges.safeParse({ officialKey: '123' }))).toEqual([
      'Der Amtliche Gemeindeschlüssel hat genau 8 Ziffern, z. B. 15089999.',
    ]);
    expect(kommuneChanges.parse({ officialKey: ' 14521000 ' })).toEqual({
      officialKey: '14521000',
    });
    const mismatch = newWorkspaceInput.safeParse({
      name: 'Aue',
      officialKey: '15089999',
      state: 'Sachsen',
    });
    expect(messages(mismatch)).toEqual([
      'Der Gemeindeschlüssel 15089999 gehört zu Sachsen-Anhalt, nicht zu Sachsen.',
    ]);
  });
});

describe('the contract refuses in German', () => {
  it('dates that cannot be on a calendar, and months without a month', () => {
    expect(messages(stepChanges.safeParse({ startDate: '2026-13-01' }))).toEqual([
      'Bitte ein gültiges Datum angeben.',
    ]);
    expect(messages(kommuneChanges.safeParse({ periodStart: '2026-00' }))).toEqual([
      'Bitte einen Monat wie 2027-03 angeben.',
    ]);
  });

  it('texts over their limits, naming the field', () => {
    expect(messages(kickoffChanges.safeParse({ place: 'x'.repeat(161) }))).toEqual([
      'Ort: höchstens 160 Zeichen.',
    ]);
    expect(messages(measureChanges.safeParse({ barriers: 'x'.repeat(5_001) }))).toEqual([
      'Hemmnisse: höchstens 5.000 Zeichen.',
    ]);
  });

  it('inhabitants that are no whole number', () => {
    expect(messages(kommuneChanges.safeParse({ inhabitants: 12.5 }))).toEqual([
      'Die Einwohnerzahl bitte als ganze Zahl angeben, z. B. 12.500.',
    ]);
    expect(messages(kommuneChanges.safeParse({ inhabitants: -1 }))).toEqual([
      'Die Einwohnerzahl kann nicht negativ sein.',
    ]);
  });

  it('and the field shows the sentence without the general opening and the field name', () => {
    expect(
      fieldMessage({
        code: 'INVALID_INPUT',
        message: 'Die Eingabe ist ungültig. Ort: höchstens 160 Zeichen. (Feld „changes.place“)',
      }),
    ).toBe('Ort: höchstens 160 Zeichen.');
    expect(fieldMessage({ code: 'NOT_FOUND', message: 'Diesen Akteur gibt es nicht mehr.' })).toBe(
      'Diesen Akteur gibt es nicht mehr.',
    );
  });
});

describe('periods', () => {
  it('may be open at either end, but never end before they start', () => {
    expect(periodProblem('2026-02', '2028-06')).toBeUndefined();
    expect(periodProblem('2026-02', '2026-02')).toBeUndefined();
    expect(periodProblem(null, '2028-06')).toBeUndefined();
    expect(periodProblem('2028-06', '2026-02')).toBe(
      'Das Ende des Projektzeitraums liegt vor dem Beginn.',
    );
  });
});

const step = (key: StepDetail['key'], status: StepDetail['status'], done: boolean[] = []) =>
  ({
    key,
    status,
    startDate: null,
    endDate: null,
    doneDate: null,
    notes: '',
    checklist: done.map((isDone, index) => ({
      id: index + 1,
      text: `Punkt ${index}`,
      done: isDone,
    })),
  }) satisfies StepDetail;

describe('where the process stands', () => {
  it('is the first unfinished step, with its open items and the step after it', () => {
    const position = processPosition([
      step('profile', 'in_arbeit', [true, false, false]),
      step('kickoff', 'abgeschlossen', [true]),
      step('workshop', 'offen'),
      step('plan', 'offen'),
      step('review', 'offen'),
    ]);
    expect(position.current?.key).toBe('profile');
    expect(position.next?.key).toBe('workshop');
    expect(position.openItems.map((item) => item.id)).toEqual([2, 3]);
    expect(position.finishedCount).toBe(1);
  });

  it('is done when all five steps are', () => {
    const keys = ['kickoff', 'profile', 'workshop', 'plan', 'review'] as const;
    const position = processPosition(keys.map((key) => step(key, 'abgeschlossen')));
    expect(position).toMatchObject({ current: undefined, next: undefined, finishedCount: 5 });
  });
});

const facts = (id: number, changes: Partial<MeasureFacts> = {}): MeasureFacts => ({
  id,
  actionField: 'Wohnen',
  title: `Maßnahme ${id}`,
  lead: 'Bauamt',
  startMonth: '2026-10',
  endMonth: '2028-12',
  budgetCents: 42_000_000,
  status: 'geplant',
  indicators: `Ziel ${id}`,
  createdAt: `2026-01-0${id}T00:00:00.000Z`,
  ...changes,
});

const entry = (id: number, changes: Partial<ReviewEntry>): ReviewEntry => ({
  id,
  projectId: null,
  versionProjectId: null,
  projectTitle: '',
  status: 'in_umsetzung',
  trafficLight: 'gruen',
  progress: '',
  barriers: '',
  enablers: '',
  nextSteps: '',
  indicatorNow: '',
  ...changes,
});

describe('the Zwischenbilanz compares with the Fassung', () => {
  it('side by side where title, period, budget or lead differ', () => {
    expect(
      measureDifferences(
        facts(1),
        facts(1, { endMonth: '2029-06', budgetCents: 50_000_000, status: 'in_umsetzung' }),
      ),
    ).toEqual([
      {
        label: 'Zeitraum',
        then: 'Oktober 2026 – Dezember 2028',
        now: 'Oktober 2026 – Juni 2029',
      },
      { label: 'Budget', then: '420.000\u00a0€', now: '500.000\u00a0€' },
    ]);
  });

  it('marks measures added and dropped since, and keeps what was recorded for each', () => {
    const measures = reviewMeasures({
      adopted: [facts(1), facts(2), facts(3, { actionField: 'Mobilität' })],
      today: [
        facts(1, { lead: 'Stadtwerke' }),
        facts(4, { actionField: 'Mobilität' }),
        facts(2, { actionField: 'Mobilität' }),
      ],
      entries: [
        entry(10, { projectId: 1, progress: 'läuft' }),
        entry(11, { versionProjectId: 3, projectTitle: 'Maßnahme 3', progress: 'aufgegeben' }),
      ],
    });
    expect(measures.map((m) => [m.title, m.change, m.actionField])).toEqual([
      ['Maßnahme 1', 'unchanged', 'Wohnen'],
      ['Maßnahme 4', 'added', 'Mobilität'],
      ['Maßnahme 2', 'unchanged', 'Mobilität'],
      ['Maßnahme 3', 'dropped', 'Mobilität'],
    ]);
    expect(measures[0]).toMatchObject({
      entryId: 10,
      progress: 'läuft',
      differences: [{ label: 'Verantwortlich', then: 'Bauamt', now: 'Stadtwerke' }],
    });
    // A measure nobody reviewed yet shows today's status and no light.
    expect(measures[1]).toMatchObject({ entryId: null, status: 'geplant', trafficLight: null });
    expect(measures[3]).toMatchObject({ entryId: 11, projectId: null, progress: 'aufgegeben' });
  });

  it('tells a later project with a reused id from the one in the Fassung', () => {
    const measures = reviewMeasures({
      adopted: [facts(5)],
      today: [facts(5, { title: 'Ganz neu', createdAt: '2027-05-01T00:00:00.000Z' })],
      entries: [],
    });
    expect(measures.map((m) => [m.title, m.change])).toEqual([
      ['Ganz neu', 'added'],
      ['Maßnahme 5', 'dropped'],
    ]);
  });

  it('without its Fassung keeps every entry, names none added or dropped, compares nothing', () => {
    const measures = reviewMeasures({
      adopted: null,
      today: [facts(1)],
      entries: [entry(20, { projectId: 1 }), entry(21, { projectTitle: 'Gelöschtes Projekt' })],
    });
    expect(measures.map((m) => [m.title, m.change, m.entryId])).toEqual([
      ['Maßnahme 1', null, 20],
      ['Gelöschtes Projekt', null, 21],
    ]);
    expect(measures.every((m) => m.differences.length === 0)).toBe(true);
  });
});

describe('Fassungen frozen by older versions of the app', () => {
  it('are read as today’s plan data, their review entries as measures', () => {
    const v1 = {
      formatVersion: 1,
      asOf: '2026-05-12T10:00:00.000Z',
      steps: [{ key: 'kickoff', status: 'offen', startDate: null, endDate: null, notes: '' }],
      actors: [{ name: 'A', organisation: 'B', role: 'C' }],
      projects: [{ id: 1, title: 'P' }],
      indicators: [{ name: 'Einwohner', unit: '', source: '', values: [{ year: 2020, value: 9 }] }],
      swot: [],
      inventory: [],
      reviews: [
        {
          id: 1,
          date: '2027-05-01',
          notes: 'gut',
          entries: [
            { projectTitle: 'P', status: 'geplant', progress: 'x', barriers: 'y', enablers: 'z' },
          ],
        },
      ],
    };
    const plan = upgradePlanData(v1);
    expect(plan?.formatVersion).toBe(planFormatVersion);
    expect(plan?.steps[0]?.doneDate).toBeNull();
    expect(plan?.actors[0]?.steeringGroup).toBe(false);
    expect(plan?.projects[0]?.createdAt).toBeNull();
    expect(plan?.kickoff.agreements).toEqual([]);
    expect(plan?.indicators[0]?.values).toEqual([
      { time: '2020', value: 9, flag: null, quality: null },
    ]);
    expect(plan?.reviews[0]?.measures[0]).toMatchObject({
      title: 'P',
      progress: 'x',
      barriers: 'y',
      enablers: 'z',
      change: null,
    });
  });

  it('from a newer version are not guessed at', () => {
    expect(upgradePlanData({ formatVersion: planFormatVersion + 1 })).toBeUndefined();
    expect(upgradePlanData('kein Plan')).toBeUndefined();
  });
});
