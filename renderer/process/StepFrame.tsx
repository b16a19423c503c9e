// The frame every step screen starts with: which step it is, what it produces, its status and
// dates, what it brought about, and its checklist. The step's own content follows as children.
import { useEffect } from 'react';
import type { ReactNode } from 'react';
import type { StepChanges } from '../../shared/contract/steps';
import { stepKeys, stepLabels, stepStatuses, stepStatusLabels } from '../../shared/domain';
import type { StepKey } from '../../shared/domain';
import { stepIntros } from '../../shared/process';
import type { StepDetail } from '../../shared/process';
import { api } from '../api/client';
import { ChoiceField, DateField, labelled, TextField } from '../library/SheetFields';
import { useStore } from '../store';
import { StepChecklist } from './StepChecklist';
import { saveWith } from './saving';

/** The steps as the store holds them, read once when a screen first needs them. */
export function useSteps(): StepDetail[] | undefined {
  const steps = useStore((state) => state.process.steps);
  const loadSteps = useStore((state) => state.loadSteps);
  useEffect(() => {
    if (!steps) void loadSteps();
  }, [steps, loadSteps]);
  return steps;
}

export const stepNumber = (step: StepKey) => stepKeys.indexOf(step) + 1;

export function StepFrame({ step, children }: { step: StepKey; children?: ReactNode }) {
  const detail = useSteps()?.find((candidate) => candidate.key === step);
  return (
    <div className="step-screen">
      <section className="step-frame" aria-labelledby={`step-${step}-title`}>
        <StepHeading step={step} detail={detail} />
        <p className="step-intro">{stepIntros[step]}</p>
        {detail ? <StepDetails detail={detail} /> : <p className="muted">Lade den Schritt …</p>}
      </section>
      {children}
    </div>
  );
}

export function StepHeading({ step, detail }: { step: StepKey; detail?: StepDetail }) {
  return (
    <header className="step-frame-head">
      <p className="step-kicker">Schritt {stepNumber(step)} von 5</p>
      <h1 id={`step-${step}-title`} tabIndex={-1}>
        {stepLabels[step]}
      </h1>
      {detail && <StatusBadge status={detail.status} />}
    </header>
  );
}

export function StatusBadge({ status }: { status: StepDetail['status'] }) {
  return <span className={`status-badge status-${status}`}>{stepStatusLabels[status]}</span>;
}

/** Status, planned period, done date and results beside the checklist. */
export function StepDetails({ detail }: { detail: StepDetail }) {
  const setSteps = useStore((state) => state.setSteps);
  const save = (changes: StepChanges) =>
    saveWith(api.call('steps:update', { step: detail.key, changes }), setSteps);
  const day = (field: 'startDate' | 'endDate' | 'doneDate') => (value: string) =>
    save({ [field]: value === '' ? null : value });
  return (
    <div className="step-frame-body">
      <div className="panel step-facts">
        <h2>Stand des Schritts</h2>
        <div className="sheet-grid">
          <ChoiceField
            label="Status"
            value={detail.status}
            options={labelled(stepStatuses, stepStatusLabels)}
            onSave={(status) => save({ status: status as StepDetail['status'] })}
          />
          <DateField
            label="Abgeschlossen am"
            value={detail.doneDate}
            onSave={day('doneDate')}
            hint={detail.status === 'abgeschlossen' ? undefined : 'wenn der Schritt fertig ist'}
          />
          <DateField label="Geplanter Beginn" value={detail.startDate} onSave={day('startDate')} />
          <DateField label="Geplantes Ende" value={detail.endDate} onSave={day('endDate')} />
          <div className="sheet-wide">
            <TextField
              label="Ergebnisse"
              value={detail.notes}
              multiline
              hint="erscheinen im Werkstattplan im Kapitel „Prozess“"
              onSave={(notes) => save({ notes })}
            />
          </div>
        </div>
      </div>
      <StepChecklist detail={detail} />
    </div>
  );
}
