// Figures of a measure that several chapters print the same way: its dots and its budget.
import type { PlanProject } from '../../../../shared/plan';
import type { PlanContext } from '../context';

/** The project's own dots and those of the ideas it came from, as the Projektbibliothek counts. */
export function totalDots(context: PlanContext, project: PlanProject): number {
  const ideas = context.ideasByProject.get(project.id) ?? [];
  return ideas.reduce((sum, idea) => sum + idea.dots, project.dots);
}

export interface BudgetSum {
  /** The budgets given, added up. */
  cents: number;
  /** How many projects give a budget, and how many none. */
  given: number;
  missing: number;
}

export function budgetSum(projects: readonly PlanProject[]): BudgetSum {
  const sum: BudgetSum = { cents: 0, given: 0, missing: 0 };
  for (const project of projects) {
    if (project.budgetCents === null) sum.missing += 1;
    else {
      sum.cents += project.budgetCents;
      sum.given += 1;
    }
  }
  return sum;
}

/** A text on one line cut at a word to `max` characters, so a table row stays a few lines high. */
export function shortened(text: string, max = 80): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')} …`;
}
