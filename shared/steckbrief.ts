// When a project's Steckbrief (fact sheet) says too little to be printed as one: a council adopts
// measures with a description, someone responsible, a period, money, indicators or milestones;
// a project with hardly any of these is still an idea, not a measure.
import type { PlanProject } from './plan';

/** The Steckbrief fields that make a project a measure, each filled or not. */
export function steckbriefFacts(project: PlanProject): Record<string, boolean> {
  return {
    description: project.description.trim() !== '',
    lead: project.lead.trim() !== '',
    period: project.startMonth !== null || project.endMonth !== null,
    budget: project.budgetCents !== null || project.funding.trim() !== '',
    indicators: project.indicators.trim() !== '',
    milestones: project.milestones.length > 0,
  };
}

/** Fewer than this many of the facts filled: the Steckbrief counts as mostly empty. */
export const minimumSteckbriefFacts = 2;

/** Whether the Steckbrief is mostly empty (printed as a skeleton, it would show two rows). */
export function steckbriefMostlyEmpty(project: PlanProject): boolean {
  const filled = Object.values(steckbriefFacts(project)).filter(Boolean).length;
  return filled < minimumSteckbriefFacts;
}
