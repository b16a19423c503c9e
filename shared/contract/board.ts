// The Zukunftswerkstatt board: ideas, projects (clusters) and Handlungsfelder. Every mutation is
// one user action, one transaction, and answers with the rows it changed (a patch) plus the
// undo state, so the renderer can confirm its optimistic move or roll it back.
import { z } from 'zod';
import { maxDots, maxIdeaLength, maxProjectTitleLength, phases } from '../domain';
import type { IdeaVisibility, Phase, ProjectStatus } from '../domain';
import { multiLineText, singleLineText } from '../text';
import { method } from './define';
import type { HistoryState } from './history';

export interface Idea {
  id: number;
  text: string;
  phase: Phase;
  workshopId: number | null;
  groupId: number | null;
  author: string;
  dots: number;
  color: string | null;
  /** null: in the Ideenspeicher. */
  projectId: number | null;
  position: number;
  createdAt: string;
  /** The anonymous number of the phone that sent it ("Handy 7"); null when typed on the laptop. */
  device: number | null;
  visibility: IdeaVisibility;
}

export interface BoardProject {
  id: number;
  actionFieldId: number;
  title: string;
  position: number;
  dots: number;
  status: ProjectStatus;
  keyMeasure: boolean;
}

export interface BoardActionField {
  id: number;
  name: string;
  description: string;
  color: string;
  position: number;
  hidden: boolean;
}

export interface BoardWorkshop {
  id: number;
  title: string;
  date: string | null;
  place: string;
  participantCount: number | null;
  position: number;
  groups: { id: number; name: string; position: number }[];
}

export interface BoardData {
  actionFields: BoardActionField[];
  projects: BoardProject[];
  ideas: Idea[];
  workshops: BoardWorkshop[];
  /** The state this answer shows, to continue from with pushed changes (`workspace:changed`). */
  sync: SyncPoint;
}

/**
 * Where a window stands among the committed changes of the open workspace: `epoch` names one
 * opening of the file, `revision` counts its commits (undo and redo included).
 */
export interface SyncPoint {
  epoch: string;
  revision: number;
}

/** Rows a mutation created or changed (complete, as `board:load` would give them) and removed. */
export interface BoardPatch {
  ideas: Idea[];
  removedIdeaIds: number[];
  projects: BoardProject[];
  removedProjectIds: number[];
  actionFields: BoardActionField[];
  removedActionFieldIds: number[];
  workshops: BoardWorkshop[];
  removedWorkshopIds: number[];
}

export interface Mutation {
  patch: BoardPatch;
  history: HistoryState;
}

const id = z.number().int().positive();
const nullableId = id.nullable();

/** A card keeps its spaces as typed; it counts what the user sees. */
export const ideaText = multiLineText({
  label: 'Idee',
  max: maxIdeaLength,
  tooLong: `Eine Karte fasst höchstens ${maxIdeaLength.toLocaleString('de-DE')} Zeichen – bitte eine Idee pro Karte.`,
  required: 'Die Idee ist leer.',
  keepSpaces: true,
});

const projectTitle = singleLineText({
  label: 'Projekttitel',
  max: maxProjectTitleLength,
  required: 'Der Projekttitel ist leer.',
});

const actionFieldName = singleLineText({
  label: 'Name des Handlungsfelds',
  max: 80,
  required: 'Der Name des Handlungsfelds ist leer.',
});
const actionFieldDescription = multiLineText({ label: 'Beschreibung', max: 500 });

const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Die Farbe ist ungültig.');
const dots = z.number().int().min(0, 'Punkte können nicht negativ sein.').max(maxDots);

const captureContext = {
  phase: z.enum(phases),
  workshopId: nullableId.default(null),
  groupId: nullableId.default(null),
};

/** Where a dragged idea lands. */
export const ideaTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('inbox') }).strict(),
  /** Into an existing project, before `beforeIdeaId` (null: at the end). */
  z.object({ kind: z.literal('project'), projectId: id, beforeIdeaId: nullableId }).strict(),
  /** Onto a Handlungsfeld: a new project titled from the idea, before `beforeProjectId`. */
  z
    .object({ kind: z.literal('newProject'), actionFieldId: id, beforeProjectId: nullableId })
    .strict(),
]);
export type IdeaTarget = z.infer<typeof ideaTarget>;

export const boardMethods = {
  /** Everything the board shows: Handlungsfelder, projects, ideas, sessions. */
  'board:load': method<BoardData>()('Alle Daten der Pinnwand.', z.object({}).strict()),
  /** Captures a new card into the Ideenspeicher. */
  'ideas:create': method<Mutation>()(
    'Neue Idee im Ideenspeicher anlegen.',
    z
      .object({
        text: ideaText,
        ...captureContext,
        author: singleLineText({ label: 'Autor', max: 120 }).default(''),
      })
      .strict(),
  ),
  /** Captures several cards at once (a transcribed pinboard): one user action. */
  'ideas:createMany': method<Mutation>()(
    'Mehrere Ideen auf einmal anlegen.',
    z
      .object({
        texts: z.array(ideaText).min(1).max(500, 'Höchstens 500 Ideen auf einmal.'),
        ...captureContext,
      })
      .strict(),
  ),
  /** Edits a card. */
  'ideas:update': method<Mutation>()(
    'Idee bearbeiten.',
    z
      .object({
        id,
        text: ideaText.optional(),
        phase: z.enum(phases).optional(),
        workshopId: nullableId.optional(),
        groupId: nullableId.optional(),
        color: color.nullable().optional(),
      })
      .strict(),
  ),
  /** Deletes a card (undoable). */
  'ideas:delete': method<Mutation>()('Idee löschen.', z.object({ id }).strict()),
  /** Moves a card: into a project, onto a Handlungsfeld (new project) or back to the Ideenspeicher. */
  'ideas:move': method<Mutation>()('Idee verschieben.', z.object({ id, to: ideaTarget }).strict()),
  /**
   * Moves several cards as one action, in the given order: onto a Handlungsfeld the first makes
   * the new project and the others join it.
   */
  'ideas:moveMany': method<Mutation>()(
    'Mehrere Ideen verschieben.',
    z
      .object({
        ids: z
          .array(id)
          .min(1)
          .max(500, 'Höchstens 500 Ideen auf einmal.')
          .refine((ids) => new Set(ids).size === ids.length, 'Eine Idee ist doppelt genannt.'),
        to: ideaTarget,
      })
      .strict()
      .refine(
        ({ ids, to }) => to.kind !== 'project' || !ids.includes(to.beforeIdeaId ?? -1),
        'Ideen lassen sich nicht vor sich selbst verschieben.',
      ),
  ),
  /** Takes a card of the Ideenspeicher off the board (kept and listed as hidden) or back on. */
  'ideas:setHidden': method<Mutation>()(
    'Idee ausblenden oder wieder zeigen.',
    z.object({ id, hidden: z.boolean() }).strict(),
  ),
  /** Ends brainwriting: every concealed phone card is shown to the room. */
  'ideas:reveal': method<Mutation>()('Verdeckte Karten aufdecken.', z.object({}).strict()),
  /** Sets a card's dots (Punkte). */
  'ideas:setDots': method<Mutation>()('Punkte einer Idee setzen.', z.object({ id, dots }).strict()),
  /** Renames a project. */
  'projects:rename': method<Mutation>()(
    'Projekt umbenennen.',
    z.object({ id, title: projectTitle }).strict(),
  ),
  /** Moves a project to a Handlungsfeld, before `beforeProjectId` (null: at the end). */
  'projects:move': method<Mutation>()(
    'Projekt verschieben.',
    z.object({ id, actionFieldId: id, beforeProjectId: nullableId }).strict(),
  ),
  /** Merges `sourceId` into `targetId`: its ideas and dots join the target; the source goes. */
  'projects:merge': method<Mutation>()(
    'Zwei Projekte zusammenführen.',
    z
      .object({ sourceId: id, targetId: id })
      .strict()
      .refine(
        (value) => value.sourceId !== value.targetId,
        'Ein Projekt lässt sich nicht mit sich selbst zusammenführen.',
      ),
  ),
  /** Dissolves a project: its ideas go back to the Ideenspeicher. */
  'projects:dissolve': method<Mutation>()('Projekt auflösen.', z.object({ id }).strict()),
  /** Sets a project's own dots. */
  'projects:setDots': method<Mutation>()(
    'Punkte eines Projekts setzen.',
    z.object({ id, dots }).strict(),
  ),
  /** Adds a Handlungsfeld at the end. */
  'actionFields:create': method<Mutation>()(
    'Handlungsfeld anlegen.',
    z
      .object({ name: actionFieldName, color, description: actionFieldDescription.default('') })
      .strict(),
  ),
  /** Renames, recolours, describes, hides or shows a Handlungsfeld. */
  'actionFields:update': method<Mutation>()(
    'Handlungsfeld ändern.',
    z
      .object({
        id,
        name: actionFieldName.optional(),
        color: color.optional(),
        description: actionFieldDescription.optional(),
        hidden: z.boolean().optional(),
      })
      .strict(),
  ),
  /** Moves a Handlungsfeld before `beforeId` (null: to the end). */
  'actionFields:move': method<Mutation>()(
    'Handlungsfeld verschieben.',
    z.object({ id, beforeId: nullableId }).strict(),
  ),
};
