// The Übersicht: where the process stands and what comes next, the five steps as cards leading
// to their screens, the Kommune's data, and what the workspace holds.
import { stepLabels, stepStatuses, stepStatusLabels } from '../../shared/domain';
import type { StepKey, StepStatus } from '../../shared/domain';
import { formatDate, formatDateRange } from '../../shared/plan';
import { processPosition } from '../../shared/process';
import type { StepDetail } from '../../shared/process';
import { api } from '../api/client';
import { BackupsPanel } from '../components/BackupsPanel';
import { formatNumber } from '../format';
import { stepViews } from '../process/stepViews';
import { useSteps } from '../process/StepFrame';
import { useStore } from '../store';
import { KommuneForm } from './KommuneForm';

export function OverviewScreen() {
  const workspace = useStore((state) => state.workspace);
  const steps = useSteps();
  if (!workspace) return null;

  const { counts } = workspace;
  const facts = [
    workspace.state,
    workspace.district,
    workspace.inhabitants !== null ? `${formatNumber(workspace.inhabitants)} Einwohner` : '',
  ].filter(Boolean);

  return (
    <div className="overview-screen">
      <header className="workspace-header">
        <h1>{workspace.name}</h1>
        {facts.length > 0 && <p className="lead">{facts.join(' · ')}</p>}
        {workspace.consultant && <p className="muted">Prozessbegleitung: {workspace.consultant}</p>}
      </header>

      {steps && <ProcessState steps={steps} />}

      <section aria-labelledby="steps-heading">
        <h2 id="steps-heading">Prozessschritte</h2>
        <ol className="steps">
          {(steps ?? []).map((step, index) => (
            <StepCard key={step.key} step={step} number={index + 1} />
          ))}
        </ol>
      </section>

      <KommuneForm />

      <section aria-labelledby="contents-heading">
        <h2 id="contents-heading">Inhalt der Werkstatt</h2>
        <dl className="counts">
          <Count label="Ideen" value={counts.ideas} />
          <Count label="im Ideenspeicher" value={counts.ideasInInbox} />
          <Count label="Projekte" value={counts.projects} />
          <Count label="Zukunftswerkstätten" value={counts.workshops} />
          <Count label="Handlungsfelder" value={counts.actionFields} />
          <Count label="Leitziele" value={counts.strategicGoals} />
        </dl>
      </section>

      <BackupsPanel />
      <p className="muted file-path">Datei: {workspace.path}</p>
    </div>
  );
}

/** "Als Nächstes": the first unfinished step, its open checklist items, and the step after it. */
function ProcessState({ steps }: { steps: StepDetail[] }) {
  const setView = useStore((state) => state.setView);
  const { current, next, openItems, finishedCount } = processPosition(steps);
  return (
    <section className="panel process-state" aria-labelledby="process-state-heading">
      <div className="section-heading">
        <h2 id="process-state-heading">Wo der Prozess steht</h2>
        <span className="muted">{finishedCount} von 5 Schritten abgeschlossen</span>
      </div>
      <progress
        className="process-progress"
        aria-label="Abgeschlossene Schritte"
        max={5}
        value={finishedCount}
      />
      {current ? (
        <div className="process-next">
          <p>
            <strong>
              Jetzt: {stepLabels[current.key]} ({stepStatusLabels[current.status]})
            </strong>
            {current.endDate && ` – geplant bis ${formatDate(current.endDate)}`}
          </p>
          {openItems.length > 0 ? (
            <>
              <p className="muted">Offen auf der Checkliste:</p>
              <ul className="open-items">
                {openItems.slice(0, 5).map((item) => (
                  <li key={item.id}>{item.text}</li>
                ))}
                {openItems.length > 5 && (
                  <li className="muted">und {openItems.length - 5} weitere</li>
                )}
              </ul>
            </>
          ) : (
            <p className="muted">Die Checkliste dieses Schritts ist abgehakt.</p>
          )}
          {next && <p>Danach: {stepLabels[next.key]}</p>}
          <button
            type="button"
            className="button primary"
            onClick={() => setView(stepViews[current.key])}
          >
            Weiter mit {stepLabels[current.key]}
          </button>
        </div>
      ) : (
        <p>Alle fünf Schritte sind abgeschlossen. Die Strategie ist in der Verstetigung.</p>
      )}
    </section>
  );
}

function StepCard({ step, number }: { step: StepDetail; number: number }) {
  const setView = useStore((state) => state.setView);
  const setSteps = useStore((state) => state.setSteps);
  const showNotice = useStore((state) => state.showNotice);
  const done = step.checklist.filter((item) => item.done).length;
  const period = shortRange(step.startDate, step.endDate);

  async function setStatus(key: StepKey, status: StepStatus) {
    const result = await api.call('steps:update', { step: key, changes: { status } });
    if (result.ok) setSteps(result.value);
    else showNotice({ kind: 'error', text: result.error.message });
  }

  return (
    <li className={`step step-${step.status}`}>
      <span className="step-number" aria-hidden="true">
        {number}
      </span>
      <button
        type="button"
        className="step-name link-button"
        aria-label={`${stepLabels[step.key]} öffnen`}
        onClick={() => setView(stepViews[step.key])}
      >
        {stepLabels[step.key]}
      </button>
      <dl className="step-dates">
        {period && (
          <div>
            <dt>geplant</dt>
            <dd>{period}</dd>
          </div>
        )}
        {step.doneDate && (
          <div>
            <dt>abgeschlossen</dt>
            <dd>{formatDate(step.doneDate)}</dd>
          </div>
        )}
        <div>
          <dt>Checkliste</dt>
          <dd>
            {done} von {step.checklist.length} erledigt
          </dd>
        </div>
      </dl>
      <label className="step-status">
        <span className="visually-hidden">Status {stepLabels[step.key]}</span>
        <select
          value={step.status}
          onChange={(event) => void setStatus(step.key, event.target.value as StepStatus)}
        >
          {stepStatuses.map((status) => (
            <option key={status} value={status}>
              {stepStatusLabels[status]}
            </option>
          ))}
        </select>
      </label>
    </li>
  );
}

/** "12.02.–10.03.2026" within one year (the cards are narrow), else both dates in full. */
function shortRange(start: string | null, end: string | null): string {
  if (start && end && start.slice(0, 4) === end.slice(0, 4) && start !== end) {
    return `${formatDate(start).slice(0, 6)}–${formatDate(end)}`;
  }
  return formatDateRange(start, end);
}

function Count({ label, value }: { label: string; value: number }) {
  return (
    <div className="count">
      <dt>{label}</dt>
      <dd>{formatNumber(value)}</dd>
    </div>
  );
}
