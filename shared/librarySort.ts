// The library table's sort, as the table shows it and the CSV table writes it: one comparison per
// column, ties by id, so both put the same projects in the same order.
import { priorities, projectStatusLabels } from './domain';
import type { LibraryProject } from './library';

export const librarySortKeys = [
  'title',
  'actionField',
  'targetGroups',
  'lead',
  'period',
  'budget',
  'priority',
  'status',
  'dots',
] as const;
export type LibrarySortKey = (typeof librarySortKeys)[number];

export interface LibrarySort {
  key: LibrarySortKey;
  descending: boolean;
}

const collator = new Intl.Collator('de');

/** Ascending; without a start or a priority a project comes last, without a budget first. */
function compare(key: LibrarySortKey, a: LibraryProject, b: LibraryProject): number {
  switch (key) {
    case 'title':
      return collator.compare(a.title, b.title);
    case 'actionField':
      return collator.compare(a.actionFieldName, b.actionFieldName);
    case 'targetGroups':
      return collator.compare(a.targetGroupNames.join(', '), b.targetGroupNames.join(', '));
    case 'lead':
      return collator.compare(a.lead, b.lead);
    case 'period':
      return (a.startMonth ?? '9999').localeCompare(b.startMonth ?? '9999');
    case 'budget':
      return (a.budgetCents ?? -1) - (b.budgetCents ?? -1);
    case 'priority':
      return priorityRank(a) - priorityRank(b);
    case 'status':
      return collator.compare(projectStatusLabels[a.status], projectStatusLabels[b.status]);
    case 'dots':
      return a.dots - b.dots;
  }
}

const priorityRank = ({ priority }: LibraryProject) =>
  priority === null ? priorities.length : priorities.indexOf(priority);

/** A sorted copy; descending reverses the whole order, ties included. */
export function sortLibraryProjects<P extends LibraryProject>(
  projects: P[],
  sort: LibrarySort,
): P[] {
  const sorted = [...projects].sort((a, b) => compare(sort.key, a, b) || a.id - b.id);
  return sort.descending ? sorted.reverse() : sorted;
}
