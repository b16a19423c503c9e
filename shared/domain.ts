// Domain vocabulary shared by backend and renderer: enums as the file stores them, German labels for the UI.

export const phases = ['kritik', 'fantasie', 'umsetzung'] as const;
export type Phase = (typeof phases)[number];
export const phaseLabels: Record<Phase, string> = {
  kritik: 'Kritik',
  fantasie: 'Fantasie',
  umsetzung: 'Umsetzung',
};
/** The question each phase asks the room. */
export const phaseQuestions: Record<Phase, string> = {
  kritik: 'Was stört?',
  fantasie: 'Es wäre schön, wenn …',
  umsetzung: 'Was packen wir an?',
};

/**
 * Whether the room sees a card: 'concealed' while brainwriting keeps phone cards from the projector
 * (only counted until revealed), 'hidden' when the facilitator took one off the board.
 */
export const ideaVisibilities = ['shown', 'concealed', 'hidden'] as const;
export type IdeaVisibility = (typeof ideaVisibilities)[number];

export const stepKeys = ['kickoff', 'profile', 'workshop', 'plan', 'review'] as const;
export type StepKey = (typeof stepKeys)[number];
export const stepLabels: Record<StepKey, string> = {
  kickoff: 'Kick-Off',
  profile: 'Kommunalprofil',
  workshop: 'Zukunftswerkstatt',
  plan: 'Werkstattplan',
  review: 'Zwischenbilanz',
};

export const stepStatuses = ['offen', 'in_arbeit', 'abgeschlossen'] as const;
export type StepStatus = (typeof stepStatuses)[number];
export const stepStatusLabels: Record<StepStatus, string> = {
  offen: 'offen',
  in_arbeit: 'in Arbeit',
  abgeschlossen: 'abgeschlossen',
};

export const projectStatuses = [
  'idee',
  'geplant',
  'in_umsetzung',
  'abgeschlossen',
  'zurueckgestellt',
] as const;
export type ProjectStatus = (typeof projectStatuses)[number];
export const projectStatusLabels: Record<ProjectStatus, string> = {
  idee: 'Idee',
  geplant: 'geplant',
  in_umsetzung: 'in Umsetzung',
  abgeschlossen: 'abgeschlossen',
  zurueckgestellt: 'zurückgestellt',
};

export const priorities = ['hoch', 'mittel', 'niedrig'] as const;
export type Priority = (typeof priorities)[number];

export const projectGoals = [
  'wirtschaft_staerken',
  'strukturen_umbauen',
  'daseinsvorsorge_sichern',
  'soziales_miteinander',
] as const;
export type ProjectGoal = (typeof projectGoals)[number];
export const projectGoalLabels: Record<ProjectGoal, string> = {
  wirtschaft_staerken: 'Wirtschaft stärken',
  strukturen_umbauen: 'Strukturen umbauen',
  daseinsvorsorge_sichern: 'Daseinsvorsorge sichern',
  soziales_miteinander: 'Soziales Miteinander vertiefen',
};

export const areaScopes = ['lokal', 'regional', 'interkommunal'] as const;
export type AreaScope = (typeof areaScopes)[number];

export const swotKinds = ['staerke', 'schwaeche', 'chance', 'risiko'] as const;
export type SwotKind = (typeof swotKinds)[number];
export const swotKindLabels: Record<SwotKind, string> = {
  staerke: 'Stärke',
  schwaeche: 'Schwäche',
  chance: 'Chance',
  risiko: 'Risiko',
};
/** The SWOT's quadrants as headed on the screen and in the plan. */
export const swotKindPlurals: Record<SwotKind, string> = {
  staerke: 'Stärken',
  schwaeche: 'Schwächen',
  chance: 'Chancen',
  risiko: 'Risiken',
};

export const bundeslaender = [
  'Baden-Württemberg',
  'Bayern',
  'Berlin',
  'Brandenburg',
  'Bremen',
  'Hamburg',
  'Hessen',
  'Mecklenburg-Vorpommern',
  'Niedersachsen',
  'Nordrhein-Westfalen',
  'Rheinland-Pfalz',
  'Saarland',
  'Sachsen',
  'Sachsen-Anhalt',
  'Schleswig-Holstein',
  'Thüringen',
] as const;

/**
 * The hard limit of a card's text. Cards are one thought; the capture field hints from
 * `ideaLengthHint` on, but pasted transcripts of long cards must still round-trip unchanged.
 */
export const maxIdeaLength = 10_000;
export const ideaLengthHint = 200;

export const maxProjectTitleLength = 200;
export const maxDots = 999;

/** The Zwischenbilanz's traffic light per measure. */
export const trafficLights = ['gruen', 'gelb', 'rot'] as const;
export type TrafficLight = (typeof trafficLights)[number];
export const trafficLightLabels: Record<TrafficLight, string> = {
  gruen: 'grün – läuft nach Plan',
  gelb: 'gelb – verzögert oder mit Schwierigkeiten',
  rot: 'rot – gefährdet oder gestoppt',
};
export const trafficLightNames: Record<TrafficLight, string> = {
  gruen: 'grün',
  gelb: 'gelb',
  rot: 'rot',
};
