// The five process steps and their checklists: read whole, changed through the Writer.
import type Database from 'better-sqlite3';
import checklists from '../../../assets/catalogues/checklisten.json';
import type { StepChanges } from '../../../shared/contract/steps';
import { stepKeys } from '../../../shared/domain';
import type { StepKey } from '../../../shared/domain';
import { AppFailure } from '../../../shared/errors';
import type { PlanStep } from '../../../shared/plan';
import type { ChecklistItem, StepDetail } from '../../../shared/process';
import { stepDatesProblem } from '../../../shared/process';
import type { Writer } from '../store/changes';
import { statement } from '../store/statements';
import type { Row } from '../store/tables';
import type { Container } from './positions';
import { endOf, moveWithin } from './positions';
import { requireRow } from './references';
import { groupBy } from './rows';
import { localDay } from '../fileStamps';

type Db = Database.Database;

export function readSteps(db: Db): StepDetail[] {
  const items = groupBy(
    statement(
      db,
      `SELECT id, step_key AS stepKey, text, done FROM step_checklist_items
       ORDER BY position, id`,
    ).all() as { id: number; stepKey: StepKey; text: string; done: number }[],
    (row) => stepKeys.indexOf(row.stepKey),
    ({ id, text, done }): ChecklistItem => ({ id, text, done: done === 1 }),
  );
  const rows = statement(
    db,
    `SELECT key, status, start_date AS startDate, end_date AS endDate, done_date AS doneDate,
       notes
     FROM steps ORDER BY position`,
  ).all() as PlanStep[];
  return rows.map((row) => ({ ...row, checklist: items.get(stepKeys.indexOf(row.key)) ?? [] }));
}

/**
 * Writes the changed fields. The planned period is checked with the stored other end; a step
 * finished without a date is finished today, and a step reopened loses its done date.
 */
export function updateStep(writer: Writer, key: StepKey, changes: StepChanges): void {
  const current = statement(writer.db, 'SELECT * FROM steps WHERE key = ?').get(key) as
    { start_date: string | null; end_date: string | null; done_date: string | null } | undefined;
  if (!current) throw new AppFailure('NOT_FOUND', 'Diesen Prozessschritt gibt es nicht.');
  const start = changes.startDate !== undefined ? changes.startDate : current.start_date;
  const end = changes.endDate !== undefined ? changes.endDate : current.end_date;
  const problem = stepDatesProblem(start, end);
  if (problem) throw new AppFailure('INVALID_INPUT', problem);
  const patch: Row = {};
  if (changes.status !== undefined) patch.status = changes.status;
  if (changes.startDate !== undefined) patch.start_date = changes.startDate;
  if (changes.endDate !== undefined) patch.end_date = changes.endDate;
  if (changes.doneDate !== undefined) patch.done_date = changes.doneDate;
  if (changes.notes !== undefined) patch.notes = changes.notes;
  const doneDate = changes.doneDate !== undefined ? changes.doneDate : current.done_date;
  if (changes.status === 'abgeschlossen' && doneDate === null) {
    patch.done_date = localDay(new Date());
  } else if (changes.status !== undefined && changes.status !== 'abgeschlossen') {
    patch.done_date = null;
  }
  writer.update('steps', { key }, patch);
}

const checklistOf = (step: StepKey): Container => ({
  table: 'step_checklist_items',
  where: 'step_key = ?',
  params: [step],
});

export function addChecklistItem(writer: Writer, step: StepKey, text: string): void {
  writer.insert('step_checklist_items', {
    step_key: step,
    position: endOf(writer.db, checklistOf(step)),
    text,
    done: 0,
  });
}

export function updateChecklistItem(
  writer: Writer,
  id: number,
  changes: { text?: string; done?: boolean },
): void {
  requireRow(writer.db, 'step_checklist_items', id);
  const patch: Row = {};
  if (changes.text !== undefined) patch.text = changes.text;
  if (changes.done !== undefined) patch.done = changes.done ? 1 : 0;
  writer.update('step_checklist_items', { id }, patch);
}

/** Before `beforeId` of the same step's list, or to its end. */
export function moveChecklistItem(writer: Writer, id: number, beforeId: number | null): void {
  const item = requireRow<{ step_key: StepKey }>(writer.db, 'step_checklist_items', id);
  if (beforeId !== null) {
    const before = requireRow<{ step_key: StepKey }>(writer.db, 'step_checklist_items', beforeId);
    if (before.step_key !== item.step_key) {
      throw new AppFailure('INVALID_INPUT', 'Der Punkt gehört zu einem anderen Prozessschritt.');
    }
  }
  moveWithin(writer, checklistOf(item.step_key), id, beforeId);
}

export function deleteChecklistItem(writer: Writer, id: number): void {
  requireRow(writer.db, 'step_checklist_items', id);
  writer.delete('step_checklist_items', { id });
}

/** The default checklists (assets/catalogues/checklisten.json) for a new workspace. */
export function seedDefaultChecklists(writer: Writer): void {
  for (const [step, texts] of Object.entries(checklists)) {
    texts.forEach((text, index) =>
      writer.insert('step_checklist_items', { step_key: step, position: index + 1, text, done: 0 }),
    );
  }
}
