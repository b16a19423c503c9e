// When a Steckbrief counts as mostly empty: fewer than two of description, Verantwortlich,
// Zeitraum, budget or Fördermittel, indicators and milestones.
import { describe, expect, it } from 'vitest';
import type { PlanProject } from '../../shared/plan';
import { steckbriefMostlyEmpty } from '../../shared/steckbrief';

const bare: PlanProject = {
  id: 1,
  actionFieldId: 1,
  title: 'Bürgerbus',
  description: '',
  lead: '',
  partners: 'Verkehrsverein',
  startMonth: null,
  endMonth: null,
  budgetCents: null,
  funding: '',
  indicators: '',
  priority: 'hoch',
  keyMeasure: true,
  status: 'idee',
  projectGoal: null,
  projectType: 'Infrastruktur',
  areaScope: null,
  dots: 12,
  milestones: [],
  targetGroups: ['Senioren'],
  strategicGoalIds: [1],
  swotIds: [],
  createdAt: null,
};

describe('a mostly empty Steckbrief', () => {
  it('is one with none of the facts, whatever else is set (partners, priority, target groups)', () => {
    expect(steckbriefMostlyEmpty(bare)).toBe(true);
  });

  it.each<[string, Partial<PlanProject>]>([
    ['description', { description: 'Ein Bus fährt.' }],
    ['lead', { lead: 'Ordnungsamt' }],
    ['period (start only)', { startMonth: '2027-01' }],
    ['period (end only)', { endMonth: '2027-12' }],
    ['budget', { budgetCents: 0 }],
    ['funding', { funding: 'LEADER' }],
    ['indicators', { indicators: '500 Fahrgäste' }],
    ['milestones', { milestones: [{ month: null, text: 'Start' }] }],
  ])('is still one with only the %s', (_, fact) => {
    expect(steckbriefMostlyEmpty({ ...bare, ...fact })).toBe(true);
  });

  it('is not one from two facts on', () => {
    expect(steckbriefMostlyEmpty({ ...bare, lead: 'Ordnungsamt', budgetCents: 100 })).toBe(false);
    expect(steckbriefMostlyEmpty({ ...bare, description: 'x', indicators: 'y' })).toBe(false);
  });

  it('does not count blank text as filled', () => {
    expect(steckbriefMostlyEmpty({ ...bare, description: '  \n', lead: ' ' })).toBe(true);
  });
});
