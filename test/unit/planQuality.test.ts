// The quality check before export: a plan built by hand with known gaps, and the check must name
// exactly those gaps — nothing complete listed, nothing missing left out.
import { describe, expect, it } from 'vitest';
import { defaultExportOptions, planFormatVersion } from '../../shared/plan';
import type { PlanData, PlanProject, PlanSwotEntry } from '../../shared/plan';
import { planQuality, qualityCount } from '../../shared/planQuality';

function project(id: number, changes: Partial<PlanProject>): PlanProject {
  return {
    id,
    actionFieldId: 1,
    title: `Projekt ${id}`,
    description: '',
    lead: 'Bauamt',
    partners: '',
    startMonth: '2027-01',
    endMonth: '2027-12',
    budgetCents: 100_000,
    funding: '',
    indicators: '',
    priority: null,
    keyMeasure: false,
    status: 'geplant',
    projectGoal: null,
    projectType: '',
    areaScope: null,
    dots: 0,
    milestones: [],
    targetGroups: [],
    strategicGoalIds: [1],
    swotIds: [],
    createdAt: null,
    ...changes,
  };
}

const swot = (id: number, kind: PlanSwotEntry['kind']): PlanSwotEntry => ({
  id,
  kind,
  text: `SWOT ${id}`,
  evidence: '',
  actionField: '',
});

/**
 * No Prozess, no Zwischenbilanz (nothing entered); project 10 complete, 11 without lead,
 * 12 without end month, 13 without start and budget, 14 with a blank lead and no budget (only its
 * period filled: a sketch, no measure, in the default mode); Leitziel 2 unused; weakness 21 and
 * risk 23 unanswered, weakness 22 answered, strength and chance never count.
 */
const plan: PlanData = {
  formatVersion: planFormatVersion,
  asOf: '2026-12-06T12:00:00Z',
  kommune: {
    name: 'Prüfstadt',
    officialKey: '',
    state: '',
    district: '',
    inhabitants: null,
    consultant: '',
    periodStart: null,
    periodEnd: null,
    logo: null,
  },
  steps: [],
  kickoff: {
    date: null,
    place: '',
    participantCount: null,
    invitedBy: '',
    headPresent: false,
    nextSteps: '',
    agreements: [],
  },
  actors: [],
  strategicGoals: [
    { id: 1, text: 'Junge Familien halten' },
    { id: 2, text: 'Ortsmitte beleben' },
  ],
  indicators: [],
  charts: [],
  swot: [
    swot(20, 'staerke'),
    swot(21, 'schwaeche'),
    swot(22, 'schwaeche'),
    swot(23, 'risiko'),
    swot(24, 'chance'),
  ],
  inventory: [],
  workshops: [],
  actionFields: [{ id: 1, name: 'Wohnen', description: '', color: '#336699' }],
  projects: [
    project(10, { swotIds: [22, 20] }),
    project(11, { lead: '' }),
    project(12, { endMonth: null }),
    project(13, { startMonth: null, budgetCents: null }),
    project(14, { lead: '  ', budgetCents: null }),
  ],
  ideas: [],
  reviews: [],
};

const ids = (items: { id: number }[]) => items.map((item) => item.id);

describe('the quality check before export', () => {
  it('lists exactly the gaps of a constructed plan', () => {
    const quality = planQuality(plan, defaultExportOptions);
    expect(quality.leftOut).toEqual([
      { key: 'prozess', title: 'Prozess', reason: 'leer' },
      { key: 'zwischenbilanz', title: 'Umsetzung und Zwischenbilanz', reason: 'leer' },
    ]);
    expect(ids(quality.sketches)).toEqual([14]);
    expect(ids(quality.withoutLead)).toEqual([11]);
    expect(ids(quality.withoutPeriod)).toEqual([12, 13]);
    expect(ids(quality.withoutBudget)).toEqual([13]);
    expect(quality.withoutLead[0]).toEqual({ id: 11, title: 'Projekt 11' });
    expect(quality.goalsWithoutMeasure).toEqual([{ id: 2, text: 'Ortsmitte beleben' }]);
    expect(quality.unansweredSwot).toEqual([
      { id: 21, kind: 'schwaeche', text: 'SWOT 21' },
      { id: 23, kind: 'risiko', text: 'SWOT 23' },
    ]);
    expect(qualityCount(quality)).toBe(2 + 1 + 1 + 2 + 1 + 1 + 2);
  });

  it('checks a sketch as a measure when it is printed marked „Steckbrief unvollständig“', () => {
    const quality = planQuality(plan, { ...defaultExportOptions, mostlyEmptySheets: 'marked' });
    expect(ids(quality.sketches)).toEqual([14]);
    expect(ids(quality.withoutLead)).toEqual([11, 14]);
    expect(ids(quality.withoutBudget)).toEqual([13, 14]);
  });

  it('finds nothing in a plan without gaps', () => {
    const complete: PlanData = {
      ...plan,
      projects: [project(10, { strategicGoalIds: [1, 2], swotIds: [21, 22, 23] })],
      reviews: [
        { id: 1, date: '2027-06-01', versionLabel: '', notes: '', adjustments: '', measures: [] },
      ],
      workshops: [
        { id: 1, title: 'Werkstatt', date: null, place: '', participantCount: null, groups: [] },
      ],
    };
    expect(qualityCount(planQuality(complete, defaultExportOptions))).toBe(0);
  });

  it('names chapters switched off, and ignores gaps of chapters not printed', () => {
    const quality = planQuality(plan, {
      sections: {
        ausgangslage: false,
        prozess: true,
        leitziele: false,
        massnahmen: false,
        uebersicht: false,
        zwischenbilanz: true,
      },
    });
    expect(quality.leftOut.map(({ key, reason }) => `${key}:${reason}`)).toEqual([
      'ausgangslage:abgewaehlt',
      'prozess:leer',
      'leitziele:abgewaehlt',
      'massnahmen:abgewaehlt',
      'uebersicht:abgewaehlt',
      'zwischenbilanz:leer',
    ]);
    expect(quality.withoutLead).toEqual([]);
    expect(quality.withoutPeriod).toEqual([]);
    expect(quality.withoutBudget).toEqual([]);
    expect(quality.goalsWithoutMeasure).toEqual([]);
    expect(quality.unansweredSwot).toEqual([]);
  });

  it('checks the measures when only the Maßnahmenübersicht shows them', () => {
    const quality = planQuality(plan, {
      sections: { ...defaultExportOptions.sections, massnahmen: false },
    });
    expect(ids(quality.withoutBudget)).toEqual([13]);
    expect(quality.sketches).toEqual([]);
  });
});
