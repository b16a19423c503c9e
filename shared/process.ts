// The five steps as the app guides them: what each step produces, its checklist and dates, the
// Kick-Off and its Akteure, and where the process stands (the Übersicht's "Als Nächstes").
import { stepKeys } from './domain';
import type { StepKey } from './domain';
import type { PlanStep } from './plan';

export interface ChecklistItem {
  id: number;
  text: string;
  done: boolean;
}

/** A step as the Werkstattplan reports it (PlanStep), with its checklist for the consultant. */
export interface StepDetail extends PlanStep {
  checklist: ChecklistItem[];
}

export interface Actor {
  id: number;
  name: string;
  organisation: string;
  role: string;
  steeringGroup: boolean;
  /** Optional, for the consultant only: never printed in a document. */
  contact: string;
}

export interface Agreement {
  id: number;
  text: string;
}

export interface Kickoff {
  /** "YYYY-MM-DD" */
  date: string | null;
  place: string;
  participantCount: number | null;
  invitedBy: string;
  /** Whether the head of administration (Bürgermeisterin, Bürgermeister) took part. */
  headPresent: boolean;
  nextSteps: string;
  agreements: Agreement[];
}

/** What the Kick-Off screen shows besides the step frame. */
export interface KickoffData {
  kickoff: Kickoff;
  actors: Actor[];
}

/** In the app's own words, after the toolkit of the model project: what each step produces. */
export const stepIntros: Record<StepKey, string> = {
  kickoff:
    'Beim Kick-Off kommen die wichtigen Akteure der Kommune zusammen – mit der Verwaltungsspitze am Tisch. Sie vereinbaren Ziele, Vorgehen und Zeitplan, bilden die Steuerungsgruppe und legen die nächsten Schritte fest.',
  profile:
    'Das Kommunalprofil zeigt auf ein bis zwei Seiten, wo die Kommune steht: Kennzahlen aus der amtlichen Statistik, eine Bestandsaufnahme laufender Maßnahmen und die Stärken, Schwächen, Chancen und Risiken (SWOT). Es ist die gemeinsame Grundlage der Zukunftswerkstatt.',
  workshop:
    'In der Zukunftswerkstatt sammeln Bürgerschaft, Verwaltung, Wirtschaft und Vereine ihre Ideen in drei Phasen: Kritik, Fantasie, Umsetzung. Die Ideen werden Handlungsfeldern zugeordnet, zu Projekten gebündelt und mit Punkten priorisiert.',
  plan: 'Der Werkstattplan macht aus den Ergebnissen ein verbindliches Programm: Jede Maßnahme hat Verantwortliche, einen Zeitraum, ein Budget und Zielgruppen. Der Rat beschließt ihn, und die beschlossene Fassung wird festgeschrieben.',
  review:
    'Etwa zur Hälfte der Laufzeit zieht die Zwischenbilanz Bilanz: Was ist umgesetzt, was hemmt, was hilft? Sie vergleicht jede Maßnahme mit der beschlossenen Fassung, vereinbart nächste Schritte und Anpassungen und bereitet die Verstetigung vor.',
};

export interface ProcessPosition {
  /** The first step not yet finished; undefined when all five are. */
  current: StepDetail | undefined;
  /** The step after it, if any. */
  next: StepDetail | undefined;
  /** The current step's open checklist items, in order. */
  openItems: ChecklistItem[];
  finishedCount: number;
}

/** Where the process stands: steps are worked on in order, so the first unfinished one is current. */
export function processPosition(steps: readonly StepDetail[]): ProcessPosition {
  const ordered = [...steps].sort((a, b) => stepKeys.indexOf(a.key) - stepKeys.indexOf(b.key));
  const index = ordered.findIndex((step) => step.status !== 'abgeschlossen');
  const current = index === -1 ? undefined : ordered[index];
  return {
    current,
    next: index === -1 ? undefined : ordered[index + 1],
    openItems: current?.checklist.filter((item) => !item.done) ?? [],
    finishedCount: ordered.filter((step) => step.status === 'abgeschlossen').length,
  };
}

/** Why a step's planned period is impossible, or undefined. */
export function stepDatesProblem(start: string | null, end: string | null): string | undefined {
  return start !== null && end !== null && end < start
    ? 'Das geplante Ende liegt vor dem Beginn.'
    : undefined;
}
