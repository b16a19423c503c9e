// The quality check before export: what the Werkstattplan will lack, found in the same data the
// document is built from, so the list names exactly what the council would miss in the document.
import { planSectionKeys, planSectionTitles, sectionHasData } from './plan';
import type { ExportOptions, PlanData, PlanProject, PlanSectionKey } from './plan';
import { steckbriefMostlyEmpty } from './steckbrief';

export interface LeftOutChapter {
  key: PlanSectionKey;
  title: string;
  /** Switched off by the user, or left out because nothing was entered for it. */
  reason: 'abgewaehlt' | 'leer';
}

export interface QualityProject {
  id: number;
  title: string;
}

export interface QualitySwotEntry {
  id: number;
  kind: 'schwaeche' | 'risiko';
  text: string;
}

export interface PlanQuality {
  leftOut: LeftOutChapter[];
  /**
   * Projects whose Steckbrief is mostly empty: listed under „Weitere Projektideen“ instead of as
   * measures, or printed marked „Steckbrief unvollständig“ (ExportOptions.mostlyEmptySheets).
   */
  sketches: QualityProject[];
  withoutLead: QualityProject[];
  withoutPeriod: QualityProject[];
  withoutBudget: QualityProject[];
  goalsWithoutMeasure: { id: number; text: string }[];
  unansweredSwot: QualitySwotEntry[];
}

const asItem = (project: PlanProject): QualityProject => ({
  id: project.id,
  title: project.title,
});

/**
 * The gaps of the plan as it would be exported with these options. A gap in a chapter that is not
 * printed does not count: measures matter only when a chapter shows them, Leitziele only with
 * „Leitziele“, the SWOT only with „Ausgangslage“.
 */
export function planQuality(
  plan: PlanData,
  options: Pick<ExportOptions, 'sections'> & Partial<Pick<ExportOptions, 'mostlyEmptySheets'>>,
): PlanQuality {
  const on = options.sections;
  // In the default mode a sketch is no measure: its gaps are the sketch itself, not each field.
  const sketchesApart = (options.mostlyEmptySheets ?? 'ideasTable') === 'ideasTable';
  const measures = sketchesApart
    ? plan.projects.filter((project) => !steckbriefMostlyEmpty(project))
    : plan.projects;
  const leftOut = planSectionKeys.flatMap((key): LeftOutChapter[] => {
    if (!on[key]) return [{ key, title: planSectionTitles[key], reason: 'abgewaehlt' }];
    return sectionHasData(plan, key)
      ? []
      : [{ key, title: planSectionTitles[key], reason: 'leer' }];
  });
  const projects = on.massnahmen || on.uebersicht ? measures : [];
  const goalsInUse = new Set(measures.flatMap((project) => project.strategicGoalIds));
  const answered = new Set(plan.projects.flatMap((project) => project.swotIds));
  return {
    leftOut,
    sketches: on.massnahmen ? plan.projects.filter(steckbriefMostlyEmpty).map(asItem) : [],
    withoutLead: projects.filter((project) => project.lead.trim() === '').map(asItem),
    withoutPeriod: projects
      .filter((project) => project.startMonth === null || project.endMonth === null)
      .map(asItem),
    withoutBudget: projects.filter((project) => project.budgetCents === null).map(asItem),
    goalsWithoutMeasure: on.leitziele
      ? plan.strategicGoals
          .filter((goal) => !goalsInUse.has(goal.id))
          .map(({ id, text }) => ({ id, text }))
      : [],
    unansweredSwot: on.ausgangslage
      ? plan.swot.flatMap((entry): QualitySwotEntry[] =>
          (entry.kind === 'schwaeche' || entry.kind === 'risiko') && !answered.has(entry.id)
            ? [{ id: entry.id, kind: entry.kind, text: entry.text }]
            : [],
        )
      : [],
  };
}

/** How many findings in all (the heading says whether there is anything to do). */
export function qualityCount(quality: PlanQuality): number {
  return (
    quality.leftOut.length +
    quality.sketches.length +
    quality.withoutLead.length +
    quality.withoutPeriod.length +
    quality.withoutBudget.length +
    quality.goalsWithoutMeasure.length +
    quality.unansweredSwot.length
  );
}
